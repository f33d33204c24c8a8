// Adding an entity to the registry (plus its server table and row mapping, which the server cannot
// guess) is all the pull needs: with a made-up "note" thread entity declared there (test-note-entity.ts,
// through vi.mock), a first sync (snapshot walk and threads) and an incremental pull both send the note,
// on SQLite and PostgreSQL, with no pull code knowing notes exist.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ENTITIES, uuidv7, type EntityName } from '../../../src/shared/index';
import type * as Registry from '../../../src/shared/entities/registry';
import { NOTE_ID } from '../../../src/shared/entities/test-note-entity';
import { ENTITY_VALUES } from '../../../src/shared/entities/test-values';
import { createDatabase } from '../../../tests/support/postgres';
import { migrate, openDatabase, type OpenedDb } from '../db/database';
import type { RequestAgent } from './actor';
import { ROW_MAPPINGS } from './entity-rows';
import { handlePull } from './pull';
import { ALL } from './ticket-scopes';

vi.mock('../../../src/shared/entities/registry', async (importOriginal) => {
  const { withNoteEntity } = await import('../../../src/shared/entities/test-note-entity');
  return withNoteEntity(await importOriginal<typeof Registry>());
});

interface NoteRow {
  id: string;
  tenant_id: string;
  ticket_id: string;
  body: string;
  version: number;
}
interface Note {
  id: string;
  ticketId: string;
  body: string;
  version: number;
}
const TENANT = '0193a000-0000-7000-8000-00000000e001';
const note: Note = { id: NOTE_ID, ticketId: ENTITY_VALUES.ticket.id, body: 'called back', version: 2 };

// The note's row mapping, as entity-rows.ts would hold it.
Object.assign(ROW_MAPPINGS, {
  note: {
    fromRow: (r: NoteRow): Note => ({ id: r.id, ticketId: r.ticket_id, body: r.body, version: r.version }),
    toRow: (n: Note, tenantId: string): NoteRow => ({ id: n.id, tenant_id: tenantId, ticket_id: n.ticketId, body: n.body, version: n.version }),
  },
});

describe.each(['sqlite', 'postgres'] as const)('an entity added to the registry, pulled on %s', (dialect) => {
  let opened: OpenedDb;
  beforeAll(async () => {
    expect(Object.keys(ENTITIES)).toContain('note');
    const databaseUrl = dialect === 'postgres' ? await createDatabase() : null;
    opened = openDatabase({ dataDir: mkdtempSync(join(tmpdir(), 'console-new-entity-')), databaseUrl });
    await migrate(opened.db);
    // The note's table, as its migration would make it.
    const raw = opened.db as unknown as Kysely<{ notes: NoteRow }>;
    await raw.schema
      .createTable('notes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('ticket_id', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .execute();
    const t = ENTITY_VALUES.ticket;
    await opened.db.insertInto('tenants').values({ id: TENANT, name: 'Notes', version: 2, min_cursor: 0, next_ticket_number: 8, created_at: t.createdAt, default_language: 'en' }).execute();
    for (const name of ['agent', 'customer', 'ticket'] as const satisfies EntityName[]) {
      await opened.db.insertInto(ENTITIES[name].server.table).values(ROW_MAPPINGS[name].toRow(ENTITY_VALUES[name] as never, TENANT) as never).execute();
    }
    await opened.db.insertInto('ticket_scopes').values({ ticket_id: t.id, scope: ALL, tenant_id: TENANT, customer_id: t.customerId, closed_at: null, thread_rows: 1 }).execute();
    await raw.insertInto('notes').values({ id: note.id, tenant_id: TENANT, ticket_id: note.ticketId, body: note.body, version: note.version }).execute();
  });
  afterAll(() => opened?.db.destroy());

  const supervisor: RequestAgent = { id: ENTITY_VALUES.agent.id, name: 'Anna Kovács', role: 'supervisor', tier: null, tenantId: TENANT };

  it.each([null, 1])('a pull from cursor %s sends the note', async (cursor) => {
    const r = await handlePull({ db: opened.db, dialect }, supervisor, { clientId: uuidv7(), cursor, ackedMutationId: 0 });
    if (!('changes' in r)) throw new Error('refetch');
    expect(r.changes.filter((c) => (c.entity as string) === 'note').map((c) => c.value)).toEqual([note]);
  });
});
