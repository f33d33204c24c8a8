// Unsynced local changes per ticket, kept as counter rows (`pending:<ticketId>`) beside the outbox in the
// same transactions, so the queue's pending markers read one row per ticket on screen — a bulkGet a live
// query watches key by key — instead of walking the outbox (whose live query woke on nearly every edit).
import type { OutboxRow, ReplicaDb } from './schema';

const key = (ticketId: string) => `pending:${ticketId}`;
/** Set in meta once the counters hold the outbox (replicas from before them are counted at open). */
export const PENDING_COUNTED = 'pendingCounted' as const;

/** Adds (delta > 0) or removes outbox rows' counts; call inside the transaction that writes the outbox. */
export async function countPending(db: ReplicaDb, rows: Pick<OutboxRow, 'ticketId'>[], delta: 1 | -1): Promise<void> {
  const by = new Map<string, number>();
  for (const r of rows) if (r.ticketId) by.set(r.ticketId, (by.get(r.ticketId) ?? 0) + delta);
  if (!by.size) return;
  const keys = [...by.keys()].map(key);
  const now = await db.counters.bulkGet(keys);
  const next = keys.map((k, i) => ({ key: k, n: Math.max(0, (now[i]?.n ?? 0) + [...by.values()][i]!) }));
  const gone = next.filter((c) => c.n === 0).map((c) => c.key);
  await db.counters.bulkPut(next.filter((c) => c.n > 0));
  if (gone.length) await db.counters.bulkDelete(gone);
}

/** Rebuilds every pending counter from the outbox (after the counters were cleared, or once at upgrade). */
export async function recountPending(db: ReplicaDb): Promise<void> {
  const old = (await db.counters.where('key').startsWith('pending:').primaryKeys()) as string[];
  if (old.length) await db.counters.bulkDelete(old);
  await countPending(db, await db.outbox.toArray(), 1);
  await db.meta.put({ key: PENDING_COUNTED, value: 1 });
}

/** Pending changes of each of these tickets (those with none are absent). */
export async function pendingOf(db: ReplicaDb, ticketIds: string[]): Promise<Map<string, number>> {
  const rows = await db.counters.bulkGet(ticketIds.map(key));
  const out = new Map<string, number>();
  rows.forEach((r, i) => r && r.n > 0 && out.set(ticketIds[i]!, r.n));
  return out;
}
