// The queue filter's word index, apart from the ticket rows: one row per ticket ({id, w: its words}) in the
// `words` table, multi-entry on w. Apart, so that a first sync writes its tickets without it (about a dozen
// index entries a ticket fewer while the bar runs) and the sync worker builds it afterwards in bounded
// slices; and so that a ticket edit that changes no word writes no word.
// meta 'words' says whether it is complete (and a generation, bumped by every write that leaves it
// behind); meta 'wordsAt' how far the build has come. While it is not complete the filter checks words
// on the rows it walks (exact, only slower): never a count from a half-built index.
import type { ReplicaDb, TicketRow } from './schema';
import { ticketWords } from './search-words';

export interface WordsRow {
  /** The ticket's id. */
  id: string;
  w: string[];
}

interface WordsState {
  done: boolean;
  gen: number;
}

const num = (v: unknown) => (typeof v === 'number' ? v : 0);

export async function wordsState(db: ReplicaDb): Promise<WordsState> {
  const v = (await db.meta.get('words'))?.value as { done?: unknown; gen?: unknown } | undefined;
  // Absent: a new replica, or one from before the table; nothing is indexed yet.
  return { done: v?.done === true, gen: num(v?.gen) };
}

/** The words a ticket row is found by (rows written before the table carry them). */
export function rowWords(t: TicketRow): string[] {
  return t._words ?? ticketWords(t, t._customer);
}

/** After tickets were written with their words: the words rows of those whose words may have changed. */
export async function putWords(db: ReplicaDb, rows: TicketRow[], before: Map<string, TicketRow | undefined>): Promise<void> {
  const changed = rows.filter((r) => {
    const b = before.get(r.id);
    return !b || b._words !== undefined || b.subject !== r.subject || b.number !== r.number || b._customer !== r._customer;
  });
  if (changed.length) await db.words.bulkPut(changed.map((r) => ({ id: r.id, w: ticketWords(r, r._customer) })));
}

/**
 * Tickets written without their words (a first sync): words rows held for them go, and the index is
 * no longer complete; the build (indexWordsSlice) writes them. A new generation tells a build slice
 * that read the rows before this write to read them again.
 */
export async function deferWords(db: ReplicaDb, ids: string[]): Promise<void> {
  let lo = ids[0];
  let hi = lo;
  for (const id of ids) {
    if (lo === undefined || id < lo) lo = id;
    if (hi === undefined || id > hi) hi = id;
  }
  const st = await wordsState(db);
  await db.meta.put({ key: 'words', value: { done: false, gen: st.gen + 1 } });
  if (lo === undefined || hi === undefined) return;
  // One read of the keys in the page's range finds the few held (none on a fresh workstation).
  const want = new Set(ids);
  const held = ((await db.words.where(':id').between(lo, hi, true, true).primaryKeys()) as string[]).filter((id) => want.has(id));
  if (held.length) await db.words.bulkDelete(held);
}

/** A replica that holds no ticket has a complete index (one transaction: no first sync page slips in between). */
export function markEmptyIndexed(db: ReplicaDb): Promise<void> {
  return db.transaction('rw', db.tickets, db.meta, async () => {
    if ((await db.meta.get('words')) || (await db.tickets.limit(1).primaryKeys()).length) return;
    await db.meta.put({ key: 'words', value: { done: true, gen: 0 } });
  });
}

/** About 20 ms of work: a window's edit or the loop's rebase waits at most that long behind a step. */
export const WORDS_SLICE = 100;

/**
 * One bounded step of the build: the next `size` tickets by id get their words rows, those a write
 * since gave them kept. Its reads are read-only; its write holds only words and meta. Returns whether
 * the index is complete.
 */
export async function indexWordsSlice(db: ReplicaDb, size = WORDS_SLICE): Promise<boolean> {
  const st = await wordsState(db);
  if (st.done) return true;
  const at = (await db.meta.get('wordsAt'))?.value as { gen?: unknown; after?: unknown } | undefined;
  const after = num(at?.gen) === st.gen && typeof at?.after === 'string' ? at.after : null;
  const rows = await (after === null ? db.tickets.toCollection() : db.tickets.where(':id').above(after)).limit(size).toArray();
  const unnamed = [...new Set(rows.filter((r) => r._customer === undefined).map((r) => r.customerId))];
  const names = new Map((await db.customers.bulkGet(unnamed)).flatMap((c) => (c ? [[c.id, c.name] as const] : [])));
  const entries = rows.map((r) => ({ id: r.id, w: ticketWords(r, r._customer ?? names.get(r.customerId)) }));
  const done = rows.length < size;
  return db.transaction('rw', db.words, db.meta, async () => {
    const now = await wordsState(db);
    // Rows written without words since the read: the next step reads again from the start.
    if (now.gen !== st.gen) return false;
    const held = await db.words.bulkGet(entries.map((e) => e.id));
    const fresh = entries.filter((_, i) => !held[i]);
    if (fresh.length) await db.words.bulkPut(fresh);
    await db.meta.put({ key: 'wordsAt', value: { gen: st.gen, after: rows.at(-1)?.id ?? after } });
    if (done) await db.meta.put({ key: 'words', value: { done: true, gen: st.gen } });
    return done;
  });
}
