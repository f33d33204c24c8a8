// The ticket's state at a glance (status, priority, assignee, tier, SLA clocks) and its actions.
import type { Agent, Ticket } from '../../shared/domain';
import type { ActionId } from '../../shared/keymap';
import { isSupervisor } from '../../shared/authorize';
import { useStrings } from '../i18n';
import { SlaCountdown } from './sla-countdown';
import { nextTier } from './ticket-actions';

interface TicketHeaderProps {
  ticket: Ticket;
  me: Agent;
  agents: Map<string, Agent>;
  pending: number;
  run(action: ActionId): void;
}

export function TicketHeader({ ticket, me, agents, pending, run }: TicketHeaderProps) {
  const t = useStrings();
  const assignee = ticket.assigneeId ? (agents.get(ticket.assigneeId)?.name ?? t.ticket.unknownAgent) : t.ticket.unassigned;
  const canHandBack = ticket.tier !== 1 && (isSupervisor(me) || me.tier !== 1);
  const num = ticket.number === null ? t.queue.draftNumber : String(ticket.number);
  return (
    <header className="ticket-header">
      <h2 id="ticket-title" className="ticket-title" data-testid="ticket-title">
        <span className="ticket-number">#{num}</span> {ticket.subject}
      </h2>
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
          <dd data-testid="ticket-assignee">{assignee}</dd>
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
      </dl>
      {pending > 0 ? (
        <p className="ticket-pending" data-testid="ticket-pending">
          {t.ticket.pendingChanges(pending)}
        </p>
      ) : null}
      <div className="ticket-actions" role="toolbar" aria-label={t.ticket.actions}>
        <button type="button" data-testid="action-take" aria-keyshortcuts="a" disabled={ticket.assigneeId === me.id} onClick={() => run('ticket.take')}>
          {t.ticket.take} <kbd>a</kbd>
        </button>
        <button type="button" data-testid="action-status" aria-keyshortcuts="s" aria-haspopup="menu" onClick={() => run('ticket.status')}>
          {t.ticket.setStatus} <kbd>s</kbd>
        </button>
        <button type="button" data-testid="action-priority" aria-keyshortcuts="p" aria-haspopup="menu" onClick={() => run('ticket.priority')}>
          {t.ticket.setPriority} <kbd>p</kbd>
        </button>
        <button type="button" data-testid="action-escalate" aria-keyshortcuts="e" aria-haspopup="dialog" disabled={nextTier(ticket.tier) === null} onClick={() => run('ticket.escalate')}>
          {t.ticket.escalate} <kbd>e</kbd>
        </button>
        {canHandBack ? (
          <button type="button" data-testid="action-handback" aria-keyshortcuts="h" aria-haspopup="dialog" onClick={() => run('ticket.handBack')}>
            {t.ticket.handBack} <kbd>h</kbd>
          </button>
        ) : null}
      </div>
    </header>
  );
}
