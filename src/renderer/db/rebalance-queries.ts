// Rebalancing's reads of the replica (rebalance/, board/): an agent's open tickets by the
// [_open+_assignee+_sort] index, the tickets a picker assigns by key, the replicated auto-assign switch
// per tier and any change of it still waiting in the outbox. Never a walk of all tickets.
import Dexie from 'dexie';
import type { Ticket, Tier, TierSetting } from '../../shared/domain';
import type { ReplicaDb } from './schema';
import { fromRow } from './ticket-rows';

/** Enough for any agent's open work; the dialog says how many move, so a cut would show. */
export const MAX_AGENT_TICKETS = 5_000;

/** The ids of an agent's open tickets (the index their Mine queue reads), in queue order. */
export async function openTicketIdsOf(db: ReplicaDb, agentId: string): Promise<string[]> {
  const keys = await db.tickets
    .where('[_open+_assignee+_sort]')
    .between([1, agentId, Dexie.minKey], [1, agentId, Dexie.maxKey])
    .limit(MAX_AGENT_TICKETS)
    .primaryKeys();
  return keys as string[];
}

/** These tickets as the replica holds them now (absent ones left out). */
export async function ticketsByIds(db: ReplicaDb, ids: readonly string[]): Promise<Ticket[]> {
  const rows = await db.tickets.bulkGet([...ids]);
  return rows.flatMap((r) => (r ? [fromRow(r)] : []));
}

/** Each tier's auto-assign switch as last pulled (a tier without a row is off). */
export async function autoAssignByTier(db: ReplicaDb): Promise<Record<Tier, boolean>> {
  const rows: TierSetting[] = await db.tierSettings.toArray();
  const on = (tier: Tier) => rows.some((r) => r.tier === tier && r.autoAssign);
  return { 1: on(1), 2: on(2), 3: on(3) };
}

/** setAutoAssign changes still in the outbox, per tier (the last one wins): the board says "saving…". */
export async function pendingAutoAssign(db: ReplicaDb): Promise<Partial<Record<Tier, boolean>>> {
  const out: Partial<Record<Tier, boolean>> = {};
  // Changes about no ticket are filed under ''; there are few (presence, caps, this).
  await db.outbox
    .where('ticketId')
    .equals('')
    .each((m) => {
      if (m.name !== 'setAutoAssign') return;
      const args = m.args as { tier: Tier; on: boolean };
      out[args.tier] = args.on;
    });
  return out;
}

/** One agent as the replica holds it. */
export function agentById(db: ReplicaDb, id: string) {
  return db.agents.get(id);
}
