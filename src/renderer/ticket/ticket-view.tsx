// The open ticket: header with actions, the thread, the composer and the customer card, plus the
// pickers and dialogs its actions open. What may be done is asked of the shared rules on every change
// of the ticket, so a ticket escalated out of the agent's tier turns read-only at once.
import { useEffect, useRef } from 'react';
import type { ActionId } from '../../shared/keymap';
import { PRIORITIES, STATUSES } from '../../shared/domain';
import { useConsole } from '../app/console-context';
import { useUiStore, type DialogKind } from '../app/ui-store';
import { EscalateDialog } from '../escalation/escalate-dialog';
import { HandBackDialog } from '../escalation/handback-dialog';
import { useStrings } from '../i18n';
import { useQueueStore } from '../queue/queue-store';
import { OptionMenu } from '../ui/option-menu';
import { Composer } from './composer';
import { CustomerCard } from './customer-card';
import { EngineeringLinkDialog } from './engineering-link-dialog';
import { Thread } from './thread';
import { TicketHeader } from './ticket-header';
import { addMessage, escalate, handBack, setEngineeringLink, setPriority, setStatus } from './ticket-actions';
import { allowedActions, nextTier, readOnlyReason, type TicketAction } from './ticket-permissions';
import { useTicketData } from './use-ticket-data';
import { useShownData } from './ahead';
import { CaptureDialogs } from './rating-and-tags-dialogs';
import { ComplaintBlock } from '../complaints/complaint-block';
import { ComplaintDialogHost } from '../complaints/complaint-dialog-host';

/** The ticket action behind each dialog the ticket view shows. */
const DIALOG_ACTION: Partial<Record<DialogKind, TicketAction>> = {
  status: 'ticket.status',
  priority: 'ticket.priority',
  escalate: 'ticket.escalate',
  handback: 'ticket.handBack',
  link: 'ticket.link',
  tags: 'ticket.tags',
  rating: 'ticket.rating',
  complaint: 'ticket.complaint',
};

interface TicketViewProps {
  ticketId: string;
  run(action: ActionId): void;
}

export function TicketView({ ticketId, run }: TicketViewProps) {
  const t = useStrings();
  const { replica } = useConsole();
  // The agent's own status/priority edit shows at once, ahead of its write (ahead.ts).
  const data = useShownData(useTicketData(ticketId));
  const dialog = useUiStore((s) => s.dialog);
  const closeDialog = useUiStore((s) => s.closeDialog);
  const openTicket = useQueueStore((s) => s.openTicket);
  const viewRef = useRef<HTMLElement>(null);
  const me = replica.agent;
  const allowed = data ? allowedActions(me, data.ticket) : null;
  const dialogAction = dialog ? DIALOG_ACTION[dialog] : undefined;
  const dialogGone = !!dialogAction && !!allowed && !allowed[dialogAction];
  // The ticket changed under an open dialog (escalated away, say) and the action is no longer allowed:
  // close it, or it would hold the keyboard while not shown.
  useEffect(() => {
    if (dialogGone) closeDialog();
  }, [dialogGone, closeDialog]);

  if (data === undefined) return <div className="ticket-view muted">{t.ticket.loading}</div>;
  if (data === null || !allowed) return <div className="ticket-view muted">{t.ticket.notFound}</div>;
  const { ticket, agents } = data;
  const readOnly = readOnlyReason(t, me, ticket, data.escalations);
  const toTier = nextTier(ticket.tier);
  // A dialog stays only while its action is still allowed (the ticket may change under it).
  const shown = (kind: typeof dialog) => dialog === kind && !dialogGone;

  return (
    // tabIndex -1: the view takes the focus back after a send, so single-key shortcuts work at once.
    <article ref={viewRef} className="ticket-view" tabIndex={-1} data-testid="ticket-view" data-ticket-id={ticket.id} aria-labelledby="ticket-title">
      {/* The header spans the pane (the customer card sits beside the thread), so the actions fit on one line. */}
      <TicketHeader ticket={ticket} agents={agents} pending={data.pending} allowed={allowed} readOnly={readOnly} run={run} />
      <div className="ticket-main">
        <ComplaintBlock ticket={ticket} agents={agents} />
        <Thread messages={data.messages} escalations={data.escalations} agents={agents} />
        <Composer
          key={ticket.id}
          ticketId={ticket.id}
          readOnlyReason={allowed['ticket.reply'] ? null : (readOnly ?? t.announce.notAllowed)}
          onSend={async (kind, body) => (await addMessage(replica, ticket, kind, body)).ok}
          onSent={() => viewRef.current?.focus()}
          customer={data.customer ? { name: data.customer.name, language: data.customer.language } : null}
          agentName={me.name}
        />
      </div>
      <CustomerCard
        customer={data.customer}
        otherTickets={data.otherTickets}
        onOpenTicket={openTicket}
        unverified={ticket.customerUnverified}
        onConfirm={allowed['ticket.confirmCustomer'] ? () => run('ticket.confirmCustomer') : undefined}
      />
      {shown('status') ? (
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
      {shown('priority') ? (
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
      {shown('escalate') && toTier !== null ? (
        <EscalateDialog
          ticket={ticket}
          toTier={toTier}
          onClose={closeDialog}
          onSubmit={async (args) => (await escalate(replica, ticket, args)).ok}
        />
      ) : null}
      {shown('handback') ? (
        <HandBackDialog
          ticket={ticket}
          escalations={data.escalations}
          agents={agents}
          onClose={closeDialog}
          onSubmit={async (args) => (await handBack(replica, ticket, args)).ok}
        />
      ) : null}
      {shown('link') ? (
        <EngineeringLinkDialog ticket={ticket} onClose={closeDialog} onSubmit={async (url) => (await setEngineeringLink(replica, ticket, url)).ok} />
      ) : null}
      <ComplaintDialogHost ticket={ticket} agents={agents} shown={shown('complaint')} onClose={closeDialog} />
      <CaptureDialogs ticket={ticket} shown={shown('tags') ? 'tags' : shown('rating') ? 'rating' : null} onClose={closeDialog} />
    </article>
  );
}
