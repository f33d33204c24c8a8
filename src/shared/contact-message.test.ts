// The shared rule for a customer's message (receiveMessage): which ticket gets it, what happens to its
// status, and the follow-up ticket after a closed one. Expected rows are written out by hand.
import { describe, expect, it } from 'vitest';
import { receiveMessage, ticketNumberInSubject } from './contact';
import { customer, ids, ticket } from './test-fixtures';

const NOW = '2026-11-23T11:00:00.000Z';
const NEW_ID = '0193a000-0000-7000-8000-0000000000f1';
const args = { ticketId: NEW_ID, messageId: ids.msg, channel: 'chat' as const, subject: null, body: 'Any news?' };

describe('receiveMessage', () => {
  it.each([
    ['new', 'new', false],
    ['open', 'open', false],
    ['pending', 'open', true],
    ['on_hold', 'on_hold', false],
    ['solved', 'open', true],
  ] as const)('on a %s ticket leaves it %s (reopened: %s) and adds the customer’s message', (status, after, reopened) => {
    const solvedAt = status === 'solved' ? '2026-11-23T10:30:00.000Z' : null;
    const out = receiveMessage(NOW, args, { found: ticket({ status, solvedAt }), customer: customer() });
    expect(out).toMatchObject({ ticketId: ids.ticket, created: false, reopened, followUpOf: null });
    expect(out.effects.tickets).toEqual([ticket({ status: after, solvedAt: reopened ? null : solvedAt, updatedAt: NOW })]);
    expect(out.effects.messages).toEqual([
      { id: ids.msg, ticketId: ids.ticket, kind: 'customer', authorId: ids.customer, authorName: 'Līga Ozola', channel: 'chat', body: 'Any news?', createdAt: NOW, version: 0 },
    ]);
  });

  it('never reopens a closed ticket: a follow-up ticket for the same customer, tagged with the closed one’s number', () => {
    const closed = ticket({ status: 'closed', priority: 'high', number: 41, customerUnverified: false, solvedAt: '2026-11-20T10:00:00.000Z' });
    const out = receiveMessage(NOW, args, { found: closed, customer: customer() });
    expect(out).toMatchObject({ ticketId: NEW_ID, created: true, reopened: false, followUpOf: closed });
    expect(out.effects.tickets).toHaveLength(1);
    expect(out.effects.tickets[0]).toMatchObject({
      id: NEW_ID,
      subject: 'Router keeps rebooting',
      priority: 'high',
      status: 'new',
      tier: 1,
      assigneeId: null,
      customerId: ids.customer,
      customerUnverified: false,
      tags: ['follow-up:41'],
      // high: first response within 60 minutes of the message.
      firstResponseDueAt: '2026-11-23T12:00:00.000Z',
    });
    expect(out.effects.messages[0]).toMatchObject({ ticketId: NEW_ID, kind: 'customer', body: 'Any news?' });
    expect(out.effects.customers).toEqual([]);
  });

  it('with nothing found starts a new ticket whose subject is the first line when none is given', () => {
    const created = { id: ids.anna, name: 'New Person', email: 'new@example.lv', phone: null, language: 'hu' as const };
    const out = receiveMessage(NOW, { ...args, body: '\n  My order is late  \nsince Monday' }, { none: { created } });
    expect(out).toMatchObject({ ticketId: NEW_ID, created: true, reopened: false });
    expect(out.effects.tickets[0]).toMatchObject({ subject: 'My order is late', priority: 'normal', customerId: ids.anna, customerUnverified: false });
    expect(out.effects.customers.map((c) => c.id)).toEqual([ids.anna]);
    const long = receiveMessage(NOW, { ...args, body: 'x'.repeat(300) }, { none: { matched: customer() } });
    expect(Array.from(long.effects.tickets[0]!.subject)).toHaveLength(200);
    expect(long.effects.tickets[0]!.customerUnverified).toBe(true);
  });
});

describe('ticketNumberInSubject', () => {
  it.each([
    ['Re: [#123] Printer', 123],
    ['[#7]', 7],
    ['Fwd: Re: [#0042] x', 42],
    ['#123 no brackets', null],
    ['[# 12]', null],
    ['[#0]', null],
    ['[#1234567890] too long', null],
    ['', null],
    [undefined, null],
  ])('reads %j as %s', (subject, n) => {
    expect(ticketNumberInSubject(subject)).toBe(n);
  });
});
