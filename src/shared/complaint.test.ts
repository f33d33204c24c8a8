// The complaint rules as the contract states them: who may raise and close, the bounds of the input,
// one open complaint per ticket, and the history each change leaves.
import { describe, expect, it } from 'vitest';
import { applyMutation } from './apply-mutation';
import { authorize } from './authorize';
import type { Actor, Ticket } from './domain';
import { Ticket as TicketSchema } from './domain';
import { parseMutation, type Mutation } from './mutations';
import { T0, anna, bela, ids, supervisor, ticket } from './test-fixtures';

const raise = (over: Record<string, unknown> = {}) => parseMutation({ id: 1, name: 'raiseComplaint', args: { ticketId: ids.ticket, category: 'billing', description: 'Charged twice for March', ...over } });
const close: Mutation = { id: 2, name: 'closeComplaint', args: { ticketId: ids.ticket } };
const mustParse = (r: ReturnType<typeof raise>): Mutation => {
  if (!r.ok) throw new Error(r.reason);
  return r.mutation;
};
const LATER = '2026-11-23T11:00:00.000Z';
const open = { category: 'billing', description: 'Charged twice for March', raisedById: ids.anna, raisedAt: T0, state: 'open', closedById: null, closedAt: null } as const;
const run = (actor: Actor, m: Mutation, t: Ticket, ctx = {}) => {
  const ok = authorize(actor, m, t, undefined, ctx);
  if (!ok.ok) return ok;
  return applyMutation(actor, LATER, m, { ticket: t });
};

describe('raiseComplaint', () => {
  it('puts an open complaint on the ticket, by whom and when, and a history entry', () => {
    const out = run(anna, mustParse(raise({ description: '  Charged twice for March  ' })), ticket());
    expect(out).toMatchObject({ ok: true });
    if (!out.ok || !('effects' in out)) throw new Error('refused');
    const t = out.effects.tickets[0]!;
    expect(t.complaint).toEqual({ category: 'billing', description: 'Charged twice for March', raisedById: ids.anna, raisedAt: LATER, state: 'open', closedById: null, closedAt: null });
    expect(TicketSchema.parse(t).complaint).toEqual(t.complaint);
    expect(out.effects.overwrites).toEqual([{ ticketId: ids.ticket, customerId: null, field: 'complaint', oldValue: null, newValue: t.complaint }]);
  });

  it('bounds the description (3–500 after trimming) and the category to the list', () => {
    expect(raise({ description: '  ab ' })).toEqual({ ok: false, reason: 'complaint_description_short', params: { min: 3 } });
    expect(raise({ description: 'x'.repeat(501) })).toMatchObject({ ok: false, reason: 'invalid_field', params: { field: 'description', problem: 'too_big', limit: 500 } });
    expect(raise({ description: 'x'.repeat(500) })).toMatchObject({ ok: true });
    expect(raise({ category: 'rudeness' })).toMatchObject({ ok: false, reason: 'invalid_field', params: { field: 'category' } });
    expect(raise({ description: 'bad\u0000text' })).toMatchObject({ ok: false, reason: 'control_characters' });
  });

  it('is open to anyone who sees the ticket: its tier, a specialist it left, a supervisor', () => {
    const m = mustParse(raise());
    expect(authorize(anna, m, ticket({ tier: 1 }), undefined)).toEqual({ ok: true });
    // Bela (tier 2) worked on it before it went back to tier 1: still on his workstation.
    expect(authorize(bela, m, ticket({ tier: 1 }), undefined, { ticketVisible: true })).toEqual({ ok: true });
    expect(authorize(supervisor, m, ticket({ tier: 3 }), undefined, { ticketVisible: false })).toEqual({ ok: true });
    // Not on his workstation (the server says so): refused like any ticket out of reach.
    expect(authorize(bela, m, ticket({ tier: 1 }), undefined, { ticketVisible: false })).toEqual({ ok: false, code: 'forbidden', reason: 'not_in_your_tier', params: { tier: 1 } });
  });

  it('refuses a second open complaint, and replaces a closed one (the history keeps the old one)', () => {
    const m = mustParse(raise({ category: 'staff', description: 'Rude on the phone' }));
    expect(run(anna, m, ticket({ complaint: open }))).toEqual({ ok: false, code: 'invalid', reason: 'complaint_already_open', params: {} });
    const closed = { ...open, state: 'closed', closedById: ids.sup, closedAt: T0 } as const;
    const out = run(anna, m, ticket({ complaint: closed }));
    if (!out.ok || !('effects' in out)) throw new Error('refused');
    expect(out.effects.tickets[0]!.complaint).toMatchObject({ category: 'staff', state: 'open', raisedAt: LATER });
    expect(out.effects.overwrites[0]!.oldValue).toEqual(closed);
  });
});

describe('closeComplaint', () => {
  it('is for the assignee or a supervisor, not the tier’s other agents nor the one who raised it', () => {
    const mine = ticket({ assigneeId: ids.anna, complaint: { ...open, raisedById: ids.bela } });
    expect(authorize(anna, close, mine, undefined)).toEqual({ ok: true });
    expect(authorize(supervisor, close, mine, undefined)).toEqual({ ok: true });
    const colleague: Actor = { ...anna, id: '0193a000-0000-7000-8000-0000000000d4' };
    expect(authorize(colleague, close, mine, undefined)).toEqual({ ok: false, code: 'forbidden', reason: 'complaint_close_assignee_or_supervisor', params: {} });
    const unassigned = ticket({ complaint: open });
    expect(authorize(anna, close, unassigned, undefined)).toMatchObject({ ok: false, reason: 'complaint_close_assignee_or_supervisor' });
  });

  it('closes it with who and when and a history entry; a closed one stays as it is; none is refused', () => {
    const out = run(supervisor, close, ticket({ complaint: open }));
    if (!out.ok || !('effects' in out)) throw new Error('refused');
    const c = out.effects.tickets[0]!.complaint;
    expect(c).toEqual({ ...open, state: 'closed', closedById: ids.sup, closedAt: LATER });
    expect(out.effects.overwrites).toEqual([{ ticketId: ids.ticket, customerId: null, field: 'complaint', oldValue: open, newValue: c }]);
    const again = run(supervisor, close, ticket({ complaint: c }));
    expect(again).toMatchObject({ ok: true, effects: { tickets: [], overwrites: [] } });
    expect(run(supervisor, close, ticket())).toEqual({ ok: false, code: 'invalid', reason: 'no_open_complaint', params: {} });
  });

  it('the contract refuses a complaint whose state and closing disagree', () => {
    expect(TicketSchema.safeParse(ticket({ complaint: { ...open, state: 'closed' } })).success).toBe(false);
    expect(TicketSchema.safeParse(ticket({ complaint: { ...open, closedAt: T0, closedById: ids.sup } })).success).toBe(false);
  });
});
