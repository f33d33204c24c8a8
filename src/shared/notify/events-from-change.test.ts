// What a pulled ticket means for agent `me` (Anna, tier 1), before → after, as a hand-written table.
import { describe, expect, it } from 'vitest';
import type { Ticket } from '../domain';
import { ticket } from '../test-fixtures';
import { eventsFromChange, type PulledTicket } from './events-from-change';

const ANNA = '0193a000-0000-7000-8000-0000000000a1';
const BELA = '0193a000-0000-7000-8000-0000000000b2';
const me = { id: ANNA, tier: 1 as const };
const names: Record<string, string> = { [BELA]: 'Béla Nagy' };
const nameOf = (id: string) => names[id] ?? null;

const pulled = (t: Ticket, over: Partial<PulledTicket> = {}): PulledTicket => ({ ticket: t, vip: false, newMessages: [], newEscalations: [], lastChangeByMe: false, ...over });
const customerMsg = { id: 'm1', kind: 'customer' as const, authorId: 'cust', body: 'Any news?' };
const escalation = (over = {}) => ({ id: 'e1', kind: 'escalate' as const, fromTier: 2 as const, toTier: 1 as const, reason: 'r', byAgentId: BELA, ...over });

/** [case, before, after, expected kinds] */
const TABLE: Array<[string, Ticket | undefined, PulledTicket, string[]]> = [
  ['a ticket the replica did not hold, unassigned in my tier', undefined, pulled(ticket({ version: 9 })), ['new_ticket']],
  ['the same row again (no change of queue)', ticket(), pulled(ticket({ subject: 'x' })), []],
  ['released by its assignee into my queue', ticket({ assigneeId: BELA, status: 'open' }), pulled(ticket({ status: 'open' })), ['new_ticket']],
  ['new in tier 2', undefined, pulled(ticket({ tier: 2 })), []],
  ['new but already assigned to someone else', undefined, pulled(ticket({ assigneeId: BELA })), []],
  ['new and solved', undefined, pulled(ticket({ status: 'solved' })), []],
  ['my own new ticket', undefined, pulled(ticket(), { lastChangeByMe: true }), []],
  ['assigned to me by someone else', ticket(), pulled(ticket({ assigneeId: ANNA, status: 'open' })), ['assigned']],
  ['taken by me', ticket(), pulled(ticket({ assigneeId: ANNA, status: 'open' }), { lastChangeByMe: true }), []],
  ['already mine, edited', ticket({ assigneeId: ANNA }), pulled(ticket({ assigneeId: ANNA, priority: 'high' })), []],
  ['handed back to me', ticket({ tier: 2, assigneeId: BELA }), pulled(ticket({ assigneeId: ANNA }), { newEscalations: [escalation({ kind: 'handback' })] }), ['assigned']],
  ['escalated into my tier by Béla', ticket({ tier: 2 }), pulled(ticket({ tier: 1 }), { newEscalations: [escalation()] }), ['escalated']],
  ['escalated out of my tier', ticket(), pulled(ticket({ tier: 2 }), { newEscalations: [escalation({ fromTier: 1, toTier: 2 })] }), []],
  ['my own escalation', ticket({ tier: 2 }), pulled(ticket({ tier: 1 }), { newEscalations: [escalation({ byAgentId: ANNA })], lastChangeByMe: true }), []],
  ['the customer wrote on my ticket', ticket({ assigneeId: ANNA }), pulled(ticket({ assigneeId: ANNA }), { newMessages: [customerMsg] }), ['customer_wrote']],
  ['the customer wrote, and my last change was mine', ticket({ assigneeId: ANNA }), pulled(ticket({ assigneeId: ANNA }), { newMessages: [customerMsg], lastChangeByMe: true }), ['customer_wrote']],
  ['the customer wrote on a queued ticket', ticket(), pulled(ticket(), { newMessages: [customerMsg] }), []],
  ['a colleague’s note on my ticket', ticket({ assigneeId: ANNA }), pulled(ticket({ assigneeId: ANNA }), { newMessages: [{ ...customerMsg, kind: 'note', authorId: BELA }] }), []],
];

describe('eventsFromChange', () => {
  it.each(TABLE)('%s', (_, before, after, kinds) => {
    expect(eventsFromChange(before, after, me, { initial: false, nameOf }).map((e) => e.kind)).toEqual(kinds);
  });

  it('gives nothing for a first sync, a refetch or a page delivered again', () => {
    for (const [, before, after] of TABLE) expect(eventsFromChange(before, after, me, { initial: true, nameOf })).toEqual([]);
  });

  it('carries who, why and the versions the dedup keys need', () => {
    const esc = eventsFromChange(ticket({ tier: 2 }), pulled(ticket({ tier: 1 }), { vip: true, newEscalations: [escalation({ reason: 'needs a call' })] }), me, { initial: false, nameOf });
    expect(esc).toEqual([
      { kind: 'escalated', ticket: { id: ticket().id, number: 7, subject: 'Router keeps rebooting', tier: 1, priority: 'normal', assigneeId: null, vip: true }, actorId: BELA, actorName: 'Béla Nagy', escalationId: 'e1', fromTier: 2, reason: 'needs a call' },
    ]);
    const back = eventsFromChange(ticket({ tier: 2 }), pulled(ticket({ assigneeId: ANNA, assigneeVersion: 31 }), { newEscalations: [escalation({ kind: 'handback' })] }), me, { initial: false, nameOf });
    expect(back).toMatchObject([{ kind: 'assigned', actorId: BELA, actorName: 'Béla Nagy', handedBack: true, version: 31 }]);
    const fresh = eventsFromChange(undefined, pulled(ticket({ version: 12 })), me, { initial: false });
    expect(fresh).toMatchObject([{ kind: 'new_ticket', actorId: null, version: 12 }]);
    const wrote = eventsFromChange(ticket({ assigneeId: ANNA }), pulled(ticket({ assigneeId: ANNA }), { newMessages: [customerMsg] }), me, { initial: false });
    expect(wrote).toMatchObject([{ kind: 'customer_wrote', actorId: null, messageId: 'm1', body: 'Any news?' }]);
  });

  it('notifies a supervisor (no tier) of no queue, only of what is assigned to it', () => {
    const sup = { id: ANNA, tier: null };
    expect(eventsFromChange(undefined, pulled(ticket()), sup, { initial: false })).toEqual([]);
    expect(eventsFromChange(ticket(), pulled(ticket({ assigneeId: ANNA })), sup, { initial: false }).map((e) => e.kind)).toEqual(['assigned']);
  });
});
