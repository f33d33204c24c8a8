// Everything the ticket view shows, read live from the replica through the data layer's queries.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Agent, Customer, Escalation, Message, Ticket } from '../../shared/domain';
import { agentsById, customerById, escalationsOf, inOneRead, messagesOf, pendingCountOf, ticketById, ticketsOfCustomer } from '../db/queries';
import { useConsole } from '../app/console-context';
import type { ReplicaDb } from '../db/schema';

export interface TicketData {
  ticket: Ticket;
  messages: Message[];
  escalations: Escalation[];
  customer: Customer | undefined;
  otherTickets: Ticket[];
  agents: Map<string, Agent>;
  pending: number;
}

/** undefined while loading, null when the ticket is not in the replica. */
export function useTicketData(ticketId: string): TicketData | null | undefined {
  const { replica } = useConsole();
  const db = replica.db;
  // One read transaction for the seven reads, not one each: the edit's own read-write transaction,
  // and the next edit's, wait for every read transaction still open on these tables.
  return useLiveQuery(() => inOneRead(db, () => read(db, ticketId)), [db, ticketId]);
}

async function read(db: ReplicaDb, ticketId: string): Promise<TicketData | null> {
  const ticket = await ticketById(db, ticketId);
  if (!ticket) return null;
  const [messages, escalations, customer, customerTickets, agents, pending] = await Promise.all([
    messagesOf(db, ticketId),
    escalationsOf(db, ticketId),
    customerById(db, ticket.customerId),
    ticketsOfCustomer(db, ticket.customerId),
    agentsById(db),
    pendingCountOf(db, ticketId),
  ]);
  return {
    ticket,
    messages,
    escalations,
    customer,
    otherTickets: customerTickets.filter((t) => t.id !== ticketId).sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1)),
    agents,
    pending,
  };
}
