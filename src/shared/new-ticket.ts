// A ticket as it is born, whoever opens it (an agent's createTicket, a customer's inbound contact): the
// fields that differ are given, the rest (SLA deadlines from now, no response yet, unsynced versions) is
// the same for both.
import type { Channel, Priority, Ticket, TicketStatus, Tier } from './domain';
import { slaDeadlines } from './sla';

export interface NewTicketFields {
  id: string;
  subject: string;
  channel: Channel;
  priority: Priority;
  status: TicketStatus;
  tier: Tier;
  assigneeId: string | null;
  customerId: string;
  customerUnverified: boolean;
}

export function newTicket(now: string, f: NewTicketFields): Ticket {
  return {
    ...f,
    number: null,
    tags: [],
    ...slaDeadlines(f.priority, now),
    createdAt: now,
    updatedAt: now,
    firstResponseAt: null,
    solvedAt: null,
    engineeringLink: null,
    version: 0,
    statusVersion: 0,
    assigneeVersion: 0,
    tierVersion: 0,
  };
}
