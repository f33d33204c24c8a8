// A queue filtered by text, from the word index (word-index.ts), without reading the whole queue when a word is rare
// and without reading every match when a word is common:
//  - few matches (≤ few): read those rows, keep the queue's, sort by _sort;
//  - more (≤ dense): walk the queue's index keys in order, keep the matching ids (that is the count), and
//    read only the window's rows;
//  - a word on more tickets than dense: check it on the rows while walking the queue (it fills pages fast).
import Dexie from 'dexie';
import type { SearchTerm } from './search-words';
import type { ReplicaDb, TicketRow } from './schema';
import { rowWords, wordsState } from './word-index';

export interface FilterTuning {
  few: number;
  dense: number;
  keyChunk: number;
  rowChunk: number;
}
/**
 * few: at most this many candidates are read and sorted in memory (more costs more than walking keys);
 * dense: a word on more tickets is checked on the rows instead of through its ids.
 */
const TUNING: FilterTuning = { few: 500, dense: 20_000, keyChunk: 5_000, rowChunk: 500 };

export interface QueueIndex {
  index: string;
  prefix: (string | number)[];
  member(t: TicketRow): boolean;
}

const hasWord = (words: string[], t: SearchTerm) => (t.exact ? words.includes(t.token) : words.some((w) => w.startsWith(t.token)));
const present = (t: TicketRow | undefined): t is TicketRow => !!t;

export interface FilteredWindow {
  /** The rows [offset, offset + limit) of the matches, in queue order. */
  rows: TicketRow[];
  /** How many tickets of the queue match, counted up to `cap` (cap means "at least cap"). */
  count: number;
}

/**
 * The window of a filtered queue and its match count (up to `cap`). With every term answered by the
 * index, the count comes from walking index keys alone and only the window's rows are read; a term
 * checked on the rows (too common for its ids) makes it read the rows it counts. `tune` lets tests drive
 * every path on small data.
 */
export async function filteredWindow(
  db: ReplicaDb,
  queue: QueueIndex,
  terms: SearchTerm[],
  offset: number,
  limit: number,
  cap: number,
  tune: FilterTuning = TUNING,
): Promise<FilteredWindow> {
  const end = Math.min(offset + limit, cap);
  const { ids, onRows } = await candidates(db, terms, tune);
  if (ids && !ids.size) return { rows: [], count: 0 };
  const matches = (t: TicketRow) => queue.member(t) && onRows.every((term) => hasWord(rowWords(t), term));

  if (ids && ids.size <= tune.few) {
    const rows = (await db.tickets.bulkGet([...ids])).filter(present).filter(matches);
    // _sort keys are unique (they end in the id).
    rows.sort((a, b) => (a._sort < b._sort ? -1 : 1));
    return { rows: rows.slice(offset, end), count: Math.min(rows.length, cap) };
  }
  if (ids && !onRows.length) {
    const order = await idsInQueueOrder(db, queue, ids, cap, tune.keyChunk);
    const rows = (await db.tickets.bulkGet(order.slice(offset, end))).filter(present).filter(matches);
    return { rows, count: order.length };
  }
  const found = await matchingRows(db, queue, ids, matches, cap, tune);
  return { rows: found.slice(offset, end), count: found.length };
}

/** The rows [offset, offset + limit) of the matches (counting only as far as the window's end). */
export async function filteredPage(db: ReplicaDb, queue: QueueIndex, terms: SearchTerm[], offset: number, limit: number, tune: FilterTuning = TUNING): Promise<TicketRow[]> {
  return (await filteredWindow(db, queue, terms, offset, limit, offset + limit, tune)).rows;
}

/**
 * The ids every index-answered term allows (undefined: no term was), and the terms to check on rows.
 * While the word index is being built (word-index.ts) every term is checked on the rows: slower, exact.
 */
