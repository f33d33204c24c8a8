// Which queue is shown, its text filter, and the cursor: the ticket the agent is on, open or not.
// The open ticket is the cursor's ticket (openTicketIdOf), so the highlighted row and the ticket pane
// cannot show two different tickets; every change of the cursor goes through the rules in cursor.ts.
import { create } from 'zustand';
import type { Tier } from '../../shared/domain';
import { at, moved, onTicket, reconcile, START, type Cursor, type LoadedRows } from './cursor';

export type QueueView = 'mine' | 'unassigned' | 'tier' | 'escalated';

export interface QueueState {
  view: QueueView;
  tier: Tier;
  filter: string;
  /** Rows in the current queue, as the list last counted them. */
  count: number;
  cursor: Cursor;
  /** The cursor's ticket is open in the ticket pane. */
  open: boolean;
  /** The rows the list has loaded for the current queue; null while they load. */
  rows: LoadedRows | null;
  setView(view: QueueView): void;
  setTier(tier: Tier): void;
  setFilter(text: string): void;
  /** The list's rows changed: keep the cursor on its ticket (cursor.ts reconcile). */
  syncRows(rows: LoadedRows | null): void;
  /** Moves the cursor by delta rows; with a ticket open, the ticket the cursor lands on opens. */
  move(delta: number): void;
  select(index: number): void;
  /** Opens the ticket under the cursor. */
  openSelected(): void;
  openTicket(id: string): void;
  closeTicket(): void;
}

/** A new queue starts at its top, unless a ticket is open: that one stays on screen. */
const restart = (s: QueueState): Pick<QueueState, 'cursor' | 'rows'> => ({ cursor: s.open ? { id: s.cursor.id, index: 0 } : START, rows: null });

export const useQueueStore = create<QueueState>()((set) => ({
  view: 'mine',
  tier: 1,
  filter: '',
  count: 0,
  cursor: START,
  open: false,
  rows: null,
  setView: (view) => set((s) => ({ view, ...restart(s) })),
  setTier: (tier) => set((s) => ({ tier, ...restart(s) })),
  setFilter: (text) => set((s) => ({ filter: text, ...restart(s) })),
  syncRows: (rows) =>
    set((s) => {
      if (!rows) return s.rows === null ? s : { rows: null };
      const cursor = reconcile(s.cursor, s.open, rows);
      return rows === s.rows && cursor === s.cursor ? s : { rows, count: rows.count, cursor };
    }),
  move: (delta) => set((s) => ({ cursor: moved(s.cursor, delta, s.rows) })),
  select: (index) => set((s) => ({ cursor: at(index, s.rows) })),
  openSelected: () => set((s) => (s.cursor.id ? { open: true } : s)),
  openTicket: (id) => set((s) => ({ cursor: onTicket(s.cursor, id, s.rows), open: true })),
  closeTicket: () => set({ open: false }),
}));

export const openTicketIdOf = (s: Pick<QueueState, 'open' | 'cursor'>): string | null => (s.open ? s.cursor.id : null);
