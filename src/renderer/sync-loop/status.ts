// The sync loop's status, as every window of the replica shows it, and the words for its errors.
import type { SyncStatus } from '../../shared/api';

export const WORDS = {
  offline: 'Offline: the server cannot be reached. Your changes are kept and will sync when it is back.',
  expired: 'Your session has expired: sign in again. Your changes are kept.',
  server: 'The server had a problem; retrying.',
  unexpected: 'Sync failed unexpectedly; retrying.',
  refused: (why: string) => `The server refused to sync: ${why}`,
} as const;

export const INITIAL_STATUS: SyncStatus = { state: 'connecting', pending: 0, lastSyncedAt: null, lastError: null, initialLoad: null };

/** Holds the status and calls onChange only when something in it changed. */
export function createStatus(onChange: (s: SyncStatus) => void) {
  let st: SyncStatus = INITIAL_STATUS;
  let last = JSON.stringify(st);
  return {
    get: () => st,
    set(patch: Partial<SyncStatus>): void {
      st = { ...st, ...patch };
      const key = JSON.stringify(st);
      if (key === last) return;
      last = key;
      onChange(st);
    },
  };
}

/** The bridge's error code of a failed request (ConsoleApiError and the in-process API both carry one). */
export function errorCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'internal';
}
