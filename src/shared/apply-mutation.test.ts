import { describe, expect, it } from 'vitest';
import { applyMutation, casFieldOf } from './apply-mutation';
import type { Mutation } from './mutations';
import { anna, bela, customer, ids, T0, ticket } from './test-fixtures';

const NOW = '2026-11-23T11:00:00.000Z';
const m = (x: Omit<Mutation, 'id'>): Mutation => ({ id: 1, ...x }) as Mutation;

describe('applyMutation', () => {
  it('a reply answers the customer: first response time set, new becomes open', () => {
    const out = applyMutation(anna, NOW, m({ name: 'addMessage', args: { id: ids.msg, ticketId: ids.ticket, kind: 'reply', body: 'Hi' } }), { ticket: ticket() });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.effects.tickets[0]).toMatchObject({ status: 'open', firstResponseAt: NOW, updatedAt: NOW });
    expect(out.effects.messages[0]).toMatchObject({ kind: 'reply', authorId: anna.id, authorName: 'Anna Kovács', channel: 'email' });
  });

  it('an internal note is not a response to the customer', () => {
    const out = applyMutation(anna, NOW, m({ name: 'addMessage', args: { id: ids.msg, ticketId: ids.ticket, kind: 'note', body: 'checked logs' } }), { ticket: ticket() });
    expect(out.ok && out.effects.tickets[0]).toMatchObject({ status: 'new', firstResponseAt: null });
  });

  it('refuses a reply on a closed ticket, with the reason', () => {
    const out = applyMutation(anna, NOW, m({ name: 'addMessage', args: { id: ids.msg, ticketId: ids.ticket, kind: 'reply', body: 'x' } }), { ticket: ticket({ status: 'closed' }) });
    expect(out).toEqual({ ok: false, code: 'invalid', reason: 'ticket_closed_reply', params: {} });
  });

  it('escalation moves the ticket up a tier, unassigned, with the handoff summary', () => {
    const out = applyMutation(anna, NOW, m({ name: 'escalate', args: { id: ids.esc, ticketId: ids.ticket, toTier: 2, reason: 'billing bug', summary: 'Tried a refund; system rejects it', baseVersion: 5 } }), { ticket: ticket({ assigneeId: anna.id, status: 'pending' }) });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.effects.tickets[0]).toMatchObject({ tier: 2, assigneeId: null, status: 'open' });
    expect(out.effects.escalations[0]).toMatchObject({ kind: 'escalate', fromTier: 1, toTier: 2, byAgentId: anna.id, summary: 'Tried a refund; system rejects it' });
  });

  it('hand back returns the ticket to the tier 1 agent for the follow-up', () => {
    const out = applyMutation(bela, NOW, m({ name: 'handBack', args: { id: ids.esc, ticketId: ids.ticket, toAgentId: anna.id, summary: 'Fixed the refund flag', baseVersion: 5 } }), { ticket: ticket({ tier: 2 }) });
    expect(out.ok && out.effects.tickets[0]).toMatchObject({ tier: 1, assigneeId: anna.id, status: 'open' });
  });

  it('priority is last-writer-wins and keeps the overwritten value; deadlines follow the priority', () => {
    const out = applyMutation(anna, NOW, m({ name: 'setPriority', args: { ticketId: ids.ticket, priority: 'urgent' } }), { ticket: ticket() });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.effects.overwrites).toEqual([{ ticketId: ids.ticket, customerId: null, field: 'priority', oldValue: 'normal', newValue: 'urgent' }]);
    expect(out.effects.tickets[0]?.firstResponseDueAt).toBe('2026-11-23T10:15:00.000Z');
    expect(out.effects.tickets[0]?.resolutionDueAt).toBe('2026-11-23T14:00:00.000Z');
  });

  it('tags are add/remove operations: adding twice is one tag, removing a missing tag is a no-op', () => {
    const add = applyMutation(anna, NOW, m({ name: 'addTag', args: { ticketId: ids.ticket, tag: 'vip' } }), { ticket: ticket({ tags: ['vip'] }) });
    expect(add.ok && add.effects.tickets).toEqual([]);
    const rm = applyMutation(anna, NOW, m({ name: 'removeTag', args: { ticketId: ids.ticket, tag: 'refund' } }), { ticket: ticket({ tags: ['vip'] }) });
    expect(rm.ok && rm.effects.tickets).toEqual([]);
  });

  it('a ticket holds at most 50 tags: the 51st is refused, re-adding one it has is still a no-op', () => {
    const tags = Array.from({ length: 50 }, (_, i) => `t${i}`);
    const add = (tag: string, held: string[]) => applyMutation(anna, NOW, m({ name: 'addTag', args: { ticketId: ids.ticket, tag } }), { ticket: ticket({ tags: held }) });
    expect(add('one-more', tags)).toEqual({ ok: false, code: 'invalid', reason: 'too_many_tags', params: { max: 50 } });
    expect(add('t7', tags)).toMatchObject({ ok: true, effects: { tickets: [] } });
    expect(add('t49', tags.slice(0, 49))).toMatchObject({ ok: true, effects: { tickets: [{ tags }] } });
  });

  it('solving stamps solvedAt once; reopening clears it; closed only reopens', () => {
    const solved = applyMutation(anna, NOW, m({ name: 'setStatus', args: { ticketId: ids.ticket, status: 'solved', baseVersion: 5 } }), { ticket: ticket() });
    expect(solved.ok && solved.effects.tickets[0]?.solvedAt).toBe(NOW);
    const reopened = applyMutation(anna, NOW, m({ name: 'setStatus', args: { ticketId: ids.ticket, status: 'open', baseVersion: 5 } }), { ticket: ticket({ status: 'solved', solvedAt: T0 }) });
    expect(reopened.ok && reopened.effects.tickets[0]?.solvedAt).toBeNull();
    const bad = applyMutation(anna, NOW, m({ name: 'setStatus', args: { ticketId: ids.ticket, status: 'pending', baseVersion: 5 } }), { ticket: ticket({ status: 'closed' }) });
    expect(bad.ok).toBe(false);
  });

  it('a phone contact logged by the agent starts with a call log by the agent', () => {
    const out = applyMutation(anna, NOW, m({ name: 'createTicket', args: { id: ids.ticket, messageId: ids.msg, customerId: ids.customer, subject: 'Call', channel: 'phone', priority: 'high', body: 'Customer called about a refund' } }), { customer: customer() });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.effects.tickets[0]).toMatchObject({ number: null, tier: 1, assigneeId: anna.id, status: 'open' });
    expect(out.effects.messages[0]).toMatchObject({ kind: 'call', authorId: anna.id });
  });

  it('names the compare-and-set field each mutation writes', () => {
    expect(casFieldOf(m({ name: 'assign', args: { ticketId: ids.ticket, assigneeId: null, baseVersion: 1 } }))).toEqual(['assigneeId', 'assigneeVersion']);
    expect(casFieldOf(m({ name: 'setPriority', args: { ticketId: ids.ticket, priority: 'low' } }))).toBeNull();
  });
});
