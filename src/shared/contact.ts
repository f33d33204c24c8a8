// What a customer's own contact does to the data: a contact through the inbound API (phone system, mail,
// chat, social, the portal) and a customer writing again on their ticket. Pure, like applyMutation, and
// written by the server through the same write path as an agent's change, so a contact's ticket lands
// in every scope that should see it. No agent acts here, so nothing is authorized: the caller is the
// server itself (behind the inbound API key, or the demo seed).
import type { Effects } from './apply-mutation';
import { clampText } from './bounds';
import type { Channel, Customer, Language, Priority, Ticket, TicketStatus } from './domain';
import { newTicket } from './new-ticket';

export interface ContactArgs {
  ticketId: string;
  messageId: string;
  channel: Channel;
  subject: string;
  body: string;
  priority: Priority;
}

/**
 * Who got in touch: an existing customer the contact was matched to because it gave their e-mail or
 * phone (a claim nobody has checked yet), or a new customer made from what the contact gave.
 */
export type ContactCustomer =
  | { matched: Customer }
  | { created: { id: string; name: string; email: string | null; phone: string | null; language: Language } };

const none = (): Effects => ({ tickets: [], messages: [], customers: [], escalations: [], agents: [], overwrites: [] });

/** A new, unassigned tier 1 ticket in the customer's words, answered against its SLA from now. */
export function receiveContact(now: string, a: ContactArgs, who: ContactCustomer): Effects {
  const fx = none();
  let customer: Customer;
  if ('matched' in who) customer = who.matched;
  else {
    customer = { ...who.created, preferredChannel: a.channel, vip: false, notes: '', createdAt: now, updatedAt: now, version: 0 };
    fx.customers.push(customer);
  }
  const ticket = newTicket(now, {
    id: a.ticketId,
    subject: a.subject,
    channel: a.channel,
    priority: a.priority,
    status: 'new',
    tier: 1,
    assigneeId: null,
    customerId: customer.id,
    customerUnverified: 'matched' in who,
  });
  fx.tickets.push(ticket);
  fx.messages.push(customerMessage(now, a.messageId, ticket, customer, a.body, a.channel));
  return fx;
}

/** Statuses a customer's message puts back to open: the ball is in the agents' court again (as help desks do). */
const REOPENED_BY_CUSTOMER: readonly TicketStatus[] = ['pending', 'solved'];

/**
 * The customer writes again on their ticket: a ticket waiting for them (pending) or solved is open again.
 * Not for a closed ticket (receiveMessage starts a follow-up ticket instead).
 */
export function receiveFollowUp(now: string, a: { messageId: string; body: string; channel?: Channel }, ticket: Ticket, customer: Customer): Effects {
  const fx = none();
  const reopen = REOPENED_BY_CUSTOMER.includes(ticket.status);
  fx.tickets.push({ ...ticket, status: reopen ? 'open' : ticket.status, solvedAt: reopen ? null : ticket.solvedAt, updatedAt: now });
  fx.messages.push(customerMessage(now, a.messageId, ticket, customer, a.body, a.channel ?? ticket.channel));
  return fx;
}

function customerMessage(now: string, id: string, ticket: Ticket, customer: Customer, body: string, channel: Channel) {
  return { id, ticketId: ticket.id, kind: 'customer' as const, authorId: customer.id, authorName: customer.name, channel, body, createdAt: now, version: 0 };
}

/** The `[#123]` a mail client keeps in a reply's subject: the ticket number, or null. */
export function ticketNumberInSubject(subject: string | null | undefined): number | null {
  const m = /\[#(\d{1,9})\]/.exec(subject ?? '');
  const n = m ? Number(m[1]) : 0;
  return n >= 1 ? n : null;
}

/** Where the server's lookup put a customer's message: a ticket it found (any status), or none. */
export type MessageTarget = { found: Ticket; customer: Customer } | { none: ContactCustomer };

export interface MessageArgs {
  /** The id a new ticket gets, if one is started. */
  ticketId: string;
  messageId: string;
  channel: Channel;
  subject: string | null;
  body: string;
}

export interface MessageOutcome {
  effects: Effects;
  ticketId: string;
  created: boolean;
  reopened: boolean;
  /** The closed ticket a new one follows up (the new ticket carries the tag `follow-up:<number>`). */
  followUpOf: Ticket | null;
}

/**
 * A customer's message (the inbound messages API): on the ticket found, reopening it when pending or
 * solved; a closed ticket is never reopened — as help desks do, the message starts a follow-up ticket
 * for the same customer, with the closed one's priority (and its subject when the message has none) and
 * the tag `follow-up:<number>`; found nothing: a new ticket, as a contact makes.
 */
export function receiveMessage(now: string, a: MessageArgs, target: MessageTarget): MessageOutcome {
  if ('none' in target) {
    const effects = receiveContact(now, { ...a, subject: a.subject ?? subjectOf(a.body), priority: 'normal' }, target.none);
    return { effects, ticketId: a.ticketId, created: true, reopened: false, followUpOf: null };
  }
  const { found, customer } = target;
  if (found.status !== 'closed') {
    const effects = receiveFollowUp(now, a, found, customer);
    return { effects, ticketId: found.id, created: false, reopened: effects.tickets[0]!.status !== found.status, followUpOf: null };
  }
  const effects = receiveContact(now, { ...a, subject: a.subject ?? found.subject, priority: found.priority }, { matched: customer });
  // Reached through the closed ticket, not a claimed address: as verified as that ticket was.
  effects.tickets[0] = { ...effects.tickets[0]!, customerUnverified: found.customerUnverified, tags: found.number ? [`follow-up:${found.number}`] : [] };
  return { effects, ticketId: a.ticketId, created: true, reopened: false, followUpOf: found };
}

/** A subject for a message that came without one (a chat, a call): its first line, cut to fit. */
function subjectOf(body: string): string {
  const line = body.split('\n').find((l) => l.trim()) ?? body;
  return clampText(line.trim(), 200);
}
