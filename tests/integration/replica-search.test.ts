// Queue filters on the replica (fake-indexeddb): word-prefix matches over subject, customer name and
// number, exact #numbers, every word required, queue order kept — checked against a brute-force oracle.
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Customer, Ticket } from '../../src/shared/domain';
import { isOpen, queueSortKey } from '../../src/shared/index';
import { customer, ticket } from '../../src/shared/test-fixtures';
import { createReplicaDb } from '../../src/renderer/db/schema';
import { queuePage, type QueueKey } from '../../src/renderer/db/queries';
import { filteredPage } from '../../src/renderer/db/queue-filter';
import { searchTerms } from '../../src/renderer/db/search-words';
import { anna, bela, setup, tid } from './support/replica-harness';

const cid = (n: number) => tid(0x100000 + n);
const CUSTOMERS: Customer[] = [
  customer({ id: cid(0), name: 'Līga Ozola' }),
  customer({ id: cid(1), name: 'Jürgen Weiß' }),
  customer({ id: cid(2), name: 'Routh Invoicer' }),
];
const SUBJECTS = ['Router keeps rebooting', 'Invoice charged twice', 'Roaming in Norway', 'Refund for router', 'Password reset'];

function makeTickets(n: number): Ticket[] {
  return Array.from({ length: n }, (_, i) =>
    ticket({
      id: tid(i + 1), number: 100 + i, subject: `${SUBJECTS[i % SUBJECTS.length]} ${i}`, customerId: cid(i % CUSTOMERS.length),
      tier: (1 + (i % 2)) as 1 | 2, status: i % 7 === 0 ? 'solved' : 'open', assigneeId: i % 4 === 0 ? anna.id : null,
      priority: (['low', 'normal', 'high', 'urgent'] as const)[i % 4],
      createdAt: new Date(Date.UTC(2026, 10, 20, 0, i)).toISOString(),
    }),
  );
}

