// CSAT/NPS answers reach the surveys table the KPIs read and the ticket every replica shows, against a real
// server on SQLite and PostgreSQL: an agent's recordSurvey (source 'agent', in the same commit as the
// ticket's rating), its refusal on a colleague's ticket, and an inbound survey moving the shown rating too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7, type Ticket } from '../../../src/shared/index';
import { login, pull, push, snapshot, type Session } from '../../../tests/support/api-client';
import { startServer, type ServerHandle } from '../../../tests/support/server-process';
import type { OpenedDb } from '../db/database';
import { openServerDb } from '../testing/direct-db';

describe.each(['sqlite', 'postgres'] as const)('survey capture on %s', (db) => {
  let server: ServerHandle;
  let direct: OpenedDb;
  let anna: Session;
  let tier1: Ticket[];
  /** Tickets Anna may rate (unassigned or hers): one per test, so each sees only its own answers. */
  let rateable: Ticket[];
  beforeAll(async () => {
    server = await startServer({ db, demo: true, env: { LOG_LEVEL: 'warn' } });
    direct = openServerDb(server);
    anna = await login(server.url, 'agent1@demo.local');
    tier1 = [...(await snapshot(server.url, anna)).tickets.values()].filter((t) => t.tier === 1 && t.number !== null);
    rateable = tier1.filter((t) => t.assigneeId === null || t.assigneeId === anna.agent.id);
  });
  afterAll(async () => {
    await direct?.db.destroy();
    await server?.stop();
  });

  const surveysOf = (ticketId: string) =>
    direct.db.selectFrom('surveys').selectAll().where('ticket_id', '=', ticketId).orderBy('at').execute();
  /** The ticket as a replica receives it: an incremental pull from the cursor it had. */
  const pulledTicket = async (s: Session, cursor: number, id: string) => {
    const r = await pull(server.url, s, cursor);
    if (!('changes' in r)) throw new Error('refetch');
    return r.changes.find((c) => c.entity === 'ticket' && c.value.id === id)?.value as Ticket | undefined;
  };

  it('an agent’s recorded answer is a survey from the agent and the ticket’s rating on the replica', async () => {
    const ticket = rateable[0]!;
    const { cursor } = await snapshot(server.url, anna);
    const id = uuidv7();
    const r = await push(server.url, anna, [
      { name: 'recordSurvey', args: { id, ticketId: ticket.id, csat: 4, comment: ' Called back, happy ' } },
    ]);
    expect(r.refused).toEqual([]);
    const rows = await surveysOf(ticket.id);
    expect(rows).toEqual([
      {
        id,
        tenant_id: expect.any(String) as string,
        ticket_id: ticket.id,
        csat: 4,
        nps: null,
        comment: 'Called back, happy',
        source: 'agent',
        at: expect.any(String) as string,
      },
    ]);
    const seen = await pulledTicket(anna, cursor, ticket.id);
    expect(seen?.rating).toEqual({ csat: 4, nps: null, at: rows[0]!.at, source: 'agent' });
    // An answer is not work on the ticket: its time of change stays.
    expect(seen?.updatedAt).toBe(ticket.updatedAt);
  });

  it('refuses an answer on a colleague’s ticket, and stores nothing', async () => {
    const ticket = tier1.find((t) => t.assigneeId !== null && t.assigneeId !== anna.agent.id)!;
    expect(ticket).toBeDefined();
    const r = await push(server.url, anna, [
      { name: 'recordSurvey', args: { id: uuidv7(), ticketId: ticket.id, nps: 9 } },
    ]);
    expect(r.refused).toEqual([expect.objectContaining({ code: 'forbidden', reason: 'survey_assignee_only' })]);
    expect(await surveysOf(ticket.id)).toEqual([]);
  });

  it('an inbound survey moves the rating the replicas show', async () => {
    const ticket = rateable[1]!;
    const { cursor } = await snapshot(server.url, anna);
    const res = await fetch(`${server.url}/api/v1/inbound/survey`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': server.inboundKey },
      body: JSON.stringify({ ticketNumber: ticket.number, csat: 2, nps: 3 }),
    });
    expect(res.status).toBe(200);
    const rows = await surveysOf(ticket.id);
    expect(rows.map((s) => [s.csat, s.nps, s.source])).toEqual([[2, 3, 'inbound']]);
    const seen = await pulledTicket(anna, cursor, ticket.id);
    expect(seen?.rating).toEqual({ csat: 2, nps: 3, at: rows[0]!.at, source: 'inbound' });
  });
});
