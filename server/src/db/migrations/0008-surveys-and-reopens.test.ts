// Migration 0008 on SQLite and PostgreSQL: the trigger records exactly the changes out of solved/closed
// into an open status (not solved → closed, not an update that leaves the status alone), and a ticket's
// reopens and surveys go with it when it is deleted (retention purges tickets).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7, type TicketStatus } from '../../../../src/shared/index';
import { newTicket } from '../../../../src/shared/new-ticket';
import { createDatabase } from '../../../../tests/support/postgres';
import { ticketRow } from '../../sync/rows';
import { migrate, openDatabase, type OpenedDb } from '../database';

describe.each(['sqlite', 'postgres'] as const)('migration 0008 on %s', (dialect) => {
  let opened: OpenedDb;
  const tenant = uuidv7();
  beforeAll(async () => {
    const databaseUrl = dialect === 'postgres' ? await createDatabase() : null;
    opened = openDatabase({ dataDir: mkdtempSync(join(tmpdir(), 'console-0008-')), databaseUrl });
    await migrate(opened.db);
  });
  afterAll(() => opened?.db.destroy());

  const ticket = async (number: number) => {
    const t = { ...newTicket('2026-03-01T10:00:00.000Z', { id: uuidv7(), subject: 'S', channel: 'email', priority: 'normal', status: 'open', tier: 1, assigneeId: null, customerId: uuidv7(), customerUnverified: false }), number, version: 1 };
    await opened.db.insertInto('tickets').values(ticketRow(t, tenant)).execute();
    return t.id;
  };
  const set = (id: string, status: TicketStatus, at: string) => opened.db.updateTable('tickets').set({ status, updated_at: at }).where('id', '=', id).execute();
  const reopensOf = (id: string) => opened.db.selectFrom('ticket_reopens').select(['from_status', 'to_status', 'at']).where('ticket_id', '=', id).orderBy('at').execute();

  it('records each change from solved or closed to an open status, with the ticket’s time of change', async () => {
    const id = await ticket(1);
    const steps: [TicketStatus, string][] = [
      ['solved', '2026-03-01T11:00:00.000Z'],
      ['closed', '2026-03-01T12:00:00.000Z'],
      ['open', '2026-03-01T13:00:00.000Z'],
      ['pending', '2026-03-01T14:00:00.000Z'],
      ['solved', '2026-03-01T15:00:00.000Z'],
      ['pending', '2026-03-01T16:00:00.000Z'],
    ];
    for (const [status, at] of steps) await set(id, status, at);
    await opened.db.updateTable('tickets').set({ subject: 'Renamed' }).where('id', '=', id).execute();
    expect(await reopensOf(id)).toEqual([
      { from_status: 'closed', to_status: 'open', at: '2026-03-01T13:00:00.000Z' },
      { from_status: 'solved', to_status: 'pending', at: '2026-03-01T16:00:00.000Z' },
    ]);
  });

  it('deletes a ticket’s reopens and surveys with it', async () => {
    const id = await ticket(2);
    await set(id, 'solved', '2026-03-02T10:00:00.000Z');
    await set(id, 'open', '2026-03-02T11:00:00.000Z');
    await opened.db.insertInto('surveys').values({ id: uuidv7(), tenant_id: tenant, ticket_id: id, csat: 5, nps: null, comment: null, source: 'inbound', at: '2026-03-02T12:00:00.000Z' }).execute();
    expect(await reopensOf(id)).toHaveLength(1);
    await opened.db.deleteFrom('tickets').where('id', '=', id).execute();
    expect(await reopensOf(id)).toEqual([]);
    expect(await opened.db.selectFrom('surveys').select('id').where('ticket_id', '=', id).execute()).toEqual([]);
  });
});
