// The shared rules about a ticket's customer: who may open a ticket for a customer, and confirming the
// customer an inbound contact was matched to.
import { describe, expect, it } from 'vitest';
import { applyMutation } from './apply-mutation';
import { authorize } from './authorize';
import { receiveContact, receiveFollowUp } from './contact';
import type { Mutation } from './mutations';
import { anna, bela, customer, ids, supervisor, ticket } from './test-fixtures';

const NOW = '2026-11-23T11:00:00.000Z';
const open: Mutation = { id: 1, name: 'createTicket', args: { id: ids.ticket, messageId: ids.msg, customerId: ids.customer, subject: 'Hi', channel: 'email', priority: 'normal', body: 'x' } };
const confirm: Mutation = { id: 1, name: 'confirmCustomer', args: { ticketId: ids.ticket } };

describe('createTicket and the customer in scope', () => {
  it('is forbidden to an agent the server says cannot reach the customer, and to no supervisor', () => {
    expect(authorize(anna, open, undefined, undefined, { customerOpenable: false })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(authorize(anna, open, undefined, undefined, { customerOpenable: true }).ok).toBe(true);
    expect(authorize(supervisor, open, undefined, undefined, { customerOpenable: false }).ok).toBe(true);
    // A replica does not know: the server decides.
    expect(authorize(anna, open, undefined, undefined).ok).toBe(true);
  });

  it('opens an agent’s ticket with a verified customer', () => {
    const out = applyMutation(anna, NOW, open, { customer: customer() });
    expect(out.ok && out.effects.tickets[0]!.customerUnverified).toBe(false);
  });
});

describe('confirmCustomer', () => {
  it('is for whoever may work the ticket', () => {
    expect(authorize(anna, confirm, ticket({ tier: 1 }), undefined).ok).toBe(true);
    expect(authorize(bela, confirm, ticket({ tier: 1 }), undefined)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(authorize(bela, confirm, ticket({ tier: 1, assigneeId: bela.id }), undefined).ok).toBe(true);
  });

  it('clears the mark with a history entry, and changes nothing on a verified ticket', () => {
    const out = applyMutation(anna, NOW, confirm, { ticket: ticket({ customerUnverified: true }) });
    expect(out.ok && out.effects.tickets[0]).toMatchObject({ customerUnverified: false, updatedAt: NOW });
    expect(out.ok && out.effects.overwrites).toEqual([{ ticketId: ids.ticket, customerId: null, field: 'customerUnverified', oldValue: true, newValue: false }]);
    const again = applyMutation(anna, NOW, confirm, { ticket: ticket() });
    expect(again.ok && again.effects).toMatchObject({ tickets: [], overwrites: [] });
  });
});

describe('a customer’s contact', () => {
  const args = { ticketId: ids.ticket, messageId: ids.msg, channel: 'chat' as const, subject: 'Help', body: 'It broke', priority: 'high' as const };

  it('matched to a known customer opens an unverified tier 1 ticket in their words, and leaves the card alone', () => {
    const fx = receiveContact(NOW, args, { matched: customer({ vip: true }) });
    expect(fx.tickets[0]).toMatchObject({ tier: 1, status: 'new', assigneeId: null, customerId: ids.customer, customerUnverified: true, firstResponseDueAt: '2026-11-23T12:00:00.000Z' });
    expect(fx.messages[0]).toMatchObject({ kind: 'customer', authorId: ids.customer, authorName: 'Līga Ozola', channel: 'chat', body: 'It broke' });
    expect(fx.customers).toEqual([]);
  });

  it('from someone new creates the customer as given, and the ticket is not unverified', () => {
    const created = { id: ids.anna, name: 'New Person', email: 'new@example.lv', phone: null, language: 'hu' as const };
    const fx = receiveContact(NOW, args, { created });
    expect(fx.customers).toEqual([{ ...created, preferredChannel: 'chat', vip: false, notes: '', createdAt: NOW, updatedAt: NOW, version: 0 }]);
    expect(fx.tickets[0]).toMatchObject({ customerId: ids.anna, customerUnverified: false });
  });

  it('written again on a pending ticket opens it again', () => {
    const fx = receiveFollowUp(NOW, { messageId: ids.msg, body: 'Any news?' }, ticket({ status: 'pending' }), customer());
    expect(fx.tickets[0]).toMatchObject({ status: 'open', updatedAt: NOW });
    expect(fx.messages[0]).toMatchObject({ kind: 'customer', body: 'Any news?', channel: 'email' });
  });
});
