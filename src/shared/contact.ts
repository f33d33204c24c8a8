// What a customer's own contact does to the data: a contact through the inbound API (phone system, mail,
// chat, social, the portal) and a customer writing again on their ticket. Pure, like applyMutation, and
// written by the server through the same write path as an agent's change, so a contact's ticket lands
// in every scope that should see it. No agent acts here, so nothing is authorized: the caller is the
// server itself (behind the inbound API key, or the demo seed).
import type { Effects } from './apply-mutation';
import type { Channel, Customer, Language, Priority, Ticket } from './domain';
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

/** The customer writes again on their ticket: a ticket waiting for them (pending) is open again. */
export function receiveFollowUp(now: string, a: { messageId: string; body: string }, ticket: Ticket, customer: Customer): Effects {
  const fx = none();
  fx.tickets.push({ ...ticket, status: ticket.status === 'pending' ? 'open' : ticket.status, updatedAt: now });
  fx.messages.push(customerMessage(now, a.messageId, ticket, customer, a.body, ticket.channel));
  return fx;
}

function customerMessage(now: string, id: string, ticket: Ticket, customer: Customer, body: string, channel: Channel) {
  return { id, ticketId: ticket.id, kind: 'customer' as const, authorId: customer.id, authorName: customer.name, channel, body, createdAt: now, version: 0 };
}