async function candidates(db: ReplicaDb, terms: SearchTerm[], tune: FilterTuning): Promise<{ ids: Set<string> | undefined; onRows: SearchTerm[] }> {
  if (!(await wordsState(db)).done) return { ids: undefined, onRows: [...terms] };
  let ids: Set<string> | undefined;
  const onRows: SearchTerm[] = [];
  for (const term of [...terms].sort((a, b) => b.token.length - a.token.length)) {
    const where = db.words.where('w');
    const keys = await (term.exact ? where.equals(term.token) : where.startsWith(term.token)).limit(tune.dense + 1).primaryKeys();
    if (keys.length > tune.dense) {
      onRows.push(term);
      continue;
    }
    const next = new Set<string>();
    for (const k of keys) if (!ids || ids.has(k)) next.add(k);
    ids = next;
    if (!ids.size) break;
  }
  return { ids, onRows };
}

/**
 * The queue's ticket ids in order, a chunk at a time. primaryKeys() on an index is one getAllKeys; keys()
 * would walk a cursor, one round trip per key (1,800 keys took 3.8 s in fake-indexeddb, against 10 ms).
 * The next chunk starts after the last one's sort key, which one get() of its last row gives.
 */
async function* queueIds(db: ReplicaDb, queue: QueueIndex, chunk: number): AsyncGenerator<string[]> {
  const hi = [...queue.prefix, Dexie.maxKey];
  let lo: unknown[] = [...queue.prefix, Dexie.minKey];
  let inclusive = true;
  for (;;) {
    const ids = (await db.tickets.where(queue.index).between(lo, hi, inclusive, true).limit(chunk).primaryKeys()) as string[];
    if (ids.length) yield ids;
    const last = ids.length < chunk ? undefined : (await db.tickets.get(ids.at(-1)!))?._sort;
    if (last === undefined) return;
    lo = [...queue.prefix, last];
    inclusive = false;
  }
}

/** Walks the queue in order, keeping the ids in `ids`, until `cap` are found or the queue ends. */
async function idsInQueueOrder(db: ReplicaDb, queue: QueueIndex, ids: Set<string>, cap: number, chunk: number): Promise<string[]> {
  const order: string[] = [];
  for await (const part of queueIds(db, queue, chunk)) {
    for (const id of part) if (ids.has(id) && order.push(id) >= cap) return order;
  }
  return order;
}

/** Walks the queue in order reading rows (all of them, or only those in `ids`), until `cap` match. */
async function matchingRows(db: ReplicaDb, queue: QueueIndex, ids: Set<string> | undefined, matches: (t: TicketRow) => boolean, cap: number, tune: FilterTuning): Promise<TicketRow[]> {
  const found: TicketRow[] = [];
  if (ids) {
    for await (const part of queueIds(db, queue, tune.keyChunk)) {
      const wanted = part.filter((id) => ids.has(id));
      // Read only as many rows as the count still needs (more if row-checked words reject some).
      for (let i = 0; i < wanted.length && found.length < cap; ) {
        const take = Math.max(cap - found.length, 50);
        found.push(...(await db.tickets.bulkGet(wanted.slice(i, i + take))).filter(present).filter(matches));
        i += take;
      }
      if (found.length >= cap) break;
    }
    return found.slice(0, cap);
  }
  const hi = [...queue.prefix, Dexie.maxKey];
  let lo: unknown[] = [...queue.prefix, Dexie.minKey];
  let inclusive = true;
  for (;;) {
    // No more rows than the count still needs: a word this common matches most of them (a window's
    // first rows read 100 rows, not a whole chunk).
    const take = Math.min(tune.rowChunk, Math.max(cap - found.length, 50));
    const rows = await db.tickets.where(queue.index).between(lo, hi, inclusive, true).limit(take).toArray();
    found.push(...rows.filter(matches));
    const last = rows.at(-1)?._sort;
    if (found.length >= cap || rows.length < take || last === undefined) break;
    lo = [...queue.prefix, last];
    inclusive = false;
  }
  return found.slice(0, cap);
}
