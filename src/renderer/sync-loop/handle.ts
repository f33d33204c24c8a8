// What a window holds of its replica's sync loop, wherever the loop runs (a worker, or in-process).
import type { SyncStatus } from '../../shared/api';
import type { RefusedChange } from '../db/replica';
import type { NotifyBatch } from '../notify/pulled-events';

export interface SyncHandle {
  /** Calls back with every status from now on (and the last one known, at once). */
  onStatus(cb: (s: SyncStatus) => void): () => void;
  /** Each refused change, once. */
  onRefused(cb: (r: RefusedChange) => void): () => void;
  /** New open, unassigned tickets that reached the replica, by tier (not a first sync's rows). */
  onArrived(cb: (byTier: Record<number, number>) => void): () => void;
  /** Notification events of each pulled page that had any (never a first sync's, a refetch's or a page delivered again). */
  onNotify(cb: (batch: NotifyBatch) => void): () => void;
  /** The outbox grew. */
  kick(): void;
  /** Try now. */
  syncNow(): void;
  close(): Promise<void>;
}

/** Listener sets with the last status replayed to a new listener. */
export function createHandleEvents() {
  const statusListeners = new Set<(s: SyncStatus) => void>();
  const refusedListeners = new Set<(r: RefusedChange) => void>();
  const arrivedListeners = new Set<(byTier: Record<number, number>) => void>();
  const notifyListeners = new Set<(batch: NotifyBatch) => void>();
  let last: SyncStatus | null = null;
  return {
    status(s: SyncStatus) {
      last = s;
      for (const l of [...statusListeners]) l(s);
    },
    refused(r: RefusedChange) {
      for (const l of [...refusedListeners]) l(r);
    },
    arrived(byTier: Record<number, number>) {
      for (const l of [...arrivedListeners]) l(byTier);
    },
    notify(batch: NotifyBatch) {
      for (const l of [...notifyListeners]) l(batch);
    },
    onNotify(cb: (batch: NotifyBatch) => void) {
      notifyListeners.add(cb);
      return () => void notifyListeners.delete(cb);
    },
    onArrived(cb: (byTier: Record<number, number>) => void) {
      arrivedListeners.add(cb);
      return () => void arrivedListeners.delete(cb);
    },
    onStatus(cb: (s: SyncStatus) => void) {
      statusListeners.add(cb);
      if (last) cb(last);
      return () => void statusListeners.delete(cb);
    },
    onRefused(cb: (r: RefusedChange) => void) {
      refusedListeners.add(cb);
      return () => void refusedListeners.delete(cb);
    },
  };
}
