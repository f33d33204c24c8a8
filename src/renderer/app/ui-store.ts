// UI state that is not data: which dialog is up, composer mode, focus requests, announcements. The open
// ticket is part of the queue cursor (queue/queue-store.ts), so it can never disagree with the selection.
import { create } from 'zustand';

export type DialogKind = 'palette' | 'help' | 'settings' | 'template' | 'presence' | 'status' | 'priority' | 'escalate' | 'handback' | 'link' | 'tags' | 'rating' | 'assignTo' | 'reassignAll' | 'agentCap' | 'complaint';
export type ComposerMode = 'reply' | 'note';
/**
 * What a supervisor's ticket pane shows when no ticket is open. Each supervisor screen adds its name here and
 * a case in app/supervisor-pane.tsx, and a `go.*` command that calls showPane.
 */
export type SupervisorPaneKind = 'board' | 'complaints' | 'kpis';

export interface UiState {
  dialog: DialogKind | null;
  composerMode: ComposerMode;
  /**
   * The ticket whose composer should take the focus (r / n), until it has: a composer that mounts later
   * (the ticket was only selected) still takes it, and one that mounts for another ticket does not.
   */
  composerFocusFor: string | null;
  /** Bumped to ask the queue filter to take the focus (/). */
  filterFocusRequest: number;
  /** Bumped to ask the queue list to take the focus back (Esc). */
  queueFocusRequest: number;
  /** Bumped by Ctrl/⌘+Enter when the focus is outside the composer. */
  sendRequest: number;
  /** Last message for the aria-live region. */
  announcement: string;
  supervisorPane: SupervisorPaneKind;
  openDialog(kind: DialogKind): void;
  closeDialog(): void;
  focusComposer(mode: ComposerMode, ticketId: string): void;
  /** The composer of that ticket has taken the focus. */
  composerFocused(ticketId: string): void;
  setComposerMode(mode: ComposerMode): void;
  focusFilter(): void;
  focusQueue(): void;
  requestSend(): void;
  announce(message: string): void;
  showPane(pane: SupervisorPaneKind): void;
}

export const useUiStore = create<UiState>()((set) => ({
  dialog: null,
  composerMode: 'reply',
  composerFocusFor: null,
  filterFocusRequest: 0,
  queueFocusRequest: 0,
  sendRequest: 0,
  announcement: '',
  supervisorPane: 'board',
  openDialog: (kind) => set({ dialog: kind }),
  closeDialog: () => set({ dialog: null }),
  focusComposer: (mode, ticketId) => set({ composerMode: mode, composerFocusFor: ticketId }),
  composerFocused: (ticketId) => set((s) => (s.composerFocusFor === ticketId ? { composerFocusFor: null } : s)),
  setComposerMode: (mode) => set({ composerMode: mode }),
  focusFilter: () => set((s) => ({ filterFocusRequest: s.filterFocusRequest + 1 })),
  focusQueue: () => set((s) => ({ queueFocusRequest: s.queueFocusRequest + 1 })),
  requestSend: () => set((s) => ({ sendRequest: s.sendRequest + 1 })),
  announce: (message) => set({ announcement: message }),
  showPane: (pane) => set({ supervisorPane: pane }),
}));
