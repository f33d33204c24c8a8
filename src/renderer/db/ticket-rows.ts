// Every ticket and customer write goes through here: it keeps the local index fields (queue order, filter
// words) and the queue counters in step, in the caller's transaction, so a count is one get() and never a
// count() over the table, and a filter is an index lookup.
import type { UpdateSpec } from 'dexie';
import { isOpen, queueSortKey } from '../../shared/sla';
import type { Customer, Escalation, Ticket } from '../../shared/domain';
import { arrivalOf } from './arrival';
import { boardCounterKeys, solvedCounterKeys } from './board-counters';
import type { ReplicaDb, TicketRow } from './schema';
import { deferWords, putWords } from './word-index';

/** escalations: the ticket's escalation rows (for the escalated mark); none for a tier 1 ticket. */
export function toRow(t: Ticket, customerName?: string, escalations: readonly Escalation[] = []): TicketRow {
  const mark = arrivalOf(t, escalations);
  return {
    ...t,
    _open: isOpen(t.status) ? 1 : 0,
    _assignee: t.assigneeId ?? '',
    _sort: `${queueSortKey(t)}|${t.id}`,
    _customer: customerName ?? '',
    _escalated: mark ? 1 : 0,
    _escalation: mark,
  };
}

export function fromRow(r: TicketRow): Ticket {
  const { _open: _o, _assignee: _a, _sort: _s, _words: _w, _customer: _c, _escalated: _e, _escalation: _m, ...t } = r;
  return t;
}

/** The counters a ticket adds 1 to. */
export function counterKeys(t: (Pick<Ticket, 'status' | 'assigneeId' | 'tier'> & Partial<Pick<Ticket, 'channel' | 'solvedAt'>> & { _escalated?: 0 | 1 }) | undefined): string[] {
  if (!t) return [];
  if (!isOpen(t.status)) return solvedCounterKeys(t);
  const keys = [t.assigneeId ? `mine:${t.assigneeId}` : `unassigned:${t.tier}`, `tier:${t.tier}`];
  if (t._escalated === 1) keys.push(`escalated:${t.tier}`);
  keys.push(...boardCounterKeys(t));
  return keys;
}

const sameMark = (a: TicketRow['_escalation'] | undefined, b: TicketRow['_escalation']) =>
  (a ?? null) === b || (!!a && !!b && a.fromTier === b.fromTier && a.byAgentId === b.byAgentId && a.at === b.at);

/** The escalation rows of the tickets that can carry the mark (tier 2 and 3): one index lookup. */
async function escalationsOf(db: ReplicaDb, tickets: Ticket[]): Promise<Map<string, Escalation[]>> {
  const ids = [...new Set(tickets.filter((t) => t.tier !== 1).map((t) => t.id))];
  const byTicket = new Map<string, Escalation[]>();
  if (!ids.length) return byTicket;
  for (const e of await db.escalations.where('ticketId').anyOf(ids).toArray()) {
    byTicket.set(e.ticketId, [...(byTicket.get(e.ticketId) ?? []), e]);
  }
  return byTicket;
}

/** known: names the caller has at hand (the customers written in the same batch), read no further. */
async function customerNames(db: ReplicaDb, tickets: Ticket[], known?: ReadonlyMap<string, string>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const ids = [...new Set(tickets.map((t) => t.customerId))].filter((id) => {
    const name = known?.get(id);
    if (name !== undefined) out.set(id, name);
    return name === undefined;
  });
  if (!ids.length) return out;
  const found = await db.customers.bulkGet(ids);
  for (const c of found) if (c) out.set(c.id, c.name);
  return out;
}

/** From this many ids on, the rows already held are found by one key range read first (see heldRows). */
const RANGE_READ = 200;

/**
 * The rows held under these ids. A first sync's page holds many new ids in key order: one read of the
 * keys in [lowest, highest] finds the few (usually none) already held, and only those are read, instead
 * of one get per id.
 */
async function heldRows(db: ReplicaDb, ids: string[]): Promise<(TicketRow | undefined)[]> {
  if (ids.length < RANGE_READ) return db.tickets.bulkGet(ids);
  let lo = ids[0]!;
  let hi = lo;
  for (const id of ids) {
    if (id < lo) lo = id;
    if (id > hi) hi = id;
  }
  const held = new Set((await db.tickets.where(':id').between(lo, hi, true, true).primaryKeys()) as string[]);
  const wanted = [...new Set(ids.filter((id) => held.has(id)))];
  if (!wanted.length) return ids.map(() => undefined);
  const rows = new Map((await db.tickets.bulkGet(wanted)).flatMap((r) => (r ? [[r.id, r] as const] : [])));
  return ids.map((id) => rows.get(id));
}

