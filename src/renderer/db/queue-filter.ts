// A queue filtered by text, from the _words index, without reading the whole queue when a word is rare
// and without materialising every match when a word is common:
//  - few matches (≤ few): read those rows, keep the queue's, sort by _sort;
//  - more (≤ dense): walk the queue's index keys in order and keep the matching ids;
//  - a word on more tickets than dense: check it on the rows while walking the queue (it fills pages fast).
import Dexie from 'dexie';
import type { SearchTerm } from './search-words';
import type { ReplicaDb, TicketRow } from './schema';

export interface FilterTuning {
  few: number;
  dense: number;
  keyChunk: number;
  rowChunk: number;
}
const TUNING: FilterTuning = { few: 2_000, dense: 20_000, keyChunk: 2_000, rowChunk: 500 };

export interface QueueIndex {
  index: string;
  prefix: (string | number)[];
  member(t: TicketRow): boolean;
}

const hasWord = (words: string[], t: SearchTerm) => (t.exact ? words.includes(t.token) : words.some((w) => w.startsWith(t.token)));
/** _sort ends in '|' + the ticket id. */
const idOfSort = (sort: string) => sort.slice(sort.lastIndexOf('|') + 1);
const present = (t: TicketRow | undefined): t is TicketRow => !!t;

/** `tune` lets tests drive every path on small data. */
export async function filteredPage(
  db: ReplicaDb,
  queue: QueueIndex,
  terms: SearchTerm[],
  offset: number,
  limit: number,
  tune: FilterTuning = TUNING,
): Promise<TicketRow[]> {
  const { few: FEW, dense: DENSE, keyChunk: KEY_CHUNK, rowChunk: ROW_CHUNK } = tune;
  const end = offset + limit;
  let ids: Set<string> | undefined;
  const onRows: SearchTerm[] = [];
  for (const term of [...terms].sort((a, b) => b.token.length - a.token.length)) {
    const where = db.tickets.where('_words');
    const keys = await (term.exact ? where.equals(term.token) : where.startsWith(term.token)).limit(DENSE + 1).primaryKeys();
    if (keys.length > DENSE) {
      onRows.push(term);
      continue;
    }
    const next = new Set<string>();
    for (const k of keys) if (!ids || ids.has(k)) next.add(k);
    ids = next;
    if (!ids.size) return [];
  }
  const matches = (t: TicketRow) => queue.member(t) && onRows.every((term) => hasWord(t._words, term));

  if (ids && ids.size <= FEW) {
    const rows = (await db.tickets.bulkGet([...ids])).filter(present).filter(matches);
    // _sort keys are unique (they end in the id).
    return rows.sort((a, b) => (a._sort < b._sort ? -1 : 1)).slice(offset, end);
  }

  const hi = [...queue.prefix, Dexie.maxKey];
  let lo: unknown[] = [...queue.prefix, Dexie.minKey];
  let inclusive = true;
  const found: TicketRow[] = [];
  for (;;) {
    const chunk = db.tickets.where(queue.index).between(lo, hi, inclusive, true);
    let last: string | undefined;
    let size: number;
    if (ids) {
      const set = ids;
      const keys = (await chunk.limit(KEY_CHUNK).keys()) as unknown[][];
      size = keys.length;
      last = keys.at(-1)?.at(-1) as string | undefined;
      const wanted = keys.map((k) => idOfSort(k.at(-1) as string)).filter((id) => set.has(id));
      // Read only as many rows as the page still needs (more if row-checked words reject some).
      for (let i = 0; i < wanted.length && found.length < end; ) {
        const take = Math.max(end - found.length, 50);
        found.push(...(await db.tickets.bulkGet(wanted.slice(i, i + take))).filter(present).filter(matches));
        i += take;
      }
      if (found.length >= end || size < KEY_CHUNK) break;
    } else {
      const rows = await chunk.limit(ROW_CHUNK).toArray();
      size = rows.length;
      last = rows.at(-1)?._sort;
      found.push(...rows.filter(matches));
      if (found.length >= end || size < ROW_CHUNK) break;
    }
    if (last === undefined) break;
    lo = [...queue.prefix, last];
    inclusive = false;
  }
  return found.slice(offset, end);
}
