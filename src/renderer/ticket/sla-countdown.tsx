// A live SLA countdown; red once the deadline has passed.
import { useStrings } from '../i18n';
import { formatDuration } from '../ui/format';
import { useNow } from '../ui/use-now';

export function SlaCountdown({ dueAt, label }: { dueAt: string | null; label?: string }) {
  const t = useStrings();
  const now = useNow();
  if (!dueAt) return <span className="sla sla-none">{t.sla.none}</span>;
  const left = Date.parse(dueAt) - now;
  const breached = left < 0;
  const text = breached ? t.sla.breached(formatDuration(left)) : t.sla.dueIn(formatDuration(left));
  const soon = !breached && left < 30 * 60_000;
  return (
    <span
      className={`sla${breached ? ' sla-breached' : soon ? ' sla-soon' : ''}`}
      data-breached={breached}
      title={label ? `${label}: ${new Date(dueAt).toLocaleString()}` : new Date(dueAt).toLocaleString()}
    >
      {text}
    </span>
  );
}
