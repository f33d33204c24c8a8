// Loads the queue a window at a time: the count from the data layer's maintained counters, and only
// the pages around the rows in view, live (a pull or a local change in the window re-runs the query).
// The window's pending markers are their own live query: a local edit writes the outbox, and re-reading
// only the markers is far cheaper than re-reading the window's rows.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { filteredQueue, inOneRead, pendingByTicket, queueCount, type QueueKey } from '../db/queries';
import { filteredQueueWindow, queueWindow, type QueueWindowRow } from '../db/queue-window';
import { useConsole } from '../app/console-context';
import type { LoadedRows } from './cursor';
import type { QueueRowData } from './queue-row';

export const PAGE_SIZE = 50;
/** A text filter has no maintained counter: it counts its matches up to this many (and shows as many rows). */
export const FILTER_LIMIT = 500;

interface Loaded {
  tag: string;
  offset: number;
  rows: QueueWindowRow[];
  /** A filter's matches up to the window's end (exact when fewer). */
  count?: number;
  end?: number;
}

/** The row data per window row and pending count, so a row whose marker did not change keeps its object (and its memo). */
const withPending = new WeakMap<QueueWindowRow, QueueRowData>();
function rowData(row: QueueWindowRow, pending: number): QueueRowData {
  const known = withPending.get(row);
  if (known?.pending === pending) return known;
  const data = { ...row, pending };
  withPending.set(row, data);
  return data;
}

export interface QueueRows {
  count: number | undefined;
  /** The ids of the loaded window, for the cursor; null until this queue's rows and count are in. */
  loaded: LoadedRows | null;
  rowAt(index: number): QueueRowData | undefined;
  onRangeChange(first: number, last: number): void;
}

export function useQueueRows(key: QueueKey, filter: string): QueueRows {
  const { replica } = useConsole();
  const { db, agent } = replica;
  const text = filter.trim();
  const tag = `${JSON.stringify(key)}|${text}`;
  const [win, setWin] = useState({ offset: 0, limit: PAGE_SIZE * 2 });

  const { offset, limit } = win;
  const loaded = useLiveQuery(async (): Promise<Loaded> => {
    if (!text) return { tag, offset, rows: await queueWindow(db, agent, key, { offset, limit }) };
    const found = await filteredQueueWindow(db, agent, key, { offset, limit, text, cap: offset + limit });
    return { tag, offset, rows: found.rows, count: found.count, end: offset + limit };
  }, [db, agent, tag, offset, limit]);
  const rowsIn = loaded?.tag === tag;

  // A queue's count is its maintained counter. A filter's is counted apart (up to FILTER_LIMIT) once its
  // first rows are in, so they never wait for it: until then the rows' own read says how many it saw, a
  // lower bound the filter box does not claim (LoadedRows.partial).
  const counted = useLiveQuery(async () => {
    if (!text) return { tag, n: await queueCount(db, agent, key) };
    if (!rowsIn) return undefined;
    return { tag, n: (await filteredQueue(db, agent, key, { offset: 0, limit: 0, text, cap: FILTER_LIMIT })).count };
  }, [db, agent, tag, rowsIn]);

  const current = loaded && loaded.tag === tag ? loaded : undefined;
  const total = counted?.tag === tag ? counted.n : undefined;
  // Fewer matches than the window's end: the rows' read saw them all, so that count is exact.
  const seen = current?.count;
  const seenAll = seen !== undefined && current?.end !== undefined && seen < current.end;
  const count = !text ? total : (total ?? seen);
  const partial = !!text && total === undefined && !seenAll;
  const ids = useMemo(() => current?.rows.map((r) => r.ticket.id) ?? [], [current]);
  const pending = useLiveQuery(() => inOneRead(db, () => pendingByTicket(db, ids)), [db, ids]);
  const rows = useMemo(() => current?.rows.map((r) => rowData(r, pending?.get(r.ticket.id) ?? 0)), [current, pending]);

  const loadedRows = useMemo(
    () => (current && count !== undefined ? { count, offset: current.offset, ids, ...(partial ? { partial } : {}) } : null),
    [current, count, ids, partial],
  );

  const rowAt = useCallback((i: number) => (current && rows && i >= current.offset ? rows[i - current.offset] : undefined), [current, rows]);

  const onRangeChange = useCallback((first: number, last: number) => {
    const start = Math.floor(Math.max(0, first) / PAGE_SIZE) * PAGE_SIZE;
    const end = (Math.floor(Math.max(first, last) / PAGE_SIZE) + 1) * PAGE_SIZE;
    setWin((w) => (w.offset === start && w.limit === end - start ? w : { offset: start, limit: end - start }));
  }, []);

  return { count, loaded: loadedRows, rowAt, onRangeChange };
}
