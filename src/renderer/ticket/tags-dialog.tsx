// `t`: the ticket's tags. Type and Enter adds one (in the contract's form: trimmed, lower case, one word);
// Backspace or Delete on a focused tag removes it. Each change is an addTag/removeTag through the outbox,
// so it works offline; a duplicate, a word that is no tag, or one beyond the ticket's bound is refused here
// with a message, and a refusal of the rules is shown.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { MAX_TAGS_PER_TICKET, Tag, type Ticket } from '../../shared/domain';
import { validationReason } from '../../shared/validation-reason';
import { FieldError } from '../escalation/field-errors';
import { useStrings } from '../i18n';
import { reasonText } from '../messages/reason-text';
import { Dialog } from '../ui/dialog';
import './tags.css';

/** Makes the change; resolves null when saved locally, else the words of the refusal. */
export type TagChange = (kind: 'add' | 'remove', tag: string) => Promise<string | null>;

interface TagsDialogProps {
  ticket: Ticket;
  /** Tags in use elsewhere, offered while typing (the list is the caller's, bounded). */
  suggestions: readonly string[];
  onChange: TagChange;
  onClose(): void;
}

export function TagsDialog({ ticket, suggestions, onChange, onClose }: TagsDialogProps) {
  const t = useStrings();
  const g = t.tags;
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const tags = ticket.tags;
  /** After a removal, the chip to focus once the ticket's tags have changed (the replica's live read). */
  const focusAfter = useRef<number | null>(null);
  useEffect(() => {
    if (focusAfter.current === null) return;
    focusTag(focusAfter.current);
    focusAfter.current = null;
  }, [tags]);

  const focusTag = (i: number) => {
    const chips = list.current?.querySelectorAll<HTMLElement>('[data-tag]');
    const chip = chips?.[Math.min(i, chips.length - 1)];
    (chip ?? input.current)?.focus();
  };

  const add = async () => {
    const parsed = Tag.safeParse(text);
    if (!text.trim()) return setError(g.empty);
    if (!parsed.success) return setError(reasonText(validationReason(parsed.error)));
    const tag = parsed.data;
    if (tags.includes(tag)) return setError(g.duplicate(tag));
    if (tags.length >= MAX_TAGS_PER_TICKET) return setError(g.full(MAX_TAGS_PER_TICKET));
    // The box is emptied at once: what the agent types next, before this write is back, is the next tag.
    setText('');
    const refused = await onChange('add', tag);
    setError(refused ?? undefined);
    // Refused: the tag comes back into the box, unless the agent has typed on meanwhile.
    if (refused !== null) setText((now) => (now === '' ? tag : now));
  };

  const remove = async (tag: string, i: number) => {
    const refused = await onChange('remove', tag);
    setError(refused ?? undefined);
    // The tag before takes the focus (the first's successor when it was the first); none left: the box.
    if (refused === null) focusAfter.current = Math.max(0, i - 1);
  };

  const onInputKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void add();
    } else if (e.key === 'Backspace' && text === '' && tags.length) {
      e.preventDefault();
      focusTag(tags.length - 1);
    }
  };

  const onChipKey = (e: KeyboardEvent<HTMLButtonElement>, tag: string, i: number) => {
    if (e.key === 'Backspace' || e.key === 'Delete') {
      e.preventDefault();
      void remove(tag, i);
    } else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      e.preventDefault();
      if (e.key === 'ArrowRight' && i === tags.length - 1) input.current?.focus();
      else focusTag(Math.max(0, e.key === 'ArrowLeft' ? i - 1 : i + 1));
    }
  };

  const offered = suggestions.filter((s) => !tags.includes(s));
  return (
    <Dialog title={g.title} onClose={onClose} testId="tags-dialog">
      <div className="form">
        <p className="muted">
          #{ticket.number ?? t.queue.draftNumber} {ticket.subject}
        </p>
        <ul ref={list} className="tag-list" aria-label={g.current} data-testid="tags-list">
          {tags.map((tag, i) => (
            <li key={tag}>
              <button type="button" className="tag-chip" data-tag={tag} aria-label={g.remove(tag)} onClick={() => void remove(tag, i)} onKeyDown={(e) => onChipKey(e, tag, i)}>
                {tag} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
          {tags.length === 0 ? <li className="muted">{g.none}</li> : null}
        </ul>
        <label htmlFor="tags-input">{g.add}</label>
        <input
          ref={input}
          id="tags-input"
          data-testid="tags-input"
          data-autofocus
          autoComplete="off"
          spellCheck={false}
          list="tags-suggestions"
          maxLength={40}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'tags-hint tags-error' : 'tags-hint'}
          onChange={(e) => {
            setText(e.target.value);
            if (error) setError(undefined);
          }}
          onKeyDown={onInputKey}
        />
        <datalist id="tags-suggestions" aria-label={g.suggestions}>
          {offered.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        <p id="tags-hint" className="muted">
          {g.hint}
        </p>
        <FieldError id="tags-error" message={error} testId="tags-error" />
        <div className="form-actions">
          <button type="button" className="primary" data-testid="tags-done" onClick={onClose}>
            {g.done}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
