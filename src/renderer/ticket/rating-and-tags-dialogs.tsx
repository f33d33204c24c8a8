// The ticket view's capture dialogs — the customer's rating (v) and the tags (t) — with their saves,
// so the ticket view mounts them with one line.
import type { Ticket } from '../../shared/domain';
import { useConsole } from '../app/console-context';
import { recordRating } from './rating-actions';
import { RatingDialog } from './rating-dialog';
import { changeTag } from './tags-actions';
import { TagsDialog } from './tags-dialog';
import { knownTags } from './tags-known';

interface CaptureDialogsProps {
  ticket: Ticket;
  shown: 'tags' | 'rating' | null;
  onClose(): void;
}

export function CaptureDialogs({ ticket, shown, onClose }: CaptureDialogsProps) {
  const { replica } = useConsole();
  if (shown === 'rating') return <RatingDialog ticket={ticket} onClose={onClose} onSubmit={async (a) => (await recordRating(replica, ticket, a)).ok} />;
  if (shown === 'tags') return <TagsDialog ticket={ticket} suggestions={knownTags()} onClose={onClose} onChange={(kind, tag) => changeTag(replica, ticket, kind, tag)} />;
  return null;
}
