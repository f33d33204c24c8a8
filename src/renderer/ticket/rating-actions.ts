// The rating dialog's save: a recordSurvey with a fresh id (the server's surveys row keeps it, so a
// resent push cannot count the answer twice), said in the live region like every ticket change.
import type { Ticket } from '../../shared/domain';
import { uuidv7 } from '../../shared/uuid';
import type { MutateResult, Replica } from '../db';
import { strings } from '../i18n';
import type { RatingAnswer } from './rating-dialog';
import { mutateAndSay } from './ticket-actions';

export function recordRating(replica: Pick<Replica, 'mutate'>, ticket: Ticket, answer: RatingAnswer): Promise<MutateResult> {
  return mutateAndSay(replica, 'recordSurvey', { id: uuidv7(), ticketId: ticket.id, ...answer }, strings.rating.saved);
}
