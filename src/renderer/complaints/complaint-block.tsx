// The ticket's complaint in the ticket view: category, state, what the customer complained about, who
// raised it and when, and who closed it and when. Nothing when the ticket has none.
import { useId } from 'react';
import type { Agent, Ticket } from '../../shared/domain';
import { useStrings } from '../i18n';
import './complaints.css';

export function ComplaintBlock({ ticket, agents }: { ticket: Ticket; agents: Map<string, Agent> }) {
  const t = useStrings();
  // Its own id: the dialog shows the block too, over the ticket view's.
  const titleId = useId();
  const c = ticket.complaint;
  if (!c) return null;
  const who = (id: string | null) => (id ? (agents.get(id)?.name ?? t.complaint.someone) : t.complaint.someone);
  return (
    <section
      className={`complaint-block is-${c.state}`}
      aria-labelledby={titleId}
      data-testid="complaint-block"
      data-state={c.state}
      data-category={c.category}
    >
      <h3 id={titleId} className="complaint-title">
        <span aria-hidden="true">{c.state === 'open' ? '⚑ ' : '⚐ '}</span>
        {t.complaint.title}: {t.complaint.category[c.category]} ·{' '}
        <span data-testid="complaint-state">{t.complaint.state[c.state]}</span>
      </h3>
      <p className="complaint-description" data-testid="complaint-description">
        {c.description}
      </p>
      <p className="muted complaint-who">
        {t.complaint.raisedBy(who(c.raisedById), t.format.dateTime(c.raisedAt))}
        {c.closedAt ? (
          <>
            <br />
            {t.complaint.closedBy(who(c.closedById), t.format.dateTime(c.closedAt))}
          </>
        ) : null}
      </p>
    </section>
  );
}
