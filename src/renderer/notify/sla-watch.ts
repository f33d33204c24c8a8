// The SLA deadlines this workstation watches, read from the replica: the most urgent open tickets assigned
// to me and unassigned in my tier (the queues' _sort index is ordered by SLA urgency, so the first
// WATCH_LIMIT of each are the ones whose deadlines come first — never the whole table), and the warning and
// breach keys already fired, kept in the replica's meta so each fires once across restarts and offline.
import Dexie from 'dexie';
import type { Me, WatchedTicket } from '../../shared/notify';
import { keptFiredKeys } from '../../shared/notify';
import type { MetaRow, ReplicaDb, TicketRow } from '../db/schema';

export const WATCH_LIMIT = 100;
/** Fired keys kept at most; beyond it the keys of tickets no longer watched go first. */
export const MAX_FIRED = 2_000;
// Not (yet) in MetaRow's key list (db/schema.ts belongs to the db layer): the one key this module adds.
const FIRED_KEY = 'notifyFired' as MetaRow['key'];

export async function watchedTickets(db: ReplicaDb, me: Me): Promise<WatchedTicket[]> {
  const range = (index: string, prefix: (string | number)[]) =>
    db.tickets.where(index).between([...prefix, Dexie.minKey], [...prefix, Dexie.maxKey]).limit(WATCH_LIMIT).toArray();
  const [mine, queued] = await Promise.all([
    range('[_open+_assignee+_sort]', [1, me.id]),
    me.tier === null ? Promise.resolve([] as TicketRow[]) : range('[_open+tier+_assignee+_sort]', [1, me.tier, '']),
  ]);
  const rows = [...mine, ...queued];
  const customers = await db.customers.bulkGet([...new Set(rows.map((t) => t.customerId))]);
  const vip = new Set(customers.flatMap((c) => (c?.vip ? [c.id] : [])));
  return rows.map((ticket) => ({ ticket, vip: vip.has(ticket.customerId) }));
}

/** The fired keys, or null when this replica never ran the schedule (then what is due now is not news). */
export async function readFired(db: ReplicaDb): Promise<string[] | null> {
  const v = (await db.meta.get(FIRED_KEY))?.value;
  return Array.isArray(v) ? v.filter((k): k is string => typeof k === 'string') : null;
}

export async function saveFired(db: ReplicaDb, fired: readonly string[], watched: Pick<Parameters<typeof keptFiredKeys>[1], 'tickets' | 'me'>): Promise<void> {
  let keep = [...new Set(fired)];
  if (keep.length > MAX_FIRED) {
    const live = new Set(keptFiredKeys(keep, watched));
    const stale = keep.filter((k) => !live.has(k));
    const drop = new Set(stale.slice(0, keep.length - MAX_FIRED));
    keep = keep.filter((k) => !drop.has(k)).slice(-MAX_FIRED);
  }
  await db.meta.put({ key: FIRED_KEY, value: keep });
}

/** Whether the replica holds a whole first sync (before it, deadlines are not worth a look). */
export async function replicaLoaded(db: ReplicaDb): Promise<boolean> {
  const [cursor, snapshot] = await db.meta.bulkGet(['cursor', 'snapshot']);
  return typeof cursor?.value === 'number' && !snapshot;
}
