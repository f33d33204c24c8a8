// Column headings above the virtualized rows (the rows themselves are absolutely positioned).
import { useStrings } from '../i18n';

export function QueueColumns() {
  const c = useStrings().queue.columns;
  return (
    <div className="queue-columns" aria-hidden="true">
      <span className="col-number">{c.number}</span>
      <span className="col-subject">{c.subject}</span>
      <span className="col-customer">{c.customer}</span>
      <span className="col-priority">{c.priority}</span>
      <span className="col-status">{c.status}</span>
      <span className="col-sla">{c.sla}</span>
      <span className="col-channel">{c.channel}</span>
      <span className="col-sync" />
    </div>
  );
}
