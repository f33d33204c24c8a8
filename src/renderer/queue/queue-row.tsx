// One dense queue row: number, subject, customer, priority, status, SLA countdown, channel, unsynced mark.
import { memo } from 'react';
import type { Ticket, Tier } from '../../shared/domain';
import { useStrings } from '../i18n';
import { SlaCountdown } from '../ticket/sla-countdown';
import { nextDueAt } from '../../shared/sla';
import { useMarksStore } from '../rebalance/marks-store';
import { ComplaintMarker, complaintLabel } from '../complaints/complaint-marker';

/** "Anna Kovács" → "AK": the row is narrow; the full name is in the mark's label and tooltip. */
function initialsOf(name: string | null): string {
  if (!name) return '';
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

export interface QueueRowData {
  ticket: Ticket;
  customerName: string;
  /** Local changes to this ticket not yet acknowledged by the server. */
  pending: number;
  /** The escalation that brought it into this tier (who, from where), or null. */
  escalation: { fromTier: Tier; byName: string | null } | null;
}

interface QueueRowProps {
  index: number;
  row: QueueRowData | undefined;
  selected: boolean;
  optionId: string;
  top: number;
  height: number;
  onSelect(index: number): void;
  onOpen(index: number): void;
}

export const QueueRow = memo(function QueueRow({ index, row, selected, optionId, top, height, onSelect, onOpen }: QueueRowProps) {
  const t = useStrings();
  const style = { transform: `translateY(${top}px)`, height };
  // Marked for assigning (x, supervisors): a visible check, and said in the row's name.
  const marked = useMarksStore((s) => !!row && s.marked.has(row.ticket.id));
  if (!row) {
    return (
      <div id={optionId} role="option" aria-selected={selected} className="queue-row is-loading" style={style}>
        {t.queue.loadingRow}
      </div>
    );
  }
  const { ticket, customerName, pending, escalation } = row;
  const escalatedBy = escalation ? t.queue.escalatedBy(escalation.fromTier, escalation.byName ?? t.ticket.unknownAgent) : null;
  const num = ticket.number === null ? t.queue.draftNumber : String(ticket.number);
  return (
    <div
      id={optionId}
      role="option"
      aria-selected={selected}
      aria-label={`${marked ? `#${num} ${ticket.subject} — ${t.marks.marked}` : `#${num} ${ticket.subject}`}${complaintLabel(t, ticket)}`}
      data-marked={marked || undefined}
      data-testid="queue-row"
      data-ticket-id={ticket.id}
      data-ticket-number={ticket.number ?? ''}
      data-index={index}
      className={`queue-row${selected ? ' is-selected' : ''}${marked ? ' is-marked' : ''}`}
      style={style}
      onClick={() => onSelect(index)}
      onDoubleClick={() => onOpen(index)}
    >
      <span className="col-number">
        {marked ? (
          <span className="mark-check" data-testid="mark" aria-hidden="true">
            ✓
          </span>
        ) : null}
        {num}
      </span>
      <span className="col-subject" title={escalatedBy ? `${escalatedBy} — ${ticket.subject}` : ticket.subject}>
        {escalation && escalatedBy ? (
          <span className="escalated-mark" data-testid="escalated-mark" data-from-tier={escalation.fromTier} aria-label={escalatedBy}>
            {t.queue.escalatedMark(escalation.fromTier, initialsOf(escalation.byName))}
          </span>
        ) : null}
        <ComplaintMarker ticket={ticket} />
        {ticket.subject}
      </span>
      <span className="col-customer">{customerName}</span>
      <span className={`col-priority pill priority-${ticket.priority}`}>{t.priority[ticket.priority]}</span>
      <span className={`col-status pill status-${ticket.status}`}>{t.status[ticket.status]}</span>
      <span className="col-sla">
        <SlaCountdown dueAt={nextDueAt(ticket)} compact />
      </span>
      <span className="col-channel">{t.channel[ticket.channel]}</span>
      <span className="col-sync">
        {pending > 0 ? (
          <span className="unsynced-mark" data-testid="unsynced-mark" title={t.queue.unsynced} aria-label={t.queue.unsynced}>
            ●
          </span>
        ) : null}
      </span>
    </div>
  );
});
