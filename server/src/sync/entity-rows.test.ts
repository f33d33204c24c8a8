// Every entity of the registry has a server table and a row mapping that round-trips a value through the
// real database (SQLite and PostgreSQL): the value → its row → inserted → read back → the same value. And
// the pull is the registry's: a supervisor's first sync (the snapshot walk) and an incremental pull each
// send every declared entity. The oracle is one hand-made value per entity (shared test-values.ts).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITIES, ENTITY_NAMES, uuidv7, type EntityName } from '../../../src/shared/index';
import { ENTITY_VALUE_ORDER, ENTITY_VALUES } from '../../../src/shared/entities/test-values';
import { createDatabase } from '../../../tests/support/postgres';
import { migrate, openDatabase, type OpenedDb } from '../db/database';
import type { RequestAgent } from './actor';
import { ROW_MAPPINGS } from './entity-rows';
import { handlePull } from './pull';
import { ALL } from './ticket-scopes';

const TENANT = '0193a000-0000-7000-8000-00000000e000';

describe.each(['sqlite', 'postgres'] as const)('entity rows on %s', (dialect) => {
  let opened: OpenedDb;
  beforeAll(async () => {
    const databaseUrl = dialect === 'postgres' ? await createDatabase() : null;
    opened = openDatabase({ dataDir: mkdtempSync(join(tmpdir(), 'console-entities-')), databaseUrl });
    await migrate(opened.db);
    const at = ENTITY_VALUES.ticket.createdAt;
    await opened.db.insertInto('tenants').values({ id: TENANT, name: 'Entities', version: 2, min_cursor: 0, next_ticket_number: 8, created_at: at, default_language: 'en' }).execute();
    for (const name of ENTITY_VALUE_ORDER) await insert(name);
    // The ticket is held by every supervisor (its '*' scope row, which writeEffects would have made).
    const t = ENTITY_VALUES.ticket;
    await opened.db.insertInto('ticket_scopes').values({ ticket_id: t.id, scope: ALL, tenant_id: TENANT, customer_id: t.customerId, closed_at: null, thread_rows: 3 }).execute();
  });
  afterAll(() => opened?.db.destroy());

  async function insert<K extends EntityName>(name: K): Promise<void> {
    const row = ROW_MAPPINGS[name].toRow(ENTITY_VALUES[name], TENANT);
    await opened.db.insertInto(ENTITIES[name].server.table).values(row as never).execute();
  }

  it.each(ENTITY_NAMES)('%s: value → row → database → value', async (name) => {
    const row = await opened.db.selectFrom(ENTITIES[name].server.table).selectAll().where('id', '=', ENTITY_VALUES[name].id).executeTakeFirstOrThrow();
    const back = ROW_MAPPINGS[name].fromRow(row as never);
    expect(back).toEqual(ENTITY_VALUES[name]);
    expect(ENTITIES[name].schema.parse(back)).toEqual(back);
  });

  const supervisor: RequestAgent = { id: ENTITY_VALUES.agent.id, name: 'Anna Kovács', role: 'supervisor', tier: null, tenantId: TENANT };
  const sent = async (cursor: number | null) => {
    const r = await handlePull({ db: opened.db, dialect }, supervisor, { clientId: uuidv7(), cursor, ackedMutationId: 0 });
    if (!('changes' in r)) throw new Error('refetch');
    expect(r.more).toBe(false);
    return r.changes;
  };

  it.each([null, 1])('a pull from cursor %s sends every entity once, as stored', async (cursor) => {
    const changes = await sent(cursor);
    const byEntity = Object.fromEntries(ENTITY_NAMES.map((n) => [n, changes.filter((c) => c.entity === n).map((c) => c.value)]));
    expect(byEntity).toEqual(Object.fromEntries(ENTITY_NAMES.map((n) => [n, [ENTITY_VALUES[n]]])));
  });
});
