// The complaint dialog as the ticket view opens it (Shift+C): the replica's mutations behind it, and
// who may close, asked of the shared rules.
import { authorize } from '../../shared/authorize';
import type { Agent, Ticket } from '../../shared/domain';
import { useConsole } from '../app/console-context';
import { closeComplaint, raiseComplaint } from './complaint-actions';
import { ComplaintDialog } from './complaint-dialog';

interface ComplaintDialogHostProps {
  ticket: Ticket;
  agents: Map<string, Agent>;
  shown: boolean;
  onClose(): void;
}

export function ComplaintDialogHost({ ticket, agents, shown, onClose }: ComplaintDialogHostProps) {
  const { replica } = useConsole();
  if (!shown) return null;
  const mayClose = authorize(
    replica.agent,
    { id: 1, name: 'closeComplaint', args: { ticketId: ticket.id } },
    ticket,
    undefined,
  ).ok;
  return (
    <ComplaintDialog
      ticket={ticket}
      agents={agents}
      mayClose={mayClose}
      onClose={onClose}
      onRaise={async (category, description) => (await raiseComplaint(replica, ticket, category, description)).ok}
      onCloseComplaint={async () => (await closeComplaint(replica, ticket)).ok}
    />
  );
}
