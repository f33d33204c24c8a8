// Migration 0012 on SQLite and PostgreSQL: an agent stored before has no last break (not known); each
// organisation gets its three tier_settings rows, copied from tenants.auto_assign_tiers, at a version past
// every row it held (so a synced workstation pulls them); one row per tenant and tier.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../src/shared/index';
import { createDatabase } from '../../../../tests/support/postgres';
import { agentFromRow } from '../../sync/rows';
import { tierSettingFromRow } from '../../sync/tier-setting-rows';
import { openDatabase, type OpenedDb } from '../database';
import { MIGRATIONS } from './index';

describe.each(['sqlite', 'postgres'] as const)('migration 0012 on %s', (dialect) => {
  let opened: OpenedDb;
  const tenant = uuidv7();
  const agent = uuidv7();
  beforeAll(async () => {
    const databaseUrl = dialect === 'postgres' ? await createDatabase() : null;
    opened = openDatabase({ dataDir: mkdtempSync(join(tmpdir(), 'console-0012-')), databaseUrl });
    const raw = opened.db as unknown as Kysely<unknown>;
    for (const m of MIGRATIONS.filter((x) => x.id < 12)) await m.up(raw);
    const tenantRow = { id: tenant, name: 'T', version: 41, min_cursor: 0, next_ticket_number: 1, created_at: '2026-01-01T00:00:00.000Z', auto_assign_tiers: 1 << 2 };
    await raw.insertInto('tenants' as never).values(tenantRow as never).execute();
    const values = { id: agent, tenant_id: tenant, email: 'a@x.test', name: 'A', role: 'agent', tier: 1, presence: 'available', password_hash: '', version: 1 };
    await raw.insertInto('agents' as never).values(values as never).execute();
    await MIGRATIONS.find((x) => x.id === 12)!.up(raw);
  });
  afterAll(() => opened?.db.destroy());

  it('leaves an agent’s last break unknown', async () => {
    const a = agentFromRow(await opened.db.selectFrom('agents').selectAll().where('id', '=', agent).executeTakeFirstOrThrow());
    expect(a.lastBreakEndedAt).toBeNull();
  });

  it('copies each tier’s switch into its replicated row, at a new version of the organisation', async () => {
    const rows = (await opened.db.selectFrom('tier_settings').selectAll().where('tenant_id', '=', tenant).orderBy('tier').execute()).map(tierSettingFromRow);
    expect(rows.map((r) => [r.tier, r.autoAssign, r.version])).toEqual([
      [1, false, 42],
      [2, true, 42],
      [3, false, 42],
    ]);
    expect((await opened.db.selectFrom('tenants').select('version').where('id', '=', tenant).executeTakeFirstOrThrow()).version).toBe(42);
    const twice = opened.db.insertInto('tier_settings').values({ id: uuidv7(), tenant_id: tenant, tier: 2, auto_assign: 0, version: 43 }).execute();
    await expect(twice).rejects.toThrow();
  });
});
