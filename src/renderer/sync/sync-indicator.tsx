// Always-visible sync state from the replica's sync loop (which also says 'service_gone' when main
// itself is gone), with "retry now" and the first-load bar.
import { useStrings } from '../i18n';
import { reasonText } from '../messages/reason-text';
import { useNow } from '../ui/use-now';
import { useSyncStore } from './sync-store';

export function SyncIndicator({ onRetry }: { onRetry(): void }) {
  const t = useStrings();
  const status = useSyncStore((s) => s.status);
  const lastError = status?.lastError ? reasonText(status.lastError) : null;
  const now = useNow();
  const state = status?.state ?? 'connecting';
  const synced = status?.lastSyncedAt
    ? t.sync.lastSynced(now - Date.parse(status.lastSyncedAt) < 5000 ? t.time.justNow : t.time.ago(t.format.duration(now - Date.parse(status.lastSyncedAt))))
    : t.sync.never;
  return (
    <div className="sync-indicator" role="status" aria-label={t.sync.label} data-testid="sync-indicator" data-state={state} data-pending={status?.pending ?? 0}>
      <span className={`sync-dot sync-${state}`} aria-hidden="true" />
      <span className="sync-state" data-testid="sync-state">
        {status ? t.sync.states[state] : t.sync.unknown}
      </span>
      {status && status.pending > 0 ? (
        <span className="sync-pending" data-testid="sync-pending">
          {t.sync.pending(status.pending)}
        </span>
      ) : null}
      <span className="sync-last" data-testid="sync-last" title={synced}>
        {synced}
      </span>
      {state === 'service_gone' ? (
        <span className="sync-error" data-testid="sync-error" title={t.sync.serviceGone}>
          {t.sync.serviceGone}
        </span>
      ) : lastError ? (
        <span className="sync-error" data-testid="sync-error" title={lastError}>
          {lastError}
        </span>
      ) : null}
      <button type="button" className="small" data-testid="sync-retry" onClick={onRetry}>
        {t.sync.retry}
      </button>
    </div>
  );
}

export function InitialLoadBar() {
  const t = useStrings();
  const load = useSyncStore((s) => s.status?.initialLoad ?? null);
  if (!load || load.done) return null;
  const label = t.sync.initialLoad(load.received, load.total);
  return (
    <div className="initial-load" data-testid="initial-load">
      {/* Determinate once the server has said how much is coming; a spinner-like bar until then. */}
      {load.total ? <progress aria-label={label} value={load.received} max={load.total} /> : <progress aria-label={label} />}
      <span>{label}</span>
    </div>
  );
}
