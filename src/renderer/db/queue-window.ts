// One window of a queue as the list shows it: the ticket rows with their customer names and escalating
// agents. The list runs it as a live query, so what it reads decides which writes wake it: keep it to the
// window's own rows and keys. Pending markers are a separate live query (pendingByTicket): every local
// edit writes the outbox, and an outbox read by ticket id watches a span of ids that few edits miss.
import type { Agent } from '../../shared/domain';
import { agentsByIds, customerNames, queuePage, type QueueKey } from './queries';
import type { ReplicaDb, TicketRow } from './schema';

export interface QueueWindowRow {
  ticket: TicketRow;
  customerName: string;
  escalation: { fromTier: TicketRow['tier']; byName: string | null } | null;
}

/**
 * A few bulk reads a window, not one per row (the customer's name rides on the ticket row): a local
 * edit's read-write transaction waits behind every read already queued, and a hundred small reads per
 * window re-run on each edit made every edit wait for them.
 */
export async function queueWindow(db: ReplicaDb, me: Agent, key: QueueKey, opts: { offset: number; limit: number; text?: string }): Promise<QueueWindowRow[]> {
  const tickets = await queuePage(db, me, key, opts);
  const [names, by] = await Promise.all([
    customerNames(db, tickets.flatMap((t) => (t._customer === undefined ? [t.customerId] : []))),
    agentsByIds(db, tickets.flatMap((t) => (t._escalation ? [t._escalation.byAgentId] : []))),
  ]);
  return tickets.map((ticket) => ({
    ticket,
    customerName: ticket._customer ?? names.get(ticket.customerId) ?? '',
    escalation: ticket._escalation ? { fromTier: ticket._escalation.fromTier, byName: by.get(ticket._escalation.byAgentId)?.name ?? null } : null,
  }));
}
