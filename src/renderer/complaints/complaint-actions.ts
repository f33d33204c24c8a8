// Raising and closing a ticket's complaint as replica mutations (optimistic here, decided again by the
// server), their outcome said in the live region like every ticket action.
import type { ComplaintCategory } from '../../shared/complaint';
import type { Ticket } from '../../shared/domain';
import type { MutateResult, Replica } from '../db';
import { strings } from '../i18n';
import { mutateAndSay } from '../ticket/ticket-actions';

type Mutate = Pick<Replica, 'mutate'>;

export function raiseComplaint(
  replica: Mutate,
  ticket: Ticket,
  category: ComplaintCategory,
  description: string,
): Promise<MutateResult> {
  return mutateAndSay(
    replica,
    'raiseComplaint',
    { ticketId: ticket.id, category, description },
    strings.complaint.announce.raised,
  );
}

export function closeComplaint(replica: Mutate, ticket: Ticket): Promise<MutateResult> {
  return mutateAndSay(replica, 'closeComplaint', { ticketId: ticket.id }, strings.complaint.announce.closed);
}
