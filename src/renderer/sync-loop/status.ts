// The sync loop's status, as every window of the replica shows it, and the reasons for its errors (the
// indicator puts them in words: messages/reason-text.ts).
import type { SyncStatus } from '../../shared/api';
import { readReason, reason, type Reason } from '../../shared/reasons';

export const LAST_ERROR = {
  offline: reason('unreachable'),
  expired: reason('session_expired'),
  server: reason('server_problem'),
  unexpected: reason('sync_failed'),
} as const;

/** Why a request failed, as its error says (ConsoleApiError and the in-process API both carry one). */
export function errorReason(err: unknown): Reason {
  const e = err as { reason?: unknown; params?: unknown } | null;
  return readReason({ reason: typeof e?.reason === 'string' ? e.reason : undefined, params: (e?.params ?? {}) as Record<string, unknown> });
}

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
