// The complaint list's UI state: its filters, the row under the cursor, and whether the list should
// take the focus (`g c`) until it has (it may first mount, after the open ticket closes, and load).
// Kept while a ticket opened from the list is read, so Esc comes back to the same place.
import { create } from 'zustand';
import type { ComplaintFilter } from './complaint-queries';

export interface ComplaintListState {
  filter: ComplaintFilter;
  /** The ticket under the cursor (kept across list changes while it is still listed). */
  cursorId: string | null;
  focusWanted: boolean;
  setFilter(patch: Partial<ComplaintFilter>): void;
  setCursor(id: string | null): void;
  focusList(): void;
  focused(): void;
}

export const useComplaintListStore = create<ComplaintListState>()((set) => ({
  filter: { state: 'open', category: null, assignee: null },
  cursorId: null,
  focusWanted: false,
  setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
  setCursor: (id) => set({ cursorId: id }),
  focusList: () => set({ focusWanted: true }),
  focused: () => set({ focusWanted: false }),
}));
