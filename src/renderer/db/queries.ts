// All read access for the UI. Queues are one indexed range query each, ordered by the _sort key
// (SLA urgency, priority, age); counts come from maintained counters.
import Dexie from 'dexie';
import type { Agent, Customer, Escalation, Message, Ticket, Tier } from '../../shared/domain';
import type { ReplicaDb, TicketRow } from './schema';

export type QueueKey = { kind: 'mine' } | { kind: 'unassigned'; tier: Tier } | { kind: 'tier'; tier: Tier };

function queueRange(me: Agent, q: QueueKey): { index: string; prefix: (string | number)[] } {
  switch (q.kind) {
    case 'mine':
      return { index: '[_open+_assignee+_sort]', prefix: [1, me.id] };
    case 'unassigned':
      return { index: '[_open+tier+_assignee+_sort]', prefix: [1, q.tier, ''] };
    case 'tier':
      return { index: '[_open+tier+_sort]', prefix: [1, q.tier] };
  }
}

export function counterKeyOf(me: Agent, q: QueueKey): string {
  return q.kind === 'mine' ? `mine:${me.id}` : `${q.kind}:${q.tier}`;
}

const TEXT_CHUNK = 200;
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export async function queuePage(db: ReplicaDb, me: Agent, q: QueueKey, opts: { offset: number; limit: number; text?: string }): Promise<Ticket[]> {
  const { index, prefix } = queueRange(me, q);
  const hi = [...prefix, Dexie.maxKey];
  const text = opts.text?.trim().toLowerCase();
  if (!text) {
    return db.tickets.where(index).between([...prefix, Dexie.minKey], hi, true, true).offset(opts.offset).limit(opts.limit).toArray();
  }
  // Walk the queue index in key order, a chunk at a time, until the page is full.
  const wanted = opts.offset + opts.limit;
  const found: TicketRow[] = [];
  let lo: unknown[] = [...prefix, Dexie.minKey];
  let inclusive = true;
  for (;;) {
    const chunk = await db.tickets.where(index).between(lo, hi, inclusive, true).limit(TEXT_CHUNK).toArray();
    if (!chunk.length) break;
    const customers = await db.customers.bulkGet([...new Set(chunk.map((t) => t.customerId))]);
    const names = new Map(customers.filter((c): c is Customer => !!c).map((c) => [c.id, c.name.toLowerCase()]));
    for (const t of chunk) {
      if (
        t.subject.toLowerCase().includes(text) ||
        (t.number !== null && (String(t.number) === text.replace(/^#/, '') || String(t.number).includes(text))) ||
        names.get(t.customerId)?.includes(text)
      ) {
        found.push(t);
      }
    }
    if (found.length >= wanted || chunk.length < TEXT_CHUNK) break;
    lo = [...prefix, chunk[chunk.length - 1]!._sort];
    inclusive = false;
  }
  return found.slice(opts.offset, wanted);
}

export async function queueCount(db: ReplicaDb, me: Agent, q: QueueKey): Promise<number> {
  return (await db.counters.get(counterKeyOf(me, q)))?.n ?? 0;
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

/** Unsynced local changes on that ticket. */
export function pendingCountOf(db: ReplicaDb, ticketId: string): Promise<number> {
  return db.outbox.where('ticketId').equals(ticketId).count();
}
