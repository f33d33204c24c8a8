// The tierSetting entity's row mapping (tier_settings, migration 0012) and its one writer: setAutoAssign
// puts the tier's row at the commit's version beside the tenant's bit, in the same transaction.
import type { Tier, TierSetting } from '../../../src/shared/index';
import { uuidv7 } from '../../../src/shared/uuid';
import type { Tx } from '../db/database';
import type { TierSettingsTable } from '../db/schema';

export function tierSettingFromRow(r: TierSettingsTable): TierSetting {
  return { id: r.id, tier: r.tier as Tier, autoAssign: r.auto_assign === 1, version: r.version };
}

export function tierSettingRow(s: TierSetting, tenantId: string): TierSettingsTable {
  return { id: s.id, tenant_id: tenantId, tier: s.tier, auto_assign: s.autoAssign ? 1 : 0, version: s.version };
}

/** The tier's row, created on its first change (an organisation made after migration 0012 has none yet). */
export async function putTierSetting(tx: Tx, tenantId: string, t: number, on: boolean, version: number): Promise<void> {
  await tx
    .insertInto('tier_settings')
    .values({ id: uuidv7(), tenant_id: tenantId, tier: t, auto_assign: on ? 1 : 0, version })
    .onConflict((oc) => oc.columns(['tenant_id', 'tier']).doUpdateSet({ auto_assign: on ? 1 : 0, version }))
    .execute();
}
