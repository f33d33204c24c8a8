// What the server holds for one ticket, read over the sync API as the demo supervisor (whose replication
// scope is the whole tenant): the ground truth a test holds the agents' screens against.
import type { Escalation, Message, Ticket } from '../../../src/shared/index';
import { login, pull } from '../../support/api-client';

export interface TicketOnServer {
  ticket: Ticket;
  messages: Message[];
  escalations: Escalation[];
}

export interface ServerView {
  ticket(id: string): Promise<TicketOnServer>;
}

export async function serverView(baseUrl: string, email = 'supervisor@demo.local'): Promise<ServerView> {
  const session = await login(baseUrl, email);
  return {
    async ticket(id) {
      const r = await pull(baseUrl, session, null);
      if (!('changes' in r)) throw new Error('the server asked for a refetch of a full pull');
      let ticket: Ticket | undefined;
      const messages: Message[] = [];
      const escalations: Escalation[] = [];
      for (const c of r.changes) {
        if (c.entity === 'ticket' && c.value.id === id) ticket = c.value;
        if (c.entity === 'message' && c.value.ticketId === id) messages.push(c.value);
        if (c.entity === 'escalation' && c.value.ticketId === id) escalations.push(c.value);
      }
      if (!ticket) throw new Error(`the server has no ticket ${id}`);
      return { ticket, messages, escalations };
    },
  };
}
