// A first sync of N tickets through the replica's real applyPulled path, page by page as a pull would
// deliver them, with every UI-thread task over 50 ms counted (PerformanceObserver 'longtask'); then the
// same rows through a raw IndexedDB bulk insert in the same run, for the ratio.
import type { Actor } from '../../src/shared/domain';
import { applyPulled } from '../../src/renderer/db/rebase';
import { createReplicaDb } from '../../src/renderer/db/schema';
import { toRow } from '../../src/renderer/db/ticket-rows';
import { indexWordsSlice } from '../../src/renderer/db/word-index';
import { ticketWords } from '../../src/renderer/db/search-words';
import { pulledPages } from './pulled-pages';

export const PER_PAGE = 2_400;

function watchLongTasks(): { stop(): { longest: number; over50: number } } {
  const durations: number[] = [];
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) durations.push(e.duration);
  });
  obs.observe({ type: 'longtask', buffered: false });
  return {
    stop() {
      for (const e of obs.takeRecords()) durations.push(e.duration);
      obs.disconnect();
      return { longest: Math.max(0, ...durations), over50: durations.filter((d) => d > 50).length };
    },
  };
}

const frame = () => new Promise<void>((ok) => setTimeout(ok, 0));

export async function firstSync(dbName: string, n: number, me: Actor, start: number) {
  const db = createReplicaDb(dbName);
  await db.open();
  await frame();
  const tasks = watchLongTasks();
  // Time spent writing pages (the pages' own building is not timed, as in rawInsert).
  let busy = 0;
  let cursor = 0;
  let firstPageMs = 0;
  for await (const page of pulledPages(n, PER_PAGE, start, me.id)) {
    cursor += page.tickets;
    const t0 = performance.now();
    // As the sync loop writes a first sync: tickets without their words (built afterwards, below).
    await applyPulled(db, me, { cursor, lastMutationId: 0, changes: page.changes }, { deferWords: true });
    busy += performance.now() - t0;
    if (!firstPageMs) firstPageMs = busy;
    // The bridge hands the next page over in a later task.
    await frame();
  }
  const seconds = busy / 1000;
  const w0 = performance.now();
  while (!(await indexWordsSlice(db))) await frame();
  const wordsSeconds = (performance.now() - w0) / 1000;
  const longTasks = tasks.stop();
  db.close();
  return { syncRowsPerS: n / seconds, syncSeconds: seconds, wordsSeconds, firstPageInMs: firstPageMs, longestTaskMs: longTasks.longest, tasksOver50: longTasks.over50 };
}

function req(r: IDBRequest | IDBTransaction): Promise<void> {
  return new Promise((ok, fail) => {
    if (r instanceof IDBTransaction) {
      r.oncomplete = () => ok();
      r.onerror = () => fail(r.error);
    } else {
      r.onsuccess = () => ok();
      r.onerror = () => fail(r.error);
    }
  });
}

/** The replica's indexes on tickets and messages (schema.ts, version 3), for the raw insert with indexes. */
const TICKET_INDEXES: [string, string | string[], boolean][] = [
  ['a', ['_open', '_assignee', '_sort'], false],
  ['b', ['_open', 'tier', '_assignee', '_sort'], false],
  ['c', ['_open', 'tier', '_sort'], false],
  ['d', ['_open', 'tier', '_escalated', '_sort'], false],
  ['customerId', 'customerId', false],
  ['number', 'number', false],
  ['_words', '_words', true],
];

/**
 * The same rows (tickets with their local fields, messages, customers) into keyed stores: plain, or with
 * the replica's indexes (what IndexedDB itself costs for them, without Dexie or the replica's logic).
 * Page building is not timed.
 */
export async function rawInsert(dbName: string, n: number, me: Actor, start: number, withIndexes: boolean | 'no-words'): Promise<number> {
  const open = indexedDB.open(dbName, 1);
  open.onupgradeneeded = () => {
    for (const s of ['tickets', 'messages', 'customers']) {
      const store = open.result.createObjectStore(s, { keyPath: 'id' });
      const indexes = withIndexes === 'no-words' ? TICKET_INDEXES.filter(([name]) => name !== '_words') : TICKET_INDEXES;
      if (withIndexes && s === 'tickets') for (const [name, path, multiEntry] of indexes) store.createIndex(name, path, { multiEntry });
      if (withIndexes && s === 'messages') store.createIndex('m', ['ticketId', 'createdAt']);
    }
  };
  await req(open);
  const idb = open.result;
  let busy = 0;
  for await (const page of pulledPages(n, PER_PAGE, start, me.id)) {
    const t0 = performance.now();
    const tx = idb.transaction(['tickets', 'messages', 'customers'], 'readwrite');
    for (const c of page.changes) {
      // The row as it was written with its words on it (the index the no-words variant leaves out).
      if (c.entity === 'ticket') tx.objectStore('tickets').put({ ...toRow(c.value), _words: ticketWords(c.value, 'Customer1 Surname1') });
      else if (c.entity === 'message') tx.objectStore('messages').put(c.value);
      else if (c.entity === 'customer') tx.objectStore('customers').put(c.value);
    }
    await req(tx);
    busy += performance.now() - t0;
  }
  const rate = n / (busy / 1000);
  idb.close();
  indexedDB.deleteDatabase(dbName);
  return rate;
}
