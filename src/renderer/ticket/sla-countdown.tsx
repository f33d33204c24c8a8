// A live SLA countdown; red once the deadline has passed. It re-renders only when its text would change
// (ui/clock.ts), not on a one-second beat shared by every row.
import { useStrings } from '../i18n';
import { useCountdownNow } from '../ui/clock';

/** compact: the queue row form ("21m late", "2h 05m"); otherwise a sentence ("breached 21m ago"). */
export function SlaCountdown({ dueAt, label, compact }: { dueAt: string | null; label?: string; compact?: boolean }) {
  const t = useStrings();
  const now = useCountdownNow(dueAt ? Date.parse(dueAt) : null);
  if (!dueAt) return <span className="sla sla-none">{t.sla.none}</span>;
  const left = Date.parse(dueAt) - now;
  const breached = left < 0;
  const d = t.format.duration(left);
  const text = compact ? (breached ? t.sla.late(d) : d) : breached ? t.sla.breached(d) : t.sla.dueIn(d);
  const soon = !breached && left < 30 * 60_000;
  return (
    <span
      className={`sla${breached ? ' sla-breached' : soon ? ' sla-soon' : ''}`}
      data-breached={breached}
      title={label ? `${label}: ${t.format.dateTime(dueAt)}` : t.format.dateTime(dueAt)}
    >
      {text}
    </span>
  );
}
