// Every path of the filter (few ids read and sorted, ids in queue order from the index walk, words
// checked on the rows) gives the window and count an oracle computes from all rows, at every offset —
// and so does the filter while the word index is still being built (every word checked on the rows).
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filteredWindow, type FilterTuning, type QueueIndex } from './queue-filter';
import { ALL_TABLES, createReplicaDb, type ReplicaDb, type TicketRow } from './schema';
import { searchTerms, ticketWords } from './search-words';
import { indexWordsSlice, markEmptyIndexed } from './word-index';
import { writeTickets } from './ticket-rows';
import { ticket } from '../test-support/builders';

const WORDS = ['refund', 'router', 'roaming', 'invoice', 'modem'];
let db: ReplicaDb;

/** Seeded (mulberry32), so a failure replays. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

beforeAll(async () => {
  db = createReplicaDb(`queue-filter-${Date.now()}`);
  await db.open();
  // Written with an index kept complete from the start, as on a replica that was empty.
  await markEmptyIndexed(db);
  const r = random(8);
  const all = Array.from({ length: 400 }, (_, i) => {
    const words = WORDS.filter(() => r() < 0.4).join(' ');
    return ticket(i + 1, { subject: `${words} case ${i}`, status: r() < 0.8 ? 'open' : 'closed', tier: r() < 0.7 ? 1 : 2 });
  });
  await db.transaction('rw', [...ALL_TABLES], () => writeTickets(db, all));
  // The same rows as a first sync writes them (no words), the index not built yet.
  building = createReplicaDb(`queue-filter-building-${Date.now()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await building.open();
  await building.transaction('rw', [...ALL_TABLES], () => writeTickets(building, all, [], { deferWords: true }));
});
afterAll(() => {
  db.close();
  building.close();
});
let building: ReplicaDb;

const tier1: QueueIndex = { index: '[_open+tier+_sort]', prefix: [1, 1], member: (t) => t._open === 1 && t.tier === 1 };

async function oracle(text: string): Promise<TicketRow[]> {
  const terms = searchTerms(text);
  const rows = await db.tickets.toArray();
  return rows
    .filter((t) => tier1.member(t) && terms.every((term) => ticketWords(t, t._customer).some((w) => w.startsWith(term.token))))
    .sort((a, b) => (a._sort < b._sort ? -1 : 1));
}

const TUNINGS: Record<string, FilterTuning> = {
  'few ids, read and sorted': { few: 10_000, dense: 10_000, keyChunk: 7, rowChunk: 5 },
  'ids in queue order': { few: 0, dense: 10_000, keyChunk: 7, rowChunk: 5 },
  'words checked on rows': { few: 0, dense: 0, keyChunk: 7, rowChunk: 5 },
  'one term by ids, one on rows': { few: 0, dense: 90, keyChunk: 7, rowChunk: 5 },
};

describe('filteredWindow', () => {
  for (const [path, tune] of Object.entries(TUNINGS)) {
    it(`gives the oracle's window and count (${path})`, async () => {
      for (const text of ['refund', 'ro', 'refund modem', 'invoice ro', 'nothing']) {
        const all = await oracle(text);
        for (const cap of [1000, 30]) {
          for (const offset of [0, 3, 25]) {
            const got = await filteredWindow(db, tier1, searchTerms(text), offset, 10, cap, tune);
            expect(got.count, `${text} cap ${cap}`).toBe(Math.min(all.length, cap));
            const want = all.slice(offset, Math.min(offset + 10, cap)).map((t) => t.number);
            expect(got.rows.map((t) => t.number), `${text} offset ${offset} cap ${cap}`).toEqual(want);
          }
        }
      }
    });
  }

  it("gives the oracle's window and count while the word index is being built, and once it is", async () => {
    expect(await building.words.count()).toBe(0);
    const check = async () => {
      for (const text of ['refund', 'ro', 'refund modem', 'nothing']) {
        const all = await oracle(text);
        for (const offset of [0, 25]) {
          const got = await filteredWindow(building, tier1, searchTerms(text), offset, 10, 1000);
          expect(got.count, text).toBe(all.length);
          expect(got.rows.map((t) => t.number), `${text} offset ${offset}`).toEqual(all.slice(offset, offset + 10).map((t) => t.number));
        }
      }
    };
    await check();
    // Half built: still every word checked on the rows, still exact.
    expect(await indexWordsSlice(building, 150)).toBe(false);
    expect(await building.words.count()).toBe(150);
    await check();
    let steps = 0;
    while (!(await indexWordsSlice(building, 150))) steps++;
    expect(steps).toBeLessThanOrEqual(2);
    expect(await building.words.count()).toBe(400);
    await check();
  });
});
