// Migration 0006 on SQLite and PostgreSQL: the scope rows it backfills from what exists equal the ones
// writeEffects kept while the demo organisation's history was played through the write path (two
// implementations of one rule, each the other's oracle).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../../../tests/support/postgres';
import { seedDemo } from '../../seed/demo';
import { migrate, openDatabase, type OpenedDb } from '../database';
import { backfill } from './0006-ticket-scopes';

describe.each(['sqlite', 'postgres'] as const)('migration 0006 on %s', (dialect) => {
  let opened: OpenedDb;
  beforeAll(async () => {
    const databaseUrl = dialect === 'postgres' ? await createDatabase() : null;
    opened = openDatabase({ dataDir: mkdtempSync(join(tmpdir(), 'console-0006-')), databaseUrl });
    await migrate(opened.db);
    await seedDemo(opened.db);
  });
  afterAll(() => opened?.db.destroy());

  const rows = async () =>
    (await opened.db.selectFrom('ticket_scopes').selectAll().orderBy('ticket_id').orderBy('scope').execute()).map((r) => ({ ...r, thread_rows: Number(r.thread_rows) }));

  it('backfills the scope rows writeEffects writes', async () => {
    const written = await rows();
    expect(new Set(written.map((r) => r.scope.slice(0, 2)))).toEqual(new Set(['*', 't1', 't2', 't3', 'a:']));
    expect(written.some((r) => r.closed_at !== null)).toBe(true);
    await opened.db.deleteFrom('ticket_scopes').execute();
    await backfill(opened.db as unknown as Kysely<unknown>);
    expect(await rows()).toEqual(written);
  });

  it('follows a ticket deleted by retention', async () => {
    const t = await opened.db.selectFrom('tickets').select('id').executeTakeFirstOrThrow();
    for (const table of ['messages', 'escalations', 'history', 'ticket_participants'] as const) await opened.db.deleteFrom(table).where('ticket_id', '=', t.id).execute();
    await opened.db.deleteFrom('tickets').where('id', '=', t.id).execute();
    expect(await opened.db.selectFrom('ticket_scopes').select('scope').where('ticket_id', '=', t.id).execute()).toEqual([]);
  });
});
