// A field's own action button in the ticket header (the tags' "Edit t", the rating's "Record v", the
// complaint's "Raise ⇧C"): a short
// visible word, the action's full name as its accessible name, its key from the agent's key map.
import { ariaKeyShortcuts, formatKeys, type ActionId } from '../../shared/keymap';
import { useStrings } from '../i18n';
import { firstKey, useKeymap } from '../keyboard/keymap-store';
import { isMac } from '../ui/format';
import './tags.css';

interface FieldActionProps {
  action: 'ticket.tags' | 'ticket.rating' | 'ticket.complaint';
  word: string;
  allowed: boolean;
  run(action: ActionId): void;
}

export function FieldAction({ action, word, allowed, run }: FieldActionProps) {
  const t = useStrings();
  const key = firstKey(useKeymap(), action);
  return (
    <button
      type="button"
      className="field-action"
      data-testid={`action-${action.slice('ticket.'.length)}`}
      aria-label={t.actions[action]}
      aria-keyshortcuts={ariaKeyShortcuts(key)}
      aria-haspopup="dialog"
      disabled={!allowed}
      onClick={() => run(action)}
    >
      {word} {key ? <kbd>{formatKeys(key, isMac(), t.help.then)}</kbd> : null}
    </button>
  );
}
