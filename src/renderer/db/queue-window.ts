// One window of a queue as the list shows it: the ticket rows with their customer names, pending
// markers and escalating agents. The list runs it as a live query, so what it reads decides which
// writes wake it: keep it to the window's own rows and keys.
import type { Agent } from '../../shared/domain';
import { agentsByIds, customerNames, pendingByTicket, queuePage, type QueueKey } from './queries';
import type { ReplicaDb, TicketRow } from './schema';

export interface QueueWindowRow {
  ticket: TicketRow;
  customerName: string;
  pending: number;
  escalation: { fromTier: TicketRow['tier']; byName: string | null } | null;
}

/**
 * A few bulk reads a window, not one per row (the customer's name rides on the ticket row): a local
 * edit's read-write transaction waits behind every read already queued, and a hundred small reads per
 * window re-run on each edit made every edit wait for them.
 */
export async function queueWindow(db: ReplicaDb, me: Agent, key: QueueKey, opts: { offset: number; limit: number; text?: string }): Promise<QueueWindowRow[]> {
  const tickets = await queuePage(db, me, key, opts);
  const [names, pending, by] = await Promise.all([
    customerNames(db, tickets.flatMap((t) => (t._customer === undefined ? [t.customerId] : []))),
    pendingByTicket(db, tickets.map((t) => t.id)),
    agentsByIds(db, tickets.flatMap((t) => (t._escalation ? [t._escalation.byAgentId] : []))),
  ]);
  return tickets.map((ticket) => ({
    ticket,
    customerName: ticket._customer ?? names.get(ticket.customerId) ?? '',
    pending: pending.get(ticket.id) ?? 0,
    escalation: ticket._escalation ? { fromTier: ticket._escalation.fromTier, byName: by.get(ticket._escalation.byAgentId)?.name ?? null } : null,
  }));
}
