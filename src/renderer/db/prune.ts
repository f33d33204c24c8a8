// The replica keeps what the server's scope keeps: closed tickets leave HISTORY_DAYS after their last
// change (shared/history). The server stops sending them; this removes them here, with their threads.
import Dexie from 'dexie';
import { historyCutoff, isBeyondHistory } from '../../shared/history';
import { ALL_TABLES, type ReplicaDb } from './schema';
import { writeTickets } from './ticket-rows';

/** Returns how many tickets it removed. A ticket with changes still waiting to sync stays. */
export async function pruneBeyondHistory(db: ReplicaDb, now: Date): Promise<number> {
  const cutoff = historyCutoff(now);
  return db.transaction('rw', [...ALL_TABLES], async () => {
    const notOpen = db.tickets.where('[_open+tier+_sort]').between([0, Dexie.minKey, Dexie.minKey], [0, Dexie.maxKey, Dexie.maxKey]);
    const old = (await notOpen.filter((t) => isBeyondHistory(t, cutoff)).primaryKeys()) as string[];
    if (!old.length) return 0;
    const pending = new Set((await db.outbox.where('ticketId').anyOf(old).toArray()).map((o) => o.ticketId));
    const ids = old.filter((id) => !pending.has(id));
    if (!ids.length) return 0;
    await writeTickets(db, [], ids);
    for (const id of ids) await db.messages.where('[ticketId+createdAt]').between([id, Dexie.minKey], [id, Dexie.maxKey]).delete();
    await db.escalations.where('ticketId').anyOf(ids).delete();
    await db.history.where('ticketId').anyOf(ids).delete();
    return ids.length;
  });
}
