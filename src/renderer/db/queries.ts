// All read access for the UI. Queues are one indexed range query each, ordered by the _sort key
// (SLA urgency, priority, age); counts come from maintained counters; text filters from the word index (word-index.ts).
import Dexie from 'dexie';
import type { Agent, Customer, Escalation, Message, Ticket, Tier } from '../../shared/domain';
import { filteredPage, filteredWindow, type FilteredWindow } from './queue-filter';
import { searchTerms } from './search-words';
import type { ReplicaDb, TicketRow } from './schema';
import { keysAt } from './window-keys';
import { pendingOf } from './pending-counts';

export type QueueKey =
  | { kind: 'mine' }
  | { kind: 'unassigned'; tier: Tier }
  | { kind: 'tier'; tier: Tier }
  /** Open tickets an escalation brought into the tier (and no hand-back took out since). */
  | { kind: 'escalated'; tier: Tier };

function queueRange(me: Agent, q: QueueKey): { index: string; prefix: (string | number)[] } {
  switch (q.kind) {
    case 'mine':
      return { index: '[_open+_assignee+_sort]', prefix: [1, me.id] };
    case 'unassigned':
      return { index: '[_open+tier+_assignee+_sort]', prefix: [1, q.tier, ''] };
    case 'tier':
      return { index: '[_open+tier+_sort]', prefix: [1, q.tier] };
    case 'escalated':
      return { index: '[_open+tier+_escalated+_sort]', prefix: [1, q.tier, 1] };
  }
}

export function counterKeyOf(me: Agent, q: QueueKey): string {
  return q.kind === 'mine' ? `mine:${me.id}` : `${q.kind}:${q.tier}`;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function memberOf(me: Agent, q: QueueKey): (t: TicketRow) => boolean {
  switch (q.kind) {
    case 'mine':
      return (t) => t._open === 1 && t._assignee === me.id;
    case 'unassigned':
      return (t) => t._open === 1 && t.tier === q.tier && t._assignee === '';
    case 'tier':
      return (t) => t._open === 1 && t.tier === q.tier;
    case 'escalated':
      return (t) => t._open === 1 && t.tier === q.tier && t._escalated === 1;
  }
}

/**
 * Rows with their local fields (the queue row shows the escalated mark). In a live query it watches only
 * the window's own key range (window-keys.ts), plus, past the top, the rows before it (a row entering
 * there shifts the window) and the queue's counter (so does one leaving).
 */
export async function queuePage(db: ReplicaDb, me: Agent, q: QueueKey, opts: { offset: number; limit: number; text?: string }): Promise<TicketRow[]> {
  const { index, prefix } = queueRange(me, q);
  const terms = opts.text ? searchTerms(opts.text) : [];
  if (terms.length) return filteredPage(db, { index, prefix, member: memberOf(me, q) }, terms, opts.offset, opts.limit);
  const lo = [...prefix, Dexie.minKey];
  const hi = [...prefix, Dexie.maxKey];
  const where = () => db.tickets.where(index);
  const { offset, limit } = opts;
  const edges = await keysAt(db, 'tickets', index, lo, hi, [offset, offset + limit - 1]);
  if (!edges) return slowPage(db, index, lo, hi, offset, limit);
  const [first, last] = edges;
  if (first === undefined) {
    // Past the end: watch the whole queue (rows arriving anywhere may reach this far).
    await where().between(lo, hi, true, true).limit(1).primaryKeys();
    return [];
  }
  const start = offset === 0 ? lo : first;
  const [rows] = await Promise.all([
    where()
      .between(start, last ?? hi, true, true)
      .limit(limit)
      .toArray(),
    offset > 0 ? where().between(lo, first, true, false).limit(1).primaryKeys() : undefined,
    offset > 0 ? db.counters.get(counterKeyOf(me, q)) : undefined,
  ]);
  return rows;
}

/** Before the database is open: the plain Dexie read (it watches the whole queue). */
async function slowPage(db: ReplicaDb, index: string, lo: unknown[], hi: unknown[], offset: number, limit: number): Promise<TicketRow[]> {
  const range = () => db.tickets.where(index).between(lo, hi, true, true);
  if (offset === 0) return range().limit(limit).toArray();
  // An offset makes Dexie walk a cursor, one round trip a row: find the first row's key by skipping (one
  // advance), then read the window from it in one getAll (index keys are unique).
  const [start] = (await range().offset(offset).limit(1).keys()) as unknown[];
  if (start === undefined) return [];
  return db.tickets.where(index).between(start, hi, true, true).limit(limit).toArray();
}

/** A filtered queue's window and its match count, counted up to `cap` (queue-filter.ts). */
export function filteredQueue(db: ReplicaDb, me: Agent, q: QueueKey, opts: { offset: number; limit: number; text: string; cap: number }): Promise<FilteredWindow> {
  const { index, prefix } = queueRange(me, q);
  return filteredWindow(db, { index, prefix, member: memberOf(me, q) }, searchTerms(opts.text), opts.offset, opts.limit, opts.cap);
}

export async function queueCount(db: ReplicaDb, me: Agent, q: QueueKey): Promise<number> {
  return (await db.counters.get(counterKeyOf(me, q)))?.n ?? 0;
}

/**
 * Runs several of these reads in one read transaction: a live query then holds one transaction, not one
 * per read (a local edit's read-write transaction waits for every read transaction open on its tables).
 */
export function inOneRead<T>(db: ReplicaDb, read: () => Promise<T>): Promise<T> {
  return db.transaction('r', [db.tickets, db.messages, db.escalations, db.customers, db.agents, db.outbox, db.counters], read);
}

export function ticketById(db: ReplicaDb, id: string): Promise<Ticket | undefined> {
  return db.tickets.get(id);
}

/** Server order: createdAt, then id. */
export async function messagesOf(db: ReplicaDb, ticketId: string): Promise<Message[]> {
  const rows = await db.messages.where('[ticketId+createdAt]').between([ticketId, Dexie.minKey], [ticketId, Dexie.maxKey]).toArray();
  // Index order is createdAt; equal instants are rare, so the id tie-break is a cheap in-memory pass.
  return rows.sort((a, b) => cmp(a.createdAt, b.createdAt) || cmp(a.id, b.id));
}

export function customerById(db: ReplicaDb, id: string): Promise<Customer | undefined> {
  return db.customers.get(id);
}

/** Newest first. */
export async function ticketsOfCustomer(db: ReplicaDb, customerId: string): Promise<Ticket[]> {
  const rows = await db.tickets.where('customerId').equals(customerId).toArray();
  return rows.sort((a, b) => cmp(b.createdAt, a.createdAt));
}

export async function escalationsOf(db: ReplicaDb, ticketId: string): Promise<Escalation[]> {
  const rows = await db.escalations.where('ticketId').equals(ticketId).toArray();
  return rows.sort((a, b) => cmp(a.createdAt, b.createdAt) || cmp(a.id, b.id));
}

export async function agentsById(db: ReplicaDb): Promise<Map<string, Agent>> {
  return new Map((await db.agents.toArray()).map((a) => [a.id, a]));
}

/** The named agents (a queue page's escalating agents): one bulk read, not the whole table. */
export async function agentsByIds(db: ReplicaDb, ids: string[]): Promise<Map<string, Agent>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  return new Map((await db.agents.bulkGet(unique)).flatMap((a) => (a ? [[a.id, a] as const] : [])));
}