export interface TicketWrite {
  /** Customer names at hand (those written in the same batch). */
  names?: ReadonlyMap<string, string>;
  /** A first sync: no words rows now, the worker builds them afterwards (word-index.ts). */
  deferWords?: boolean;
}

/** Put and delete tickets, adjusting counters by the difference between old and new rows. */
export async function writeTickets(db: ReplicaDb, puts: Ticket[], deletes: string[] = [], opts: TicketWrite = {}): Promise<void> {
  if (!puts.length && !deletes.length) return;
  const ids = [...puts.map((t) => t.id), ...deletes];
  const [old, escalations] = await Promise.all([heldRows(db, ids), escalationsOf(db, puts)]);
  const current = new Map<string, TicketRow | undefined>();
  ids.forEach((id, i) => {
    if (!current.has(id)) current.set(id, old[i]);
  });
  const before = new Map(current);
  // A row that keeps its customer keeps the name it carries (writeCustomers keeps it current): a local
  // edit reads no customer.
  const known = (t: Ticket) => {
    const o = before.get(t.id);
    return o && o.customerId === t.customerId && o._customer !== undefined ? o._customer : undefined;
  };
  const named = await customerNames(db, puts.filter((t) => known(t) === undefined), opts.names);
  const delta = new Map<string, number>();
  const bump = (keys: string[], by: number) => keys.forEach((k) => delta.set(k, (delta.get(k) ?? 0) + by));
  const rows: TicketRow[] = [];
  for (const t of puts) {
    bump(rowCounterKeys(current.get(t.id)), -1);
    const row = toRow(t, known(t) ?? named.get(t.customerId), escalations.get(t.id));
    current.set(t.id, row);
    bump(rowCounterKeys(row), +1);
    rows.push(row);
  }
  const gone: string[] = [];
  for (const id of deletes) {
    bump(rowCounterKeys(current.get(id)), -1);
    current.set(id, undefined);
    gone.push(id);
  }
  // Later puts of the same id win (last row in the batch).
  const last = new Map(rows.map((r) => [r.id, r]));
  // A row the replica already holds as it is (a page written again, a shadow the server confirms) is not
  // written: no index work, and no live query wakes for it.
  const finalPuts = [...last.values()].filter((r) => current.get(r.id) === r && !sameRow(before.get(r.id), r));
  await putRows(db, finalPuts, before);
  if (opts.deferWords) await deferWords(db, finalPuts.map((r) => r.id));
  else await putWords(db, finalPuts, before);
  const finalDeletes = gone.filter((id) => current.get(id) === undefined);
  if (finalDeletes.length) await Promise.all([db.tickets.bulkDelete(finalDeletes), db.words.bulkDelete(finalDeletes)]);
  await addToCounters(db, delta);
}

/** Adds each delta to its counter; the no-customer counter only where it is kept (see noOrphans). */
async function addToCounters(db: ReplicaDb, delta: Map<string, number>): Promise<void> {
  const keys = [...delta.entries()].filter(([, d]) => d !== 0).map(([k]) => k);
  if (!keys.length) return;
  const counters = await db.counters.bulkGet(keys);
  const next = keys.flatMap((key, i) => (key === NO_CUSTOMER && !counters[i] ? [] : [{ key, n: (counters[i]?.n ?? 0) + delta.get(key)! }]));
  if (next.length) await db.counters.bulkPut(next);
}

/**
 * Tickets held without their customer's name (written before the customer arrived). Kept only in a
 * replica that started counting while it held no ticket; absent, it is unknown.
 */
const NO_CUSTOMER = 'nocustomer';
const orphan = (r: TicketRow | undefined) => !!r && !r._customer;
const rowCounterKeys = (r: TicketRow | undefined) => (orphan(r) ? [...counterKeys(r), NO_CUSTOMER] : counterKeys(r));

/** Whether no held ticket waits for its customer's name: a new customer then has no ticket to update. */
async function noOrphans(db: ReplicaDb): Promise<boolean> {
  const kept = await db.counters.get(NO_CUSTOMER);
  if (kept) return kept.n === 0;
  if ((await db.tickets.limit(1).primaryKeys()).length) return false;
  await db.counters.put({ key: NO_CUSTOMER, n: 0 });
  return true;
}

/**
 * Put and delete escalation rows; the tickets they belong to get their escalated mark (and its queue
 * counter) again, whichever of ticket and escalation arrived first.
 */
