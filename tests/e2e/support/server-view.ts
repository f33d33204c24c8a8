// What the server holds for one ticket, read over the sync API as the demo supervisor (whose replication
// scope is the whole tenant): the ground truth a test holds the agents' screens against.
import type { Customer, Escalation, Message, Ticket } from '../../../src/shared/index';
import { login, pull } from '../../support/api-client';

export interface TicketOnServer {
  ticket: Ticket;
  messages: Message[];
  escalations: Escalation[];
  /** The ticket's customer, as the server holds them (their language picks what a reply says). */
  customer: Customer | undefined;
}

export interface ServerView {
  ticket(id: string): Promise<TicketOnServer>;
}

export async function serverView(baseUrl: string, email = 'supervisor@demo.local'): Promise<ServerView> {
  const session = await login(baseUrl, email);
  return {
    async ticket(id) {
      let ticket: Ticket | undefined;
      const messages = new Map<string, Message>();
      const escalations = new Map<string, Escalation>();
      const customers = new Map<string, Customer>();
      // Every page of a full pull (a big first sync comes in pages).
      for (let cursor: number | null = null; ; ) {
        const r = await pull(baseUrl, session, cursor);
        if (!('changes' in r)) throw new Error('the server asked for a refetch of a full pull');
        for (const c of r.changes) {
          if (c.entity === 'ticket' && c.value.id === id) ticket = c.value;
          if (c.entity === 'message' && c.value.ticketId === id) messages.set(c.value.id, c.value);
          if (c.entity === 'escalation' && c.value.ticketId === id) escalations.set(c.value.id, c.value);
          if (c.entity === 'customer') customers.set(c.value.id, c.value);
        }
        if (!r.more) break;
        cursor = r.cursor;
      }
      if (!ticket) throw new Error(`the server has no ticket ${id}`);
      return { ticket, messages: [...messages.values()], escalations: [...escalations.values()], customer: customers.get(ticket.customerId) };
    },
  };
}
