// One complaint in the supervisors' list: the ticket's number and subject, category and state, the
// ticket's assignee (the list's "by agent"), who raised it and when, and the description.
import { useEffect, useRef } from 'react';
import type { Agent } from '../../shared/domain';
import { useStrings } from '../i18n';
import type { ComplaintItem } from './complaint-queries';

interface ComplaintListItemProps {
  optionId: string;
  item: ComplaintItem;
  agents: Map<string, Agent> | undefined;
  selected: boolean;
  onSelect(): void;
  onOpen(): void;
}

export function ComplaintListItem({ optionId, item, agents, selected, onSelect, onOpen }: ComplaintListItemProps) {
  const t = useStrings();
  const ref = useRef<HTMLLIElement>(null);
  // The focus stays on the list (aria-activedescendant): the selected row is scrolled into view by hand.
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);
  const { ticket, complaint } = item;
  const name = (id: string | null) => (id ? (agents?.get(id)?.name ?? t.complaint.someone) : t.complaints.unassigned);
  const num = ticket.number === null ? t.queue.draftNumber : String(ticket.number);
  const category = t.complaint.category[complaint.category];
  const state = t.complaint.state[complaint.state];
  const assignee = name(ticket.assigneeId);
  const when = t.format.dateTime(complaint.raisedAt);
  return (
    <li
      ref={ref}
      id={optionId}
      role="option"
      aria-selected={selected}
      aria-label={`#${num} ${ticket.subject} — ${category}, ${state}; ${t.complaints.col.assignee}: ${assignee}; ${t.complaints.col.raised}: ${when}`}
      className={`complaints-item${selected ? ' is-selected' : ''}`}
      data-testid="complaints-item"
      data-ticket-id={ticket.id}
      data-category={complaint.category}
      data-state={complaint.state}
      onClick={onSelect}
      onDoubleClick={onOpen}
    >
      <span>
        <span aria-hidden="true">{complaint.state === 'open' ? '⚑ ' : '⚐ '}</span>#{num}
      </span>
      <span>{ticket.subject}</span>
      <span>
        {category} · {state}
      </span>
      <span title={t.complaints.col.assignee}>{assignee}</span>
      <span className="muted" title={`${t.complaints.col.raisedBy}: ${name(complaint.raisedById)}`}>
        {when}
      </span>
      <span className="complaints-description muted">{complaint.description}</span>
    </li>
  );
}
