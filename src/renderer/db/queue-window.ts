// One window of a queue as the list shows it: the ticket rows with their customer names and escalating
// agents. The list runs it as a live query, so what it reads decides which writes wake it: keep it to the
// window's own rows and keys. Pending markers are a separate live query (pendingByTicket): every local
// edit writes the outbox, and an outbox read by ticket id watches a span of ids that few edits miss.
import type { Agent } from '../../shared/domain';
import { agentsByIds, customerNames, filteredQueue, queuePage, type QueueKey } from './queries';
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
  return withNames(db, await queuePage(db, me, key, opts));
}

/** A filtered queue's window and how many match, counted up to `cap`: the count and rows of one read. */
export async function filteredQueueWindow(
  db: ReplicaDb,
  me: Agent,
  key: QueueKey,
  opts: { offset: number; limit: number; text: string; cap: number },
): Promise<{ rows: QueueWindowRow[]; count: number }> {
  const { rows, count } = await filteredQueue(db, me, key, opts);
  return { rows: await withNames(db, rows), count };
}

async function withNames(db: ReplicaDb, tickets: TicketRow[]): Promise<QueueWindowRow[]> {
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
