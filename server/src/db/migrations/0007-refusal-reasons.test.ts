// Migration 0007 on SQLite and PostgreSQL: a refusal recorded before reasons (words only) still travels,
// as reason `unknown` with its code (the console says it by its class); one recorded after travels with
// its reason and params. The oracle is the contract's own Refusal schema.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Refusal, uuidv7 } from '../../../../src/shared/index';
import { createDatabase } from '../../../../tests/support/postgres';
import { REFUSAL_COLUMNS, refusalFromRow } from '../../sync/refusal-rows';
import { openDatabase, type OpenedDb } from '../database';
import { MIGRATIONS } from './index';

describe.each(['sqlite', 'postgres'] as const)('migration 0007 on %s', (dialect) => {
  let opened: OpenedDb;
  const clientId = uuidv7();
  beforeAll(async () => {
    const databaseUrl = dialect === 'postgres' ? await createDatabase() : null;
    opened = openDatabase({ dataDir: mkdtempSync(join(tmpdir(), 'console-0007-')), databaseUrl });
    const raw = opened.db as unknown as Kysely<unknown>;
    for (const m of MIGRATIONS.filter((x) => x.id < 7)) await m.up(raw);
    await opened.db
      .insertInto('refusals' as never)
      .values({ client_id: clientId, mutation_id: 1, code: 'conflict', message: 'Anna Kovács took this ticket' } as never)
      .execute();
    await MIGRATIONS.find((x) => x.id === 7)!.up(raw);
  });
  afterAll(() => opened?.db.destroy());

  const read = async () =>
    (await opened.db.selectFrom('refusals').select(REFUSAL_COLUMNS).where('client_id', '=', clientId).orderBy('mutation_id').execute()).map(refusalFromRow);

  it('reads a refusal from before as reason unknown with its code, and a new one with its reason and params', async () => {
    await opened.db
      .insertInto('refusals')
      .values({ client_id: clientId, mutation_id: 2, code: 'conflict', message: '', reason: 'taken_by', params: JSON.stringify({ who: 'Anna Kovács' }) })
      .execute();
    const refused = await read();
    expect(refused).toEqual([
      { id: 1, code: 'conflict', reason: 'unknown', params: {} },
      { id: 2, code: 'conflict', reason: 'taken_by', params: { who: 'Anna Kovács' } },
    ]);
    for (const r of refused) expect(Refusal.parse(r)).toEqual(r);
  });

  it('reads a row whose params this build cannot read as unknown, never failing the answer', async () => {
    await opened.db.insertInto('refusals').values({ client_id: clientId, mutation_id: 3, code: 'invalid', message: '', reason: 'too_many_tags', params: '{"max":"lots"' }).execute();
    expect((await read()).at(-1)).toEqual({ id: 3, code: 'invalid', reason: 'unknown', params: {} });
  });
});
