// The last 'sync.status' event from main, and the refusals the agent has not dismissed yet.
import { create } from 'zustand';
import type { SyncStatus } from '../../shared/api';

export interface Notice {
  id: number;
  text: string;
}

export interface SyncState {
  status: SyncStatus | null;
  notices: Notice[];
  nextNoticeId: number;
  setStatus(status: SyncStatus): void;
  pushNotice(text: string): void;
  dismissNotice(id: number): void;
}

type InitialLoad = SyncStatus['initialLoad'];

/**
 * The bar's total is the first one given for this load and never grows: an estimate that rose while rows
 * arrived made the bar run backwards. Only rows beyond it raise it (to what arrived: a full bar).
 */
function steadyLoad(prev: InitialLoad, next: InitialLoad): InitialLoad {
  if (!next || !prev || prev.done || prev.total === null || next.total === null) return next;
  return { ...next, total: Math.max(prev.total, next.received) };
}

export const useSyncStore = create<SyncState>()((set) => ({
  status: null,
  notices: [],
  nextNoticeId: 1,
  setStatus: (status) => set((s) => ({ status: { ...status, initialLoad: steadyLoad(s.status?.initialLoad ?? null, status.initialLoad) } })),
  // The same refusal can arrive twice (push answer, then pull): show it once.
  pushNotice: (text) =>
    set((s) =>
      s.notices.some((n) => n.text === text)
        ? s
        : { notices: [...s.notices, { id: s.nextNoticeId, text }], nextNoticeId: s.nextNoticeId + 1 },
    ),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));
