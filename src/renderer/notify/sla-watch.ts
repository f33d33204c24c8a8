// The SLA deadlines this workstation watches, read from the replica: the most urgent open tickets assigned
// to me and unassigned in my tier (the queues' _sort index starts with the next deadline, so a bounded key
// range of each holds the deadlines that come next — never the whole table), and the warning and
// breach keys already fired, kept in the replica's meta so each fires once across restarts and offline.
import Dexie from 'dexie';
import type { Me, WatchedTicket } from '../../shared/notify';
import { keptFiredKeys } from '../../shared/notify';
import type { MetaRow, ReplicaDb, TicketRow } from '../db/schema';

export const WATCH_LIMIT = 100;
/** The most overdue of each queue, read too (a ticket whose first response is late still has a resolution due). */
export const OVERDUE_LIMIT = 25;
/** Deadlines that passed longer ago than this are not looked at (after a long closure: the queue shows them). */
export const LOOKBACK_MS = 60 * 60_000;
/** Fired keys kept at most; beyond it the keys of tickets no longer watched go first. */
export const MAX_FIRED = 2_000;
// Not (yet) in MetaRow's key list (db/schema.ts belongs to the db layer): the one key this module adds.
const FIRED_KEY = 'notifyFired' as MetaRow['key'];

export async function watchedTickets(db: ReplicaDb, me: Me, now: number): Promise<WatchedTicket[]> {
  // _sort starts with the ticket's next deadline (ISO), so a key range from "an hour ago" reads the deadlines
  // coming next, in order.
  const from = new Date(now - LOOKBACK_MS).toISOString();
  const queue = (index: string, prefix: (string | number)[]) =>
    Promise.all([
      db.tickets.where(index).between([...prefix, Dexie.minKey], [...prefix, Dexie.maxKey]).limit(OVERDUE_LIMIT).toArray(),
      db.tickets.where(index).between([...prefix, from], [...prefix, Dexie.maxKey]).limit(WATCH_LIMIT).toArray(),
    ]);
  const parts = await Promise.all([
    queue('[_open+_assignee+_sort]', [1, me.id]),
    me.tier === null ? Promise.resolve([] as TicketRow[][]) : queue('[_open+tier+_assignee+_sort]', [1, me.tier, '']),
  ]);
  const rows = [...new Map(parts.flat(2).map((t) => [t.id, t])).values()];
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
