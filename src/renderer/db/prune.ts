// The replica keeps what the server's scope keeps: closed tickets leave HISTORY_DAYS after their last
// change (shared/history), and a customer stays only while one of their tickets does. The server stops
// sending them; this removes them here, with their threads. It prunes a day later than the server's
// window, so a workstation clock running ahead never drops a ticket the server still counts as held.
import Dexie from 'dexie';
import { replicaThreads } from '../../shared/entities/replica-tables';
import { historyCutoff, isBeyondHistory } from '../../shared/history';
import { ALL_TABLES, type OutboxRow, type ReplicaDb } from './schema';
import { writeTickets } from './ticket-rows';

const MARGIN_MS = 86_400_000;

/** Customers a pending change names: they stay until it has synced. */
function customersIn(outbox: OutboxRow[]): Set<string> {
  const ids = new Set<string>();
  for (const o of outbox) {
    const a = o.args as { id?: unknown; customerId?: unknown };
    if ((o.name === 'createCustomer' || o.name === 'updateCustomer') && typeof a.id === 'string') ids.add(a.id);
    if (typeof a.customerId === 'string') ids.add(a.customerId);
  }
  return ids;
}

/**
 * Returns how many tickets it removed. Nothing with changes still waiting to sync is removed. The
 * looking (a walk over the closed tickets and the customer index) runs read-only, so queue reads go on
 * meanwhile; only the deletes take the write lock, after checking each candidate again.
 */
export async function pruneBeyondHistory(db: ReplicaDb, now: Date): Promise<number> {
  const cutoff = historyCutoff(new Date(now.getTime() - MARGIN_MS));
  const { oldIds, loneCustomers } = await db.transaction('r', [db.tickets, db.customers], async () => {
    // [0] sorts before every [0, tier, sort] and [0, maxKey] after (maxKey once: a key may not repeat an array).
    const notOpen = db.tickets.where('[_open+tier+_sort]').between([0], [0, Dexie.maxKey]);
    const old = (await notOpen.filter((t) => isBeyondHistory(t, cutoff)).primaryKeys()) as string[];
    const held = new Set((await db.tickets.orderBy('customerId').uniqueKeys()) as string[]);
    const customers = (await db.customers.toCollection().primaryKeys()) as string[];
    return { oldIds: old, loneCustomers: customers.filter((id) => !held.has(id)) };
  });
  return db.transaction('rw', [...ALL_TABLES], async () => {
    const rows = await db.tickets.bulkGet(oldIds);
    const old = oldIds.filter((_, i) => rows[i] && isBeyondHistory(rows[i], cutoff));
    const pending = old.length ? new Set((await db.outbox.where('ticketId').anyOf(old).toArray()).map((o) => o.ticketId)) : new Set<string>();
    const ids = old.filter((id) => !pending.has(id));
    if (ids.length) {
      await writeTickets(db, [], ids);
      // Their threads: every thread entity's rows (by the index its ticket field leads).
      for (const t of replicaThreads()) await db.table(t.table).where(t.ticketField).anyOf(ids).delete();
    }
    // Customers with no ticket when we looked, and those of the tickets just removed, if none is left.
    const gone = new Set(ids);
    const candidates = [...new Set([...loneCustomers, ...rows.flatMap((r) => (r && gone.has(r.id) ? [r.customerId] : []))])];
    const held = candidates.length ? new Set((await db.tickets.where('customerId').anyOf(candidates).keys()) as string[]) : new Set<string>();
    const named = customersIn(await db.outbox.toArray());
    const orphans = candidates.filter((id) => !held.has(id) && !named.has(id));
    if (orphans.length) {
      await db.customers.bulkDelete(orphans);
      for (const t of replicaThreads()) if (t.customerField) await db.table(t.table).where(t.customerField).anyOf(orphans).delete();
    }
    return ids.length;
  });
}