// The oracle: written from the rule, not from the index code.
const plain = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
function oracle(tickets: Ticket[], customers: Customer[], q: QueueKey, text: string): number[] {
  const names = new Map(customers.map((c) => [c.id, c.name]));
  const inQueue = (t: Ticket) =>
    isOpen(t.status) && (q.kind === 'mine' ? t.assigneeId === anna.id : t.tier === q.tier && (q.kind === 'tier' || t.assigneeId === null));
  const matches = (t: Ticket) =>
    text.split(/\s+/).filter(Boolean).every((term) => {
      if (/^#\d+$/.test(term)) return `#${t.number}` === term;
      const wordsOf = plain(`${t.subject} ${names.get(t.customerId) ?? ''} ${t.number}`).split(/[^a-z0-9]+/);
      return plain(term).split(/[^a-z0-9]+/).filter(Boolean).every((w) => wordsOf.some((x) => x.startsWith(w)));
    });
  return tickets
    .filter((t) => inQueue(t) && matches(t))
    .sort((a, b) => (`${queueSortKey(a)}|${a.id}` < `${queueSortKey(b)}|${b.id}` ? -1 : 1))
    .map((t) => t.number!);
}

const QUERIES: [QueueKey, string][] = [
  [{ kind: 'tier', tier: 1 }, 'rout'],
  [{ kind: 'tier', tier: 1 }, 'router ozola'],
  [{ kind: 'unassigned', tier: 2 }, 'INVOIC'],
  [{ kind: 'mine' }, 'jurgen'],
  [{ kind: 'tier', tier: 2 }, 'liga refund'],
  [{ kind: 'tier', tier: 1 }, '#104'],
  [{ kind: 'tier', tier: 1 }, '#105'],
  [{ kind: 'tier', tier: 2 }, '11'],
  [{ kind: 'tier', tier: 1 }, 'nothing-like-this'],
];

describe('queue filter (fake-indexeddb)', () => {
  it('finds by word prefix, customer name without diacritics, exact #number and every word, in queue order', async () => {
    const { replica, pull } = await setup();
    const tickets = makeTickets(240);
    await pull([{ entity: 'agent', value: anna }, ...CUSTOMERS.map((value) => ({ entity: 'customer' as const, value })), ...tickets.map((value) => ({ entity: 'ticket' as const, value }))], 1);
    for (const [q, text] of QUERIES) {
      const want = oracle(tickets, CUSTOMERS, q, text);
      const got = await queuePage(replica.db, anna, q, { offset: 0, limit: 1000, text });
      expect(got.map((t) => t.number), `${q.kind} "${text}"`).toEqual(want);
      expect((await queuePage(replica.db, anna, q, { offset: 1, limit: 2, text })).map((t) => t.number)).toEqual(want.slice(1, 3));
    }
    expect(oracle(tickets, CUSTOMERS, { kind: 'tier', tier: 1 }, 'router ozola').length).toBeGreaterThan(3);
    expect((await queuePage(replica.db, anna, { kind: 'tier', tier: 1 }, { offset: 0, limit: 5, text: '#104' })).map((t) => t.number)).toEqual([104]);
  });

  it('keeps queue order when a word matches thousands of tickets', async () => {
    const { replica, pull } = await setup();
    const tickets = makeTickets(6000); // "r" matches over 2,000 open tier 1 tickets: past the few-matches path
    await pull([{ entity: 'agent', value: anna }, ...CUSTOMERS.map((value) => ({ entity: 'customer' as const, value })), ...tickets.map((value) => ({ entity: 'ticket' as const, value }))], 1);
    const q: QueueKey = { kind: 'tier', tier: 1 };
    for (const text of ['r', 'router', 'rout liga']) {
      const want = oracle(tickets, CUSTOMERS, q, text);
      const got = await queuePage(replica.db, anna, q, { offset: 37, limit: 50, text });
      expect(got.map((t) => t.number), text).toEqual(want.slice(37, 87));
    }
    expect(oracle(tickets, CUSTOMERS, q, 'r').length).toBeGreaterThan(2000);
  }, 60_000);

  it('re-indexes a ticket when its customer arrives later or is renamed, and through a local edit', async () => {
    const { replica, pull } = await setup();
    const t = ticket({ id: tid(1), number: 501, subject: 'Dropped calls', customerId: cid(7) });
    await pull([{ entity: 'agent', value: anna }, { entity: 'ticket', value: t }], 1);
    const find = async (text: string) => (await queuePage(replica.db, anna, { kind: 'tier', tier: 1 }, { offset: 0, limit: 10, text })).map((x) => x.number);
    expect(await find('dropped')).toEqual([501]);
    expect(await find('marta')).toEqual([]);
    await pull([{ entity: 'customer', value: customer({ id: cid(7), name: 'Marta Bērziņa' }) }], 2);
    expect(await find('marta berzina')).toEqual([501]);
    await pull([{ entity: 'customer', value: customer({ id: cid(7), name: 'Marta Kalniņa', version: 2 }) }], 3);
    expect(await find('berzina')).toEqual([]);
    expect(await find('kalnina')).toEqual([501]);
    // A local ticket edit keeps the words (the customer's name included).
    expect(await replica.mutate('setPriority', { ticketId: t.id, priority: 'urgent' })).toEqual({ ok: true });
    expect(await find('kalnina dropped')).toEqual([501]);
    expect(bela.tier).toBe(1);
  });

  it('upgrades a version 1 replica: existing tickets get their words', async () => {
    const factory = new IDBFactory();
    const v1 = new Dexie('upgrade-me', { indexedDB: factory, IDBKeyRange });
    v1.version(1).stores({
      tickets: '&id, [_open+_assignee+_sort], [_open+tier+_assignee+_sort], [_open+tier+_sort], customerId, number',
      messages: '&id, [ticketId+createdAt]', customers: '&id', agents: '&id', escalations: '&id, ticketId',
      history: '&id, ticketId, customerId', outbox: '&id, ticketId', meta: '&key', shadows: '&key', counters: '&key',
    });
    const t = ticket({ id: tid(9), number: 909, subject: 'Fibre install', customerId: cid(0) });
    await v1.table('customers').put(CUSTOMERS[0]);
    await v1.table('tickets').put({ ...t, _open: 1, _assignee: '', _sort: `${queueSortKey(t)}|${t.id}` });
    v1.close();
    const db = createReplicaDb('upgrade-me', { indexedDB: factory, IDBKeyRange });
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2); // version 2 added the words; later versions keep them
    expect((await queuePage(db, anna, { kind: 'tier', tier: 1 }, { offset: 0, limit: 5, text: 'ozola fib' })).map((x) => x.number)).toEqual([909]);
    db.close();
  });
});

describe('queue filter paths', () => {
  it('gives the same pages whether it reads matches directly, walks the queue keys, or checks words on rows', async () => {
    const { replica, pull } = await setup();
    const tickets = makeTickets(600);
    await pull([{ entity: 'agent', value: anna }, ...CUSTOMERS.map((value) => ({ entity: 'customer' as const, value })), ...tickets.map((value) => ({ entity: 'ticket' as const, value }))], 1);
    const q: QueueKey = { kind: 'tier', tier: 1 };
    const queue = {
      index: '[_open+tier+_sort]', prefix: [1, 1],
      member: (t: { _open: number; tier: number }) => t._open === 1 && t.tier === 1,
    };
    const paths = {
      direct: { few: 10_000, dense: 10_000, keyChunk: 7, rowChunk: 7 },
      keys: { few: 1, dense: 10_000, keyChunk: 7, rowChunk: 7 },
      rows: { few: 1, dense: 1, keyChunk: 7, rowChunk: 7 },
      mixed: { few: 1, dense: 220, keyChunk: 7, rowChunk: 7 }, // "router" (240) on rows, "liga" (200) by keys
    };
    for (const text of ['router', 'router liga', 'r', '#130', 'jurgen refund']) {
      const want = oracle(tickets, CUSTOMERS, q, text);
      for (const [name, tune] of Object.entries(paths)) {
        for (const [offset, limit] of [[0, 1000], [3, 11]] as const) {
          const got = await filteredPage(replica.db, queue as never, searchTerms(text), offset, limit, tune);
          expect(got.map((t) => t.number), `${name} "${text}" ${offset}+${limit}`).toEqual(want.slice(offset, offset + limit));
        }
      }
    }
    expect(oracle(tickets, CUSTOMERS, q, 'router liga').length).toBeGreaterThan(11);
  });
});
