// What a pulled page means for the agent, read against the replica before the page is written: new work,
// nothing for rows the replica already holds at that version, nothing for a page delivered again or a
// ticket with changes of mine pending, the customer's new words, the escalation's author, and a bound.
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Change } from '../../shared/sync-protocol';
import type { Escalation, Message } from '../../shared/domain';
import { agent, changes, customer, ticket, uid } from '../test-support/builders';
import { noSync } from '../test-support/no-sync';
import { openReplica } from '../db';
import { writeTickets } from '../db/ticket-rows';
import { MAX_EVENTS_PER_PAGE, notifyEventsIn } from './pulled-events';

const anna = agent(1, { name: 'Anna Kovács' });
const bela = agent(2, { name: 'Béla Nagy', tier: 2 });
const me = { id: anna.id, tier: 1 as const };
let n = 0;

async function replica() {
  const r = await openReplica({ sync: noSync, agent: anna, dbName: `pulled-events-${++n}` });
  onTestFinished(() => r.close());
  await r.db.agents.bulkPut([anna, bela]);
  await r.db.customers.put(customer(1));
  return r.db;
}
const kinds = (b: { events: { kind: string; ticket: { number: number | null } | null }[] }) => b.events.map((e) => [e.kind, e.ticket?.number ?? null]);

describe('notifyEventsIn', () => {
  it('a new unassigned ticket of my tier is new work; the same row again (same version) is nothing', async () => {
    const db = await replica();
    const page = changes({ tickets: [ticket(7)] });
    expect(kinds(await notifyEventsIn(db, me, page, { redelivered: false }))).toEqual([['new_ticket', 7]]);
    await writeTickets(db, [ticket(7)]);
    expect(kinds(await notifyEventsIn(db, me, page, { redelivered: false }))).toEqual([]);
  });

  it('a page delivered again is nothing at all', async () => {
    const db = await replica();
    expect(await notifyEventsIn(db, me, changes({ tickets: [ticket(7)] }), { redelivered: true })).toEqual({ events: [], dropped: 0 });
  });

  it('a ticket with a change of mine pending brings no ticket event', async () => {
    const db = await replica();
    await db.counters.put({ key: `pending:${ticket(7).id}`, n: 1 });
    expect(kinds(await notifyEventsIn(db, me, changes({ tickets: [ticket(7)] }), { redelivered: false }))).toEqual([]);
  });

  it('the customer wrote on my ticket: only the message the replica did not hold', async () => {
    const db = await replica();
    const mine = ticket(8, { assigneeId: anna.id, status: 'open' });
    await writeTickets(db, [mine]);
    const msg = (i: number): Message => ({ id: uid('m', i), ticketId: mine.id, kind: 'customer', authorId: uid('c', 1), body: `words ${i}`, createdAt: '2026-11-23T10:00:00.000Z', version: 20 + i } as Message);
    await db.messages.put(msg(1));
    const page: Change[] = [{ entity: 'ticket', value: { ...mine, version: 30 } }, { entity: 'message', value: msg(1) }, { entity: 'message', value: msg(2) }];
    const b = await notifyEventsIn(db, me, page, { redelivered: false });
    expect(b.events.map((e) => (e.kind === 'customer_wrote' ? e.body : e.kind))).toEqual(['words 2']);
  });

  it('an escalation into my tier names its author from the replica', async () => {
    const db = await replica();
    const t = ticket(9, { tier: 2 });
    const e: Escalation = { id: uid('e', 1), ticketId: t.id, kind: 'escalate', fromTier: 1, toTier: 2, reason: 'Needs a rollback', summary: 'Tried a reboot.', byAgentId: anna.id, createdAt: '2026-11-23T10:00:00.000Z', version: 9 };
    const b = await notifyEventsIn(db, { id: bela.id, tier: 2 }, [{ entity: 'ticket', value: t }, { entity: 'escalation', value: e }], { redelivered: false });
    expect(b.events).toMatchObject([{ kind: 'escalated', actorName: 'Anna Kovács', reason: 'Needs a rollback', fromTier: 1 }]);
  });

  it('a ticket entering my scope with its whole thread: only its latest escalation', async () => {
    const db = await replica();
    const t = ticket(10, { tier: 2, assigneeId: null });
    const esc = (i: number, over: Partial<Escalation>): Escalation => ({ id: uid('e', 10 + i), ticketId: t.id, kind: 'escalate', fromTier: 1, toTier: 2, reason: `reason ${i}`, summary: 'Tried a reboot.', byAgentId: anna.id, createdAt: `2026-11-2${i}T10:00:00.000Z`, version: i, ...over });
    const old: Message = { id: uid('m', 10), ticketId: t.id, kind: 'customer', authorId: uid('c', 1), body: 'old words', createdAt: '2026-11-20T10:00:00.000Z', version: 1 } as Message;
    const page: Change[] = [
      { entity: 'ticket', value: t },
      { entity: 'message', value: old },
      { entity: 'escalation', value: esc(1, {}) },
      { entity: 'escalation', value: esc(2, { kind: 'handback', fromTier: 2, toTier: 1 }) },
      { entity: 'escalation', value: esc(3, {}) },
    ];
    const b = await notifyEventsIn(db, { id: bela.id, tier: 2 }, page, { redelivered: false });
    expect(b.events.map((e) => (e.kind === 'escalated' ? e.reason : e.kind))).toEqual(['reason 3']);
  });

  it('a ticket handed to me that this replica did not hold: assigned, not its old customer words', async () => {
    const db = await replica();
    const t = ticket(11, { assigneeId: anna.id, status: 'open' });
    const old: Message = { id: uid('m', 11), ticketId: t.id, kind: 'customer', authorId: uid('c', 1), body: 'old words', createdAt: '2026-11-20T10:00:00.000Z', version: 1 } as Message;
    const b = await notifyEventsIn(db, me, [{ entity: 'ticket', value: t }, { entity: 'message', value: old }], { redelivered: false });
    expect(b.events.map((e) => e.kind)).toEqual(['assigned']);
  });

  it(`keeps at most ${MAX_EVENTS_PER_PAGE} events of a page and counts the rest`, async () => {
    const db = await replica();
    const many = Array.from({ length: MAX_EVENTS_PER_PAGE + 40 }, (_, i) => ticket(100 + i));
    const b = await notifyEventsIn(db, me, changes({ tickets: many }), { redelivered: false });
    expect([b.events.length, b.dropped]).toEqual([MAX_EVENTS_PER_PAGE, 40]);
  });
});
