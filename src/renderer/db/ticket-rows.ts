// Every ticket write goes through writeTickets: it keeps the local index fields and the queue counters
// in step, in the caller's transaction, so a count is one get() and never a count() over the table.
import { isOpen, queueSortKey } from '../../shared/sla';
import type { Ticket } from '../../shared/domain';
import type { ReplicaDb, TicketRow } from './schema';

export function toRow(t: Ticket): TicketRow {
  return { ...t, _open: isOpen(t.status) ? 1 : 0, _assignee: t.assigneeId ?? '', _sort: `${queueSortKey(t)}|${t.id}` };
}

export function fromRow(r: TicketRow): Ticket {
  const { _open: _o, _assignee: _a, _sort: _s, ...t } = r;
  return t;
}

/** The counters a ticket adds 1 to. */
export function counterKeys(t: Pick<Ticket, 'status' | 'assigneeId' | 'tier'> | undefined): string[] {
  if (!t || !isOpen(t.status)) return [];
  return [t.assigneeId ? `mine:${t.assigneeId}` : `unassigned:${t.tier}`, `tier:${t.tier}`];
}

/** Put and delete tickets, adjusting counters by the difference between old and new rows. */
export async function writeTickets(db: ReplicaDb, puts: Ticket[], deletes: string[] = []): Promise<void> {
  if (!puts.length && !deletes.length) return;
  const ids = [...puts.map((t) => t.id), ...deletes];
  const old = await db.tickets.bulkGet(ids);
  const current = new Map<string, TicketRow | undefined>();
  ids.forEach((id, i) => {
    if (!current.has(id)) current.set(id, old[i]);
  });
  const delta = new Map<string, number>();
  const bump = (keys: string[], by: number) => keys.forEach((k) => delta.set(k, (delta.get(k) ?? 0) + by));
  const rows: TicketRow[] = [];
  for (const t of puts) {
    bump(counterKeys(current.get(t.id)), -1);
    const row = toRow(t);
    current.set(t.id, row);
    bump(counterKeys(row), +1);
    rows.push(row);
  }
  const gone: string[] = [];
  for (const id of deletes) {
    bump(counterKeys(current.get(id)), -1);
    current.set(id, undefined);
    gone.push(id);
  }
  // Later puts of the same id win (last row in the batch).
  const last = new Map(rows.map((r) => [r.id, r]));
  const finalPuts = [...last.values()].filter((r) => current.get(r.id) === r);
  if (finalPuts.length) await db.tickets.bulkPut(finalPuts);
  const finalDeletes = gone.filter((id) => current.get(id) === undefined);
  if (finalDeletes.length) await db.tickets.bulkDelete(finalDeletes);
  const keys = [...delta.entries()].filter(([, d]) => d !== 0).map(([k]) => k);
  if (!keys.length) return;
  const counters = await db.counters.bulkGet(keys);
  await db.counters.bulkPut(keys.map((key, i) => ({ key, n: (counters[i]?.n ?? 0) + delta.get(key)! })));
}