/** Names of the given customers: one bulk read. */
export async function customerNames(db: ReplicaDb, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  return new Map((await db.customers.bulkGet(unique)).flatMap((c) => (c ? [[c.id, c.name] as const] : [])));
}

/**
 * Unsynced local changes per ticket, for a page of tickets: one bulkGet of their counter rows. (Measured
 * before: a count request per ticket made an edit wait ~40 ms for 200 of them; an anyOf walk of the outbox
 * woke for nearly every edit.)
 */
export async function pendingByTicket(db: ReplicaDb, ticketIds: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (!ticketIds.length) return counts;
  // The per-ticket counter rows (pending-counts.ts): one bulkGet, watched key by key, so an edit to a
  // ticket not on screen does not wake the markers (an anyOf walk of the outbox watched the whole span of
  // ids on screen, which nearly every edit fell into).
  for (const [id, n] of await pendingOf(db, ticketIds)) counts.set(id, n);
  return counts;
}

/** Unsynced local changes on that ticket. */
export async function pendingCountOf(db: ReplicaDb, ticketId: string): Promise<number> {
  // Its counter row, not an outbox count: a live query over count() woke for every outbox write, so the
  // open ticket re-read all its parts on any edit to any ticket.
  return (await pendingOf(db, [ticketId])).get(ticketId) ?? 0;
}

/** Changes in the outbox: made here, not yet processed by the server (small table: a count is cheap). */
export function pendingChangeCount(db: ReplicaDb): Promise<number> {
  return db.outbox.count();
}
