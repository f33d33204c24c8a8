// Changes the server refused (or the replica could not save), in words, until the agent dismisses them;
// plus the polite live region that reads out what the last action did.
import { useUiStore } from '../app/ui-store';
import { useStrings } from '../i18n';
import { useSyncStore } from './sync-store';

export function RefusalBanner() {
  const t = useStrings();
  const notices = useSyncStore((s) => s.notices);
  const dismiss = useSyncStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <section className="refusals" aria-label={t.refusals.region} data-testid="refusal-banner">
      {notices.map((n) => (
        <div key={n.id} className="refusal" role="alert" data-testid="refusal">
          <span className="refusal-text">{n.text}</span>
          <button type="button" className="small" data-testid="refusal-dismiss" aria-label={`${t.refusals.dismiss}: ${n.text}`} onClick={() => dismiss(n.id)}>
            {t.refusals.dismiss}
          </button>
        </div>
      ))}
    </section>
  );
}

export function LiveRegion() {
  const message = useUiStore((s) => s.announcement);
  return (
    <div className="visually-hidden" aria-live="polite" data-testid="live-region">
      {message}
    </div>
  );
}
