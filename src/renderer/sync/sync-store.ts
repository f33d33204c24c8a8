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

export const useSyncStore = create<SyncState>()((set) => ({
  status: null,
  notices: [],
  nextNoticeId: 1,
  setStatus: (status) => set({ status }),
  // The same refusal can arrive twice (push answer, then pull): show it once.
  pushNotice: (text) =>
    set((s) =>
      s.notices.some((n) => n.text === text)
        ? s
        : { notices: [...s.notices, { id: s.nextNoticeId, text }], nextNoticeId: s.nextNoticeId + 1 },
    ),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));
