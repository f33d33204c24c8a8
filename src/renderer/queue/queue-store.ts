// Which queue is shown, the selected row and the text filter.
import { create } from 'zustand';
import type { Tier } from '../../shared/domain';

export type QueueView = 'mine' | 'unassigned' | 'tier';

export interface QueueState {
  view: QueueView;
  tier: Tier;
  selectedIndex: number;
  /** The ticket at selectedIndex, as the list last loaded it (so Enter and actions know what it is). */
  selectedTicketId: string | null;
  filter: string;
  /** Rows in the current queue, as the list last counted them. */
  count: number;
  setView(view: QueueView): void;
  setTier(tier: Tier): void;
  /** Moves the selection by delta, kept inside [0, count-1]. */
  move(delta: number): void;
  setCount(count: number): void;
  select(index: number): void;
  setSelectedTicketId(id: string | null): void;
  setFilter(text: string): void;
}

export const useQueueStore = create<QueueState>()((set) => ({
  view: 'mine',
  tier: 1,
  selectedIndex: 0,
  selectedTicketId: null,
  filter: '',
  count: 0,
  setView: (view) => set({ view, selectedIndex: 0, selectedTicketId: null }),
  setTier: (tier) => set({ tier, selectedIndex: 0, selectedTicketId: null }),
  move: (delta) =>
    set((s) => ({ selectedIndex: s.count <= 0 ? 0 : Math.min(s.count - 1, Math.max(0, s.selectedIndex + delta)) })),
  setCount: (count) => set({ count }),
  select: (index) => set({ selectedIndex: Math.max(0, index) }),
  setSelectedTicketId: (id) => set({ selectedTicketId: id }),
  setFilter: (text) => set({ filter: text, selectedIndex: 0 }),
}));
