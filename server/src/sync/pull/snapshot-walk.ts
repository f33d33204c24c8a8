// A first sync's snapshot, walked by key: the scope's tickets in (customer, ticket) order, straight off the
// ticket_scopes walk index, each bringing its thread, and each customer's card (with the card's own
// history) coming once, with that customer's first ticket. A page stops when its rows or its time budget
// are used up; the next page resumes after the last (customer, ticket) sent. Each step reads in its own
// short transaction: a row changed after the snapshot's version is resent by the catch-up anyway.
import type { Change } from '../../../../src/shared/index';
import type { Tx } from '../../db/database';
import { cardRows, cardsById, ticketsById } from './entity-queries';
import type { PullScope } from './scope-sql';
import { threadsOf } from './thread';

/** Scope entries read per key per step: one step's work is small next to a page's time budget. */
const STEP = 128;

export interface WalkPosition {
  c: string;
  t: string;
}
export interface WalkBudget {
  rows: number;
  deadline: number;
  now: () => number;
}
interface Entry {
  customer_id: string;
  ticket_id: string;
  thread_rows: number;
}

// Ids are UUIDs (lower-case hex at fixed places): JavaScript's order and the databases' agree on them.
const before = (a: WalkPosition, b: WalkPosition) => a.c < b.c || (a.c === b.c && a.t < b.t);
const at = (e: Entry): WalkPosition => ({ c: e.customer_id, t: e.ticket_id });

/** Walks on from `from`, appending to `changes`; done when the scope has no entry after the last sent. */
export async function snapshotWalk(read: StepRunner, s: PullScope, from: WalkPosition, changes: Change[], budget: WalkBudget): Promise<{ pos: WalkPosition; done: boolean }> {
  let pos = from;
  for (;;) {
    // Between steps others are answered: SQLite runs one query at a time, so a step is what they wait.
    await new Promise<void>((r) => setImmediate(r));
    const r = await read((tx) => walkStep(tx, s, pos, changes, budget));
    pos = r.pos;
    if (r.done !== null) return { pos, done: r.done };
    if (changes.length >= budget.rows || budget.now() >= budget.deadline) return { pos, done: false };
  }
}

/** Runs one step's reads in a transaction of its own. */
export type StepRunner = <T>(fn: (tx: Tx) => Promise<T>) => Promise<T>;

/** One step: the next entries, as many as the page has room for. done: null when the walk goes on. */
async function walkStep(tx: Tx, s: PullScope, pos: WalkPosition, changes: Change[], budget: WalkBudget): Promise<{ pos: WalkPosition; done: boolean | null }> {
  const { entries, complete } = await nextEntries(tx, s, pos);
  const take: Entry[] = [];
  let rows = changes.length;
  let customer = pos.c;
  for (const e of entries) {
    const cost = 1 + e.thread_rows + (e.customer_id !== customer ? 1 : 0);
    // A page holds at least one ticket, whatever its thread: the walk always moves on.
    if (rows + cost > budget.rows && (take.length > 0 || changes.length > 0)) break;
    take.push(e);
    rows += cost;
    customer = e.customer_id;
  }
  if (!take.length) return { pos, done: complete && !entries.length };
  await appendTickets(tx, s, take, pos.c, changes);
  return { pos: at(take[take.length - 1]!), done: complete && take.length === entries.length ? true : null };
}

/** The next entries after pos under any of the scope's keys, merged (a ticket held twice comes once). */
async function nextEntries(tx: Tx, s: PullScope, pos: WalkPosition): Promise<{ entries: Entry[]; complete: boolean }> {
  const lists: Entry[][] = [];
  for (const key of s.keys) {
    lists.push(
      await tx
        .selectFrom('ticket_scopes')
        .select(['customer_id', 'ticket_id', 'thread_rows'])
        .where('tenant_id', '=', s.tenantId)
        .where('scope', '=', key)
        .where((eb) => eb(eb.refTuple('customer_id', 'ticket_id'), '>', eb.tuple(pos.c, pos.t)))
        .where((w) => w.or([w('closed_at', 'is', null), w('closed_at', '>=', s.cutoff)]))
        .orderBy('customer_id')
        .orderBy('ticket_id')
        .limit(STEP)
        .execute(),
    );
  }
  // A full list may go on past its last entry: only entries up to the nearest such end are known in order.
  const ends = lists.filter((l) => l.length === STEP).map((l) => at(l[l.length - 1]!));
  const bound = ends.reduce<WalkPosition | null>((m, e) => (m === null || before(e, m) ? e : m), null);
  const seen = new Set<string>();
  const entries = lists
    .flat()
    .filter((e) => (bound === null || !before(bound, at(e))) && !seen.has(e.ticket_id) && seen.add(e.ticket_id))
    .sort((a, b) => (before(at(a), at(b)) ? -1 : 1));
  return { entries, complete: bound === null };
}

async function appendTickets(tx: Tx, s: PullScope, take: Entry[], current: string, changes: Change[]): Promise<void> {
  const ids = take.map((e) => e.ticket_id);
  const cards = [...new Set(take.map((e) => e.customer_id))].filter((c) => c !== current);
  if (cards.length) {
    changes.push(...(await cardsById(tx, s, cards)));
    changes.push(...(await cardRows(tx, s, cards)));
  }
  changes.push(...(await ticketsById(tx, ids)));
  changes.push(...(await threadsOf(tx, ids)));
}
