// 0012: breaks and the auto-assign switch on the consoles (issue 11, points 2, 3 and 5).
// - agents.last_break_ended_at: when the agent's last rest (a break, or time offline) ended, set by
//   setPresence (src/shared/assign/breaks.ts); null for agents stored before: not known.
// - tier_settings: the replicated copy of tenants.auto_assign_tiers, one row per tenant and tier (the
//   'tierSetting' entity, scope everyone), written in the same transaction as the tenant's bit, which stays
//   what the server's auto-assign reads under the tenant lock. Each organisation gets its three rows here,
//   at a new version, so a workstation that already synced receives them with its next pull.
import { sql, type Kysely } from 'kysely';
import { uuidv7 } from '../../../../src/shared/uuid';

export const name = 'rebalance';

interface TenantBits {
  id: string;
  version: number;
  auto_assign_tiers: number;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('agents').addColumn('last_break_ended_at', 'text').execute();
  await db.schema
    .createTable('tier_settings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('tier', 'integer', (c) => c.notNull().check(sql`tier between 1 and 3`))
    .addColumn('auto_assign', 'integer', (c) => c.notNull().defaultTo(0).check(sql`auto_assign in (0, 1)`))
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tier_settings_tenant_tier').on('tier_settings').columns(['tenant_id', 'tier']).unique().execute();
  await db.schema.createIndex('tier_settings_tenant_version').on('tier_settings').columns(['tenant_id', 'version']).execute();
  const typed = db as unknown as Kysely<{ tenants: TenantBits; tier_settings: { id: string; tenant_id: string; tier: number; auto_assign: number; version: number } }>;
  for (const t of await typed.selectFrom('tenants').select(['id', 'version', 'auto_assign_tiers']).execute()) {
    const version = t.version + 1;
    const rows = [1, 2, 3].map((tier) => ({ id: uuidv7(), tenant_id: t.id, tier, auto_assign: (t.auto_assign_tiers & (1 << tier)) !== 0 ? 1 : 0, version }));
    await typed.insertInto('tier_settings').values(rows).execute();
    await typed.updateTable('tenants').set({ version }).where('id', '=', t.id).execute();
  }
}
