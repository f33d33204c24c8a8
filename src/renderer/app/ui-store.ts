// UI state that is not data: which ticket is open, which dialog is up, composer mode, announcements.
import { create } from 'zustand';

export type DialogKind = 'palette' | 'help' | 'status' | 'priority' | 'escalate' | 'handback';
export type ComposerMode = 'reply' | 'note';

export interface UiState {
  openTicketId: string | null;
  dialog: DialogKind | null;
  composerMode: ComposerMode;
  /** Bumped to ask the composer to take the focus (r / n). */
  composerFocusRequest: number;
  /** Bumped to ask the queue filter to take the focus (/). */
  filterFocusRequest: number;
  /** Bumped to ask the queue list to take the focus back (Esc). */
  queueFocusRequest: number;
  /** Bumped by Ctrl/⌘+Enter when the focus is outside the composer. */
  sendRequest: number;
  /** Last message for the aria-live region. */
  announcement: string;
  openTicket(id: string): void;
  closeTicket(): void;
  openDialog(kind: DialogKind): void;
  closeDialog(): void;
  focusComposer(mode: ComposerMode): void;
  setComposerMode(mode: ComposerMode): void;
  focusFilter(): void;
  focusQueue(): void;
  requestSend(): void;
  announce(message: string): void;
}

export const useUiStore = create<UiState>()((set) => ({
  openTicketId: null,
  dialog: null,
  composerMode: 'reply',
  composerFocusRequest: 0,
  filterFocusRequest: 0,
  queueFocusRequest: 0,
  sendRequest: 0,
  announcement: '',
  openTicket: (id) => set({ openTicketId: id }),
  closeTicket: () => set((s) => ({ openTicketId: null, queueFocusRequest: s.queueFocusRequest + 1 })),
  openDialog: (kind) => set({ dialog: kind }),
  closeDialog: () => set({ dialog: null }),
  focusComposer: (mode) => set((s) => ({ composerMode: mode, composerFocusRequest: s.composerFocusRequest + 1 })),
  setComposerMode: (mode) => set({ composerMode: mode }),
  focusFilter: () => set((s) => ({ filterFocusRequest: s.filterFocusRequest + 1 })),
  focusQueue: () => set((s) => ({ queueFocusRequest: s.queueFocusRequest + 1 })),
  requestSend: () => set((s) => ({ sendRequest: s.sendRequest + 1 })),
  announce: (message) => set({ announcement: message }),
}));
