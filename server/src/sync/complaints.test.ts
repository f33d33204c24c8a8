// Complaints through the real server on SQLite and PostgreSQL: raised and closed by push, refused with a
// reason where the rule says so, stored on the ticket's row with a history entry, and carried by pull
// to the other workstations holding the ticket.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../src/shared/index';
import { login, push, snapshot, type Session } from '../../../tests/support/api-client';
import { startServer, type ServerHandle } from '../../../tests/support/server-process';
import type { OpenedDb } from '../db/database';
import { openServerDb } from '../testing/direct-db';

describe.each(['sqlite', 'postgres'] as const)('complaints on %s', (db) => {
  let server: ServerHandle;
  let direct: OpenedDb;
  let anna: Session; // tier 1
  let janis: Session; // tier 1
  let bela: Session; // tier 2
  let sup: Session;
  beforeAll(async () => {
    server = await startServer({ db, demo: true, env: { LOG_LEVEL: 'warn' } });
    direct = openServerDb(server);
    [anna, janis, bela, sup] = await Promise.all([login(server.url, 'agent1@demo.local'), login(server.url, 'agent1b@demo.local'), login(server.url, 'specialist2@demo.local'), login(server.url, 'supervisor@demo.local')]);
  });
  afterAll(async () => {
    await direct?.db.destroy();
    await server?.stop();
  });

  const row = (id: string) => direct.db.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const contact = async () => {
    const r = await fetch(`${server.url}/api/v1/inbound/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': server.inboundKey },
      body: JSON.stringify({ channel: 'email', subject: 'Billed twice', body: 'You charged me twice', customer: { name: 'Kim Customer', email: `k-${uuidv7()}@example.com` } }),
    });
    expect(r.status).toBe(200);
    return ((await r.json()) as { ticketId: string }).ticketId;
  };
  const one = async (s: Session, name: string, args: Record<string, unknown>) => (await push(server.url, s, [{ name, args }])).refused;
  const take = async (s: Session, ticketId: string) => expect(await one(s, 'assign', { ticketId, assigneeId: s.agent.id, baseVersion: (await row(ticketId)).assignee_version })).toEqual([]);

  it('stores a raised complaint on the ticket with a history entry, and pull brings it to the supervisor', async () => {
    const id = await contact();
    await take(anna, id);
    expect(await one(anna, 'raiseComplaint', { ticketId: id, category: 'billing', description: '  Charged twice for March  ' })).toEqual([]);
    const r = await row(id);
    expect([r.complaint_category, r.complaint_description, r.complaint_raised_by, r.complaint_state, r.complaint_closed_at]).toEqual(['billing', 'Charged twice for March', anna.agent.id, 'open', null]);
    const history = await direct.db.selectFrom('history').selectAll().where('ticket_id', '=', id).where('field', '=', 'complaint').execute();
    expect(history.map((h) => [h.by_agent_id, JSON.parse(h.old_value)])).toEqual([[anna.agent.id, null]]);
    const seen = (await snapshot(server.url, sup)).tickets.get(id);
    expect(seen?.complaint).toEqual({ category: 'billing', description: 'Charged twice for March', raisedById: anna.agent.id, raisedAt: r.complaint_raised_at, state: 'open', closedById: null, closedAt: null });
    // A second one while it is open is refused with its reason.
    expect(await one(janis, 'raiseComplaint', { ticketId: id, category: 'staff', description: 'Rude' })).toEqual([expect.objectContaining({ code: 'invalid', reason: 'complaint_already_open' })]);
  });

  it('lets whoever sees the ticket raise one, the assignee or a supervisor close it, and refuses the rest with reasons', async () => {
    const id = await contact();
    await take(anna, id);
    // Béla (tier 2) has never had this tier 1 ticket on his workstation.
    expect(await one(bela, 'raiseComplaint', { ticketId: id, category: 'service', description: 'Nobody called back' })).toEqual([
      expect.objectContaining({ code: 'forbidden', reason: 'not_in_your_tier', params: { tier: 1 } }),
    ]);
    const r = await row(id);
    expect(await one(anna, 'escalate', { id: uuidv7(), ticketId: id, toTier: 2, reason: 'billing bug', summary: 'Refund tried twice, still charged', baseVersion: r.tier_version })).toEqual([]);
    // Jānis (tier 1) still holds it (a tier it was in) though he may no longer work it: he may raise.
    expect(await one(janis, 'raiseComplaint', { ticketId: id, category: 'waiting_time', description: 'Waited a week' })).toEqual([]);
    expect(await one(janis, 'closeComplaint', { ticketId: id })).toEqual([expect.objectContaining({ code: 'forbidden', reason: 'not_in_your_tier' })]);
    await take(bela, id);
    expect(await one(anna, 'closeComplaint', { ticketId: id })).toEqual([expect.objectContaining({ code: 'forbidden' })]);
    expect(await one(bela, 'closeComplaint', { ticketId: id })).toEqual([]);
    const closed = await row(id);
    expect([closed.complaint_state, closed.complaint_closed_by, closed.complaint_category]).toEqual(['closed', bela.agent.id, 'waiting_time']);
    // The tier 1 workstations that hold it learn it was closed.
    expect((await snapshot(server.url, janis)).tickets.get(id)?.complaint).toMatchObject({ state: 'closed', closedById: bela.agent.id, closedAt: closed.complaint_closed_at });
    // The supervisor may close too; a ticket without a complaint is refused.
    const other = await contact();
    expect(await one(sup, 'closeComplaint', { ticketId: other })).toEqual([expect.objectContaining({ code: 'invalid', reason: 'no_open_complaint' })]);
  });

  it('refuses input out of bounds with a reason, and the database refuses it from a writer that skips the contract', async () => {
    const id = await contact();
    expect(await one(anna, 'raiseComplaint', { ticketId: id, category: 'billing', description: ' no ' })).toEqual([expect.objectContaining({ code: 'invalid', reason: 'complaint_description_short', params: { min: 3 } })]);
    expect(await one(anna, 'raiseComplaint', { ticketId: id, category: 'weather', description: 'It rained' })).toEqual([expect.objectContaining({ code: 'invalid', reason: 'invalid_field' })]);
    expect(await one(anna, 'raiseComplaint', { ticketId: id, category: 'other', description: 'x'.repeat(501) })).toEqual([expect.objectContaining({ code: 'invalid', reason: 'invalid_field' })]);
    expect((await row(id)).complaint_state).toBeNull();
    const set = (values: Record<string, string | null>) => direct.db.updateTable('tickets').set(values).where('id', '=', id).execute();
    await expect(set({ complaint_category: 'weather' })).rejects.toThrow();
    await expect(set({ complaint_description: 'x'.repeat(501) })).rejects.toThrow();
    await expect(set({ complaint_state: 'closed' })).rejects.toThrow();
    await expect(set({ complaint_state: 'maybe' })).rejects.toThrow();
  });
});
