// The open ticket: header with actions, the thread, the composer and the customer card, plus the
// pickers and dialogs its actions open.
import type { ActionId } from '../../shared/keymap';
import { PRIORITIES, STATUSES } from '../../shared/domain';
import { useConsole } from '../app/console-context';
import { useUiStore } from '../app/ui-store';
import { EscalateDialog } from '../escalation/escalate-dialog';
import { HandBackDialog } from '../escalation/handback-dialog';
import { useStrings } from '../i18n';
import { OptionMenu } from '../ui/option-menu';
import { Composer } from './composer';
import { CustomerCard } from './customer-card';
import { Thread } from './thread';
import { TicketHeader } from './ticket-header';
import { addMessage, escalate, handBack, nextTier, setPriority, setStatus } from './ticket-actions';
import { useTicketData } from './use-ticket-data';

interface TicketViewProps {
  ticketId: string;
  run(action: ActionId): void;
}

export function TicketView({ ticketId, run }: TicketViewProps) {
  const t = useStrings();
  const { replica } = useConsole();
  const data = useTicketData(ticketId);
  const dialog = useUiStore((s) => s.dialog);
  const closeDialog = useUiStore((s) => s.closeDialog);
  const openTicket = useUiStore((s) => s.openTicket);

  if (data === undefined) return <div className="ticket-view muted">{t.ticket.loading}</div>;
  if (data === null) return <div className="ticket-view muted">{t.ticket.notFound}</div>;
  const { ticket, agents } = data;
  const toTier = nextTier(ticket.tier);

  return (
    <article className="ticket-view" data-testid="ticket-view" data-ticket-id={ticket.id} aria-labelledby="ticket-title">
      <div className="ticket-main">
        <TicketHeader ticket={ticket} me={replica.agent} agents={agents} pending={data.pending} run={run} />
        <Thread messages={data.messages} escalations={data.escalations} agents={agents} />
        <Composer key={ticket.id} onSend={async (kind, body) => (await addMessage(replica, ticket, kind, body)).ok} />
      </div>
      <CustomerCard customer={data.customer} otherTickets={data.otherTickets} onOpenTicket={openTicket} />
      {dialog === 'status' ? (
        <OptionMenu
          title={t.menus.status}
          hint={t.menus.hint}
          testId="status-menu"
          current={ticket.status}
          options={STATUSES.map((s) => ({ value: s, label: t.status[s], disabled: s === 'new' && ticket.status !== 'new' }))}
          onClose={closeDialog}
          onChoose={(s) => {
            closeDialog();
            if (s !== ticket.status) void setStatus(replica, ticket, s);
          }}
        />
      ) : null}
      {dialog === 'priority' ? (
        <OptionMenu
          title={t.menus.priority}
          hint={t.menus.hint}
          testId="priority-menu"
          current={ticket.priority}
          options={PRIORITIES.map((p) => ({ value: p, label: t.priority[p] }))}
          onClose={closeDialog}
          onChoose={(p) => {
            closeDialog();
            if (p !== ticket.priority) void setPriority(replica, ticket, p);
          }}
        />
      ) : null}
      {dialog === 'escalate' && toTier !== null ? (
        <EscalateDialog
          ticket={ticket}
          toTier={toTier}
          onClose={closeDialog}
          onSubmit={async (args) => (await escalate(replica, ticket, args)).ok}
        />
      ) : null}
      {dialog === 'handback' ? (
        <HandBackDialog
          ticket={ticket}
          escalations={data.escalations}
          agents={agents}
          onClose={closeDialog}
          onSubmit={async (args) => (await handBack(replica, ticket, args)).ok}
        />
      ) : null}
    </article>
  );
}