export async function writeEscalations(db: ReplicaDb, puts: Escalation[], deletes: string[] = []): Promise<void> {
  if (!puts.length && !deletes.length) return;
  const gone = deletes.length ? (await db.escalations.bulkGet(deletes)).flatMap((e) => (e ? [e.ticketId] : [])) : [];
  if (puts.length) await db.escalations.bulkPut(puts);
  if (deletes.length) await db.escalations.bulkDelete(deletes);
  const ticketIds = [...new Set([...puts.map((e) => e.ticketId), ...gone])];
  const rows = (await db.tickets.bulkGet(ticketIds)).filter((r): r is TicketRow => !!r);
  const byTicket = await escalationsOf(db, rows);
  const changed = rows.filter((r) => !sameMark(r._escalation, arrivalOf(r, byTicket.get(r.id) ?? [])));
  if (changed.length) await writeTickets(db, changed.map(fromRow));
}

/** Put and delete customers; a new or renamed customer's tickets get their filter words again. */
export async function writeCustomers(db: ReplicaDb, incoming: Customer[], deletes: string[] = []): Promise<void> {
  if (!incoming.length && !deletes.length) return;
  const held = await db.customers.bulkGet(incoming.map((c) => c.id));
  // A customer held as it is is not written again (nor are its tickets' words).
  const kept = incoming.map((c, i) => [c, held[i]] as const).filter(([c, h]) => !sameRow(h, c));
  const puts = kept.map(([c]) => c);
  const renamed = kept.filter(([c, h]) => h && h.name !== c.name).map(([c]) => c.id);
  // A new customer's tickets can only be ones held without the name; usually there are none to look for
  // (a first sync brings 20,000 customers: 1,000 index lookups a slice for nothing).
  const fresh = kept.filter(([, h]) => !h).map(([c]) => c.id);
  const looked = fresh.length && !(await noOrphans(db)) ? fresh : [];
  if (puts.length) await db.customers.bulkPut(puts);
  if (deletes.length) await db.customers.bulkDelete(deletes);
  const touched = [...new Set([...renamed, ...looked, ...deletes])];
  if (!touched.length) return;
  const tickets = await db.tickets.where('customerId').anyOf(touched).toArray();
  if (!tickets.length) return;
  const names = await customerNames(db, tickets);
  const rows = tickets.map(({ _words: _w, ...r }) => ({ ...r, _customer: names.get(r.customerId) ?? '' }));
  const before = new Map(tickets.map((r) => [r.id, r]));
  await putRows(db, rows, before);
  await putWords(db, rows, before);
  const orphans = rows.filter(orphan).length - tickets.filter(orphan).length;
  if (orphans) await addToCounters(db, new Map([[NO_CUSTOMER, orphans]]));
}

/** Field by field, in any order (a row read back from IndexedDB keeps its fields' order, but not always ours). */
function sameRow(a: object | undefined, b: object): boolean {
  if (!a) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return ka.every((k) => k in y && JSON.stringify(x[k]) === JSON.stringify(y[k]));
}

/** Dexie tells live queries the index keys a write changes only for writes of fewer rows than this. */
const TRACKED_WRITE = 50;

/**
 * Puts ticket rows so that live queries learn the index keys each write left as well as the ones it took.
 * A plain put tells Dexie only the new row, so a queue window cannot know a row moved away from before it
 * unless it watches the whole queue; bulkUpdate reads the old rows first, and Dexie then reports old and
 * new keys of the indexes that changed (and nothing for a change no index holds). Bigger writes are
 * reported as touching every key anyway (Dexie's own limit), so they stay one bulkPut.
 */
async function putRows(db: ReplicaDb, rows: TicketRow[], before: Map<string, TicketRow | undefined>): Promise<void> {
  if (!rows.length) return;
  const existing = rows.filter((r) => before.get(r.id));
  if (rows.length >= TRACKED_WRITE || !existing.length) {
    await db.tickets.bulkPut(rows);
    return;
  }
  const fresh = rows.filter((r) => !before.get(r.id));
  if (fresh.length) await db.tickets.bulkPut(fresh);
  await db.tickets.bulkUpdate(existing.map((r) => ({ key: r.id, changes: replacing(before.get(r.id)!, r) })));
}

/** The changes that turn `old` into `row` (fields it lost are set undefined, which bulkUpdate deletes). */
function replacing(old: TicketRow, row: TicketRow): UpdateSpec<TicketRow> {
  const changes: Record<string, unknown> = { ...row };
  for (const k of Object.keys(old)) if (!(k in row)) changes[k] = undefined;
  return changes as UpdateSpec<TicketRow>;
}
