// The tag editor's changes as addTag/removeTag mutations, said in the live region; a refusal comes back
// in words for the editor to show (and, like every refusal, in the notices).
import type { Ticket } from '../../shared/domain';
import type { Replica } from '../db';
import { strings } from '../i18n';
import { reasonText } from '../messages/reason-text';
import { rememberTags } from './tags-known';
import { mutateAndSay } from './ticket-actions';

export async function changeTag(replica: Pick<Replica, 'mutate'>, ticket: Ticket, kind: 'add' | 'remove', tag: string): Promise<string | null> {
  const res =
    kind === 'add'
      ? await mutateAndSay(replica, 'addTag', { ticketId: ticket.id, tag }, strings.tags.added(tag))
      : await mutateAndSay(replica, 'removeTag', { ticketId: ticket.id, tag }, strings.tags.removed(tag));
  if (!res.ok) return reasonText(res);
  if (kind === 'add') rememberTags([tag]);
  return null;
}
