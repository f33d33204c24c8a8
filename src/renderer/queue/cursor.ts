// The queue cursor: the one ticket the agent is on. The highlighted row is the row holding the cursor's
// ticket, and the open ticket is the cursor's ticket, so the two cannot disagree. The index only says
// where the cursor was last seen, for moving on from there when its ticket has left the queue.
// Pure, so the rules are tested without a DOM.

export interface Cursor {
  /** The ticket the agent is on; null until the rows have loaded. */
  id: string | null;
  /** Where in the queue that ticket is, or was last seen. */
  index: number;
}

/** The rows of the current queue the list has loaded: a window [offset, offset + ids.length). */
export interface LoadedRows {
  count: number;
  offset: number;
  ids: readonly string[];
  /** The count is only a lower bound so far (a filter still counting its matches). */
  partial?: true;
}

export const START: Cursor = { id: null, index: 0 };

const idAt = (rows: LoadedRows, i: number): string | undefined => (i >= rows.offset ? rows.ids[i - rows.offset] : undefined);
const same = (a: Cursor, id: string | null, index: number): Cursor => (a.id === id && a.index === index ? a : { id, index });

/** The index of the highlighted row: the cursor's, when the row there holds the cursor's ticket; else -1. */
export function highlightOf(c: Cursor, rows: LoadedRows | null): number {
  return rows && c.id !== null && idAt(rows, c.index) === c.id ? c.index : -1;
}

/**
 * The rows changed (a pull, a local change, another queue): follow the cursor's ticket to its new place.
 * If it left the queue, an open ticket stays open (no row is highlighted), and otherwise the cursor
 * takes the row that is now in its place.
 */
export function reconcile(c: Cursor, open: boolean, rows: LoadedRows): Cursor {
  if (rows.count === 0) return open ? c : same(c, null, 0);
  const index = Math.min(Math.max(0, c.index), rows.count - 1);
  const here = idAt(rows, index);
  if (c.id !== null) {
    if (here === c.id) return same(c, c.id, index);
    const found = rows.ids.indexOf(c.id);
    if (found >= 0) return same(c, c.id, rows.offset + found);
    if (open) return same(c, c.id, index);
  }
  // Not loaded yet: wait for the rows rather than guess.
  if (here === undefined) return same(c, c.id, index);
  return same(c, here, index);
}

/** j / k / arrows: delta rows on from the cursor's ticket (or from the gap it left). */
export function moved(c: Cursor, delta: number, rows: LoadedRows | null): Cursor {
  if (!rows || rows.count === 0) return c;
  const onRow = highlightOf(c, rows) >= 0;
  // Its ticket has gone: the row now in its place is the next one down.
  const base = onRow || delta < 0 ? c.index : c.index - 1;
  const index = Math.min(rows.count - 1, Math.max(0, base + delta));
  return same(c, idAt(rows, index) ?? null, index);
}

/** A click (or a row opened by the pointer). */
export function at(index: number, rows: LoadedRows | null): Cursor {
  const i = Math.max(0, index);
  return { id: rows ? (idAt(rows, i) ?? null) : null, index: i };
}

/** A ticket opened by id (another of the customer's tickets, say): where it is in the queue, if known. */
export function onTicket(c: Cursor, id: string, rows: LoadedRows | null): Cursor {
  const found = rows ? rows.ids.indexOf(id) : -1;
  return same(c, id, found >= 0 && rows ? rows.offset + found : c.index);
}
