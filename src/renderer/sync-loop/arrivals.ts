// New work that reached this workstation: tickets a pulled page brings that the replica did not hold,
// open and unassigned, counted by tier — what the live region says ("2 new tickets waiting in tier 1").
// Never for a first sync's rows (the caller skips those), nor for a ticket this workstation made (the replica
// held it already, written optimistically).
import { isOpen } from '../../shared/sla';
import type { Change } from '../../shared/sync-protocol';
import type { ReplicaDb } from '../db/schema';

/** Tickets new to this replica, open and unassigned, by tier; empty when there are none. */
export async function arrivalsIn(db: ReplicaDb, changes: Change[]): Promise<Record<number, number>> {
  const tickets = changes.flatMap((c) => (c.entity === 'ticket' ? [c.value] : []));
  if (!tickets.length) return {};
  const held = await db.tickets.bulkGet(tickets.map((t) => t.id));
  const byTier: Record<number, number> = {};
  tickets.forEach((t, i) => {
    if (held[i] || t.assigneeId || !isOpen(t.status)) return;
    byTier[t.tier] = (byTier[t.tier] ?? 0) + 1;
  });
  return byTier;
}
