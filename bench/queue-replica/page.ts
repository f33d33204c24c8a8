// Runs in Chromium: fills a replica with N tickets through the app's own write path (writeTickets keeps
// the index fields and counters) and times the queue reads the UI makes. Bundled by ../queue-replica.ts.
import { uuidv7 } from '../../src/shared/uuid';
import { newTicket } from '../../src/shared/new-ticket';
import type { Agent, Channel, Priority, Ticket, TicketStatus, Tier } from '../../src/shared/domain';
import { createReplicaDb } from '../../src/renderer/db/schema';
import { writeTickets } from '../../src/renderer/db/ticket-rows';
import { filteredQueue, queueCount, queuePage, type QueueKey } from '../../src/renderer/db/queries';
import { firstSync, rawInsert } from './first-sync';
import { edits, reload } from './after-sync';

const CHANNELS: Channel[] = ['phone', 'email', 'chat', 'social', 'web'];
const PRIORITIES: Priority[] = ['low', 'normal', 'normal', 'high', 'urgent'];
const STATUSES: TicketStatus[] = ['new', 'open', 'open', 'pending', 'on_hold', 'solved', 'closed'];
const WORDS = ['router', 'invoice', 'password', 'delivery', 'refund', 'outage', 'upgrade', 'roaming', 'modem', 'contract'];

function makeTicket(i: number, me: Agent, start: number): Ticket {
  const priority = PRIORITIES[i % PRIORITIES.length]!;
  const createdAt = new Date(start + i * 7_000).toISOString();
  const tier = ((i % 10) < 7 ? 1 : (i % 10) < 9 ? 2 : 3) as Tier;
  const v = i + 1;
  const born = newTicket(createdAt, {
    id: uuidv7(),
    subject: `${WORDS[i % WORDS.length]} question ${i}`,
    channel: CHANNELS[i % CHANNELS.length]!,
    priority,
    status: STATUSES[i % STATUSES.length]!,
    tier,
    assigneeId: i % 3 === 0 ? null : i % 50 === 1 ? me.id : `agent-${i % 40}`,
    customerId: `customer-${i % 5000}`,
    customerUnverified: false,
  });
  return { ...born, number: i + 1, firstResponseAt: i % 2 ? createdAt : null, version: v, statusVersion: v, assigneeVersion: v, tierVersion: v };
}

async function timed<T>(f: () => Promise<T>, runs = 5): Promise<{ ms: number; value: T }> {
  let value = await f(); // warm
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    value = await f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, value };
}

export async function run(n: number): Promise<Record<string, number>> {
  const me: Agent = { id: 'agent-me', name: 'Bench Agent', email: 'bench@demo.local', role: 'agent', tier: 1, presence: 'available', version: 1 } as Agent;
  const db = createReplicaDb(`bench-${Date.now()}`);
  await db.open();
  const start = Date.now() - n * 7_000;
  await db.customers.bulkPut(
    Array.from({ length: 5000 }, (_, c) => ({
      id: `customer-${c}`, name: `Customer${c} Surname${c}`, email: `c${c}@example.com`, phone: null, language: 'en',
      preferredChannel: 'email' as const, vip: false, notes: '', createdAt: new Date(start).toISOString(), updatedAt: new Date(start).toISOString(), version: 1,
    })),
  );
  const t0 = performance.now();
  const BATCH = 2_000;
  for (let i = 0; i < n; i += BATCH) {
    const batch: Ticket[] = [];
    for (let j = i; j < Math.min(n, i + BATCH); j++) batch.push(makeTicket(j, me, start));
    await db.transaction('rw', [db.tickets, db.counters, db.customers, db.escalations, db.words, db.meta], () => writeTickets(db, batch));
  }
  const fill = performance.now() - t0;
  // The list reads 50-row pages; a filter its first window of 100 rows and its count up to 500
  // (FILTER_LIMIT in use-queue-rows.ts), as the list asks for them.
  const page = (q: QueueKey, offset: number, text?: string) => () =>
    text ? filteredQueue(db, me, q, { offset, limit: 100, text, cap: 500 }).then((r) => r.rows) : queuePage(db, me, q, { offset, limit: 50 });
  const tier: QueueKey = { kind: 'tier', tier: 1 };
  const counts = await timed(() => Promise.all([queueCount(db, me, { kind: 'mine' }), queueCount(db, me, { kind: 'unassigned', tier: 1 }), queueCount(db, me, tier)]));
  const first = await timed(page(tier, 0));
  const deep = await timed(page(tier, Math.floor(counts.value[2] / 2)));
  const mine = await timed(page({ kind: 'mine' }, 0));
  const filtered = await timed(page(tier, 0, 'refund'));
  const everyTicket = await timed(page(tier, 0, 'question'));
  const customer = await timed(page(tier, 0, 'surname4321'));
  const rare = await timed(page(tier, 0, '#' + String(n - 3)));
  const one = makeTicket(n + 1, me, start);
  const write = await timed(() => db.transaction('rw', [db.tickets, db.counters, db.customers, db.escalations, db.words, db.meta], () => writeTickets(db, [{ ...one, version: one.version + Math.random() }])));
  db.close();
  return {
    tickets: n,
    openInTier1: counts.value[2],
    fillSeconds: fill / 1000,
    countsMs: counts.ms,
    firstPageMs: first.ms,
    middlePageMs: deep.ms,
    minePageMs: mine.ms,
    filterCommonWordMs: filtered.ms,
    filterEveryTicketWordMs: everyTicket.ms,
    filterCustomerNameMs: customer.ms,
    filterRareNumberMs: rare.ms,
    oneTicketWriteMs: write.ms,
  };
}

/** First sync through applyPulled, raw insert, reload, local edits (bench:queue with SYNC=N). */
export async function runSync(n: number, editCount: number): Promise<Record<string, number>> {
  const me = { id: '0190ffff-0000-7000-8000-000000000001', name: 'Bench Agent', email: 'bench@demo.local', role: 'agent', tier: 1, presence: 'available', version: 1 } as Agent;
  const start = Date.now() - n * 7_000;
  const name = `sync-${Date.now()}`;
  const sync = await firstSync(name, n, me, start);
  const raw = await rawInsert(`raw-${name}`, n, me, start, false);
  const rawIndexed = await rawInsert(`raw-indexed-${name}`, n, me, start, true);
  const rawNoWords = await rawInsert(`raw-nowords-${name}`, n, me, start, 'no-words');
  const re = await reload(name, me);
  const ed = await edits(name, me, editCount);
  indexedDB.deleteDatabase(name);
  return { ...sync, rawRowsPerS: raw, ratio: sync.syncRowsPerS / raw, rawIndexedRowsPerS: rawIndexed, ratioIndexed: sync.syncRowsPerS / rawIndexed, rawNoWordsRowsPerS: rawNoWords, ...re, ...ed };
}
