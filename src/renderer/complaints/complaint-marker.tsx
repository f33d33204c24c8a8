// The queue row's complaint mark: a flag whose shape tells open (filled) from closed (outline), and its
// words for screen readers and the tooltip, never colour alone.
import type { Ticket } from '../../shared/domain';
import type { Strings } from '../i18n';
import { useStrings } from '../i18n';

/** What the row's accessible name adds for its complaint ('' for none). */
export function complaintLabel(t: Strings, ticket: Pick<Ticket, 'complaint'>): string {
  return ticket.complaint ? ` — ${t.complaint.marker[ticket.complaint.state]}` : '';
}

export function ComplaintMarker({ ticket }: { ticket: Pick<Ticket, 'complaint'> }) {
  const t = useStrings();
  const c = ticket.complaint;
  if (!c) return null;
  const label = t.complaint.marker[c.state];
  return (
    <span
      className={`complaint-marker is-${c.state}`}
      data-testid="complaint-marker"
      data-state={c.state}
      title={label}
    >
      <span aria-hidden="true">{c.state === 'open' ? '⚑' : '⚐'}</span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}
