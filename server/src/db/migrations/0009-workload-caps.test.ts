// Migration 0009 on SQLite and PostgreSQL: an agent stored before has no cap and the migration's time as
// presence_since; every organisation starts with auto-assign off; the database itself refuses a cap
// outside 1–500 (a writer that skips the contract still cannot store one).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../src/shared/index';
import { createDatabase } from '../../../../tests/support/postgres';
import { agentFromRow } from '../../sync/rows';
import { openDatabase, type OpenedDb } from '../database';
import { MIGRATIONS } from './index';

describe.each(['sqlite', 'postgres'] as const)('migration 0009 on %s', (dialect) => {
  let opened: OpenedDb;
  const tenant = uuidv7();
  const agent = uuidv7();
  let before: string;
  let after: string;
  beforeAll(async () => {
    const databaseUrl = dialect === 'postgres' ? await createDatabase() : null;
    opened = openDatabase({ dataDir: mkdtempSync(join(tmpdir(), 'console-0009-')), databaseUrl });
    const raw = opened.db as unknown as Kysely<unknown>;
    for (const m of MIGRATIONS.filter((x) => x.id < 9)) await m.up(raw);
    // The rows as the schema stood before 0009 (no typed table for it: Kysely<unknown>).
    const tenantRow = { id: tenant, name: 'T', version: 0, min_cursor: 0, next_ticket_number: 1, created_at: '2026-01-01T00:00:00.000Z' };
    await raw.insertInto('tenants' as never).values(tenantRow as never).execute();
    const values = { id: agent, tenant_id: tenant, email: 'a@x.test', name: 'A', role: 'agent', tier: 1, presence: 'available', password_hash: '', version: 1 };
    await raw.insertInto('agents' as never).values(values as never).execute();
    before = new Date().toISOString();
    await MIGRATIONS.find((x) => x.id === 9)!.up(raw);
    after = new Date().toISOString();
  });
  afterAll(() => opened?.db.destroy());

  it('gives an agent from before no cap and the migration’s time, and the organisation auto-assign off', async () => {
    const a = agentFromRow(await opened.db.selectFrom('agents').selectAll().where('id', '=', agent).executeTakeFirstOrThrow());
    expect(a.cap).toBeNull();
    expect(a.presenceSince! >= before && a.presenceSince! <= after).toBe(true);
    const t = await opened.db.selectFrom('tenants').select('auto_assign_tiers').where('id', '=', tenant).executeTakeFirstOrThrow();
    expect(t.auto_assign_tiers).toBe(0);
  });

  it('keeps a cap within 1–500', async () => {
    const setCap = (cap: number) => opened.db.updateTable('agents').set({ cap }).where('id', '=', agent).execute();
    await expect(setCap(0)).rejects.toThrow();
    await expect(setCap(501)).rejects.toThrow();
    await setCap(500);
    await setCap(1);
  });
});
