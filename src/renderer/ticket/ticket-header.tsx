// The ticket's state at a glance (status, priority, assignee, tier, SLA clocks, engineering link) and
// its actions — each enabled only when the shared rules allow it on the ticket as it is now.
import type { Agent, Ticket } from '../../shared/domain';
import { ariaKeyShortcuts, formatKeys, type ActionId } from '../../shared/keymap';
import { isMac } from '../ui/format';
import { ComplaintField } from '../complaints/complaint-field';
import { useStrings } from '../i18n';
import { firstKey, useKeymap } from '../keyboard/keymap-store';
import { EngineeringLink } from './engineering-link';
import { RatingField } from './rating-field';
import { TagsField } from './tags-field';
import { SlaCountdown } from './sla-countdown';
import type { Allowed } from './ticket-permissions';

interface TicketHeaderProps {
  ticket: Ticket;
  agents: Map<string, Agent>;
  pending: number;
  allowed: Allowed;
  /** Why the agent may only look at this ticket; null when they may work it. */
  readOnly: string | null;
  run(action: ActionId): void;
}

export function TicketHeader({ ticket, agents, pending, allowed, readOnly, run }: TicketHeaderProps) {
  const t = useStrings();
  // The key a button shows comes from the agent's key map, like the dispatcher's.
  const keymap = useKeymap();
  const assigneePresence = ticket.assigneeId ? agents.get(ticket.assigneeId)?.presence : undefined;
  const assignee = ticket.assigneeId ? (agents.get(ticket.assigneeId)?.name ?? t.ticket.unknownAgent) : t.ticket.unassigned;
  const num = ticket.number === null ? t.queue.draftNumber : String(ticket.number);
  const button = (action: ActionId & keyof Allowed, label: string, popup?: 'menu' | 'dialog') => {
    const key = firstKey(keymap, action);
    return (
      <button
        type="button"
        data-testid={`action-${action.slice('ticket.'.length).toLowerCase()}`}
        aria-keyshortcuts={ariaKeyShortcuts(key)}
        aria-haspopup={popup}
        disabled={!allowed[action]}
        onClick={() => run(action)}
      >
        {label} {key ? <kbd>{formatKeys(key, isMac(), t.help.then)}</kbd> : null}
      </button>
    );
  };
  return (
    <header className="ticket-header">
      <h2 id="ticket-title" className="ticket-title" data-testid="ticket-title" title={ticket.subject}>
        <span className="ticket-number">#{num}</span> {ticket.subject}
      </h2>
      {readOnly ? (
        <p className="ticket-read-only" role="note" data-testid="ticket-read-only">
          {readOnly}
        </p>
      ) : null}
      <dl className="ticket-fields">
        <div>
          <dt>{t.ticket.fields.status}</dt>
          <dd>
            <span className={`pill status-${ticket.status}`} data-testid="ticket-status" data-value={ticket.status}>
              {t.status[ticket.status]}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t.ticket.fields.priority}</dt>
          <dd>
            <span className={`pill priority-${ticket.priority}`} data-testid="ticket-priority" data-value={ticket.priority}>
              {t.priority[ticket.priority]}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t.ticket.fields.assignee}</dt>
          <dd>
            <span data-testid="ticket-assignee">{assignee}</span>
            {/* Whether the assignee is at work now (their presence, as last synced); said only when they are not. */}
            {assigneePresence && assigneePresence !== 'available' ? (
              <span className="muted" data-testid="assignee-presence" data-value={assigneePresence}>
                {' '}
                · {t.presence.state[assigneePresence]}
              </span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t.ticket.fields.tier}</dt>
          <dd data-testid="ticket-tier" data-value={ticket.tier}>
            {t.header.tier(ticket.tier)}
          </dd>
        </div>
        <div>
          <dt>{t.ticket.fields.channel}</dt>
          <dd>{t.channel[ticket.channel]}</dd>
        </div>
        <div>
          <dt>{t.sla.firstResponse}</dt>
          <dd data-testid="sla-first-response">
            {ticket.firstResponseAt ? t.sla.met : <SlaCountdown dueAt={ticket.firstResponseDueAt} label={t.sla.firstResponse} />}
          </dd>
        </div>
        <div>
          <dt>{t.sla.resolution}</dt>
          <dd data-testid="sla-resolution">
            {ticket.solvedAt ? t.sla.met : <SlaCountdown dueAt={ticket.resolutionDueAt} label={t.sla.resolution} />}
          </dd>
        </div>
        {ticket.tier !== 1 || ticket.engineeringLink ? (
          <div className="ticket-link-field">
            <dt>{t.ticket.engineeringLink}</dt>
            <dd data-testid="engineering-link">
              <EngineeringLink url={ticket.engineeringLink} />
            </dd>
          </div>
        ) : null}
        {/* Their actions sit in the fields: the toolbar must stay on one line at 1440 px (layout-1440 e2e). */}
        <TagsField tags={ticket.tags} allowed={allowed['ticket.tags']} run={run} />
        <RatingField rating={ticket.rating} allowed={allowed['ticket.rating']} run={run} />
        <ComplaintField complaint={ticket.complaint} allowed={allowed['ticket.complaint']} run={run} />
      </dl>
      {pending > 0 ? (
        <p className="ticket-pending" data-testid="ticket-pending">
          {t.ticket.pendingChanges(pending)}
        </p>
      ) : null}
      <div className="ticket-actions" role="toolbar" aria-label={t.ticket.actions}>
        {button('ticket.take', t.ticket.take)}
        {button('ticket.status', t.ticket.setStatus, 'menu')}
        {button('ticket.priority', t.ticket.setPriority, 'menu')}
        {button('ticket.escalate', t.ticket.escalate, 'dialog')}
        {allowed['ticket.handBack'] ? button('ticket.handBack', t.ticket.handBack, 'dialog') : null}
        {allowed['ticket.link'] ? button('ticket.link', t.ticket.link, 'dialog') : null}
      </div>
    </header>
  );
}
