// The badge: tickets assigned to me that need a reply (status new or open) plus the unassigned open tickets
// of my tier. Mine is an indexed range over my own open tickets (an agent's own few dozen; at most
// MINE_LIMIT read), the unassigned part the replica's maintained counter — never a table scan or count().
import Dexie from 'dexie';
import type { Me } from '../../shared/notify';
import type { ReplicaDb } from '../db/schema';

export const MINE_LIMIT = 1_000;

export async function badgeCount(db: ReplicaDb, me: Me): Promise<number> {
  const [mine, queued] = await Promise.all([
    db.tickets
      .where('[_open+_assignee+_sort]')
      .between([1, me.id, Dexie.minKey], [1, me.id, Dexie.maxKey])
      .limit(MINE_LIMIT)
      .toArray(),
    me.tier === null ? Promise.resolve(undefined) : db.counters.get(`unassigned:${me.tier}`),
  ]);
  return mine.filter((t) => t.status === 'new' || t.status === 'open').length + Math.max(0, queued?.n ?? 0);
}
