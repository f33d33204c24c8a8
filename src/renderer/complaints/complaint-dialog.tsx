// Shift+C on a ticket: raise a complaint (a category by the arrows or its number, a short description,
// Ctrl/⌘+Enter to save), or, when the ticket has an open one, close it. Esc cancels; the dialog traps
// the focus and gives it back (ui/dialog). The description is checked with the contract's own schema,
// so the dialog refuses exactly what the server would.
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_DESCRIPTION_MAX,
  COMPLAINT_DESCRIPTION_MIN,
  ComplaintDescription,
  type ComplaintCategory,
} from '../../shared/complaint';
import type { Agent, Ticket } from '../../shared/domain';
import { formatKeys } from '../../shared/keymap';
import { validationReason } from '../../shared/validation-reason';
import { FieldError, isSubmitChord } from '../escalation/field-errors';
import { useStrings } from '../i18n';
import { reasonText } from '../messages/reason-text';
import { Dialog } from '../ui/dialog';
import { isMac } from '../ui/format';
import { ComplaintBlock } from './complaint-block';

interface ComplaintDialogProps {
  ticket: Ticket;
  agents: Map<string, Agent>;
  /** Whether this agent may close the open complaint (its assignee or a supervisor). */
  mayClose: boolean;
  /** Each resolves true once saved locally. */
  onRaise(category: ComplaintCategory, description: string): Promise<boolean>;
  onCloseComplaint(): Promise<boolean>;
  onClose(): void;
}

const MOVES: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

export function ComplaintDialog({
  ticket,
  agents,
  mayClose,
  onRaise,
  onCloseComplaint,
  onClose,
}: ComplaintDialogProps) {
  const t = useStrings();
  const d = t.complaint.dialog;
  const open = ticket.complaint?.state === 'open';
  const [category, setCategory] = useState<ComplaintCategory>('service');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const group = useRef<HTMLDivElement>(null);

  const choose = (c: ComplaintCategory, focus: boolean) => {
    setCategory(c);
    if (focus) group.current?.querySelector<HTMLElement>(`[data-category="${c}"]`)?.focus();
  };
  const done = async (saved: Promise<boolean>) => {
    setBusy(true);
    const ok = await saved;
    setBusy(false);
    if (ok) onClose();
  };
  const submit = async (e: FormEvent | KeyboardEvent) => {
    e.preventDefault();
    if (busy) return;
    if (open) {
      if (mayClose) await done(onCloseComplaint());
      return;
    }
    const parsed = ComplaintDescription.safeParse(description);
    if (!parsed.success) return setError(reasonText(validationReason(parsed.error)));
    setError(undefined);
    await done(onRaise(category, parsed.data));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (isSubmitChord(e)) return void submit(e);
    if (open || (e.target as HTMLElement).tagName === 'TEXTAREA' || e.ctrlKey || e.metaKey || e.altKey) return;
    // A number chooses its category from anywhere but the description (where it is typed).
    const n = Number(e.key);
    if (Number.isInteger(n) && n >= 1 && n <= COMPLAINT_CATEGORIES.length) {
      e.preventDefault();
      choose(COMPLAINT_CATEGORIES[n - 1]!, true);
    }
  };
  const onGroupKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = MOVES[e.key];
    if (step === undefined) return;
    e.preventDefault();
    const i = COMPLAINT_CATEGORIES.indexOf(category);
    choose(COMPLAINT_CATEGORIES[(i + step + COMPLAINT_CATEGORIES.length) % COMPLAINT_CATEGORIES.length]!, true);
  };
  const submitKey = formatKeys('Mod+Enter', isMac(), t.help.then);

  return (
    <Dialog title={open ? d.closeTitle : d.raiseTitle} onClose={onClose} testId="complaint-dialog">
      <form className="form" onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown} noValidate>
        <p className="muted">
          #{ticket.number ?? t.queue.draftNumber} {ticket.subject}
        </p>
        {open ? (
          <>
            <ComplaintBlock ticket={ticket} agents={agents} />
            {mayClose ? null : (
              <p className="field-error" role="note" data-testid="complaint-close-not-allowed">
                {d.closeNotAllowed}
              </p>
            )}
          </>
        ) : (
          <>
            <div id="complaint-category-label">{d.category}</div>
            <div
              ref={group}
              role="radiogroup"
              aria-labelledby="complaint-category-label"
              aria-describedby="complaint-category-hint"
              className="complaint-categories"
              onKeyDown={onGroupKey}
            >
              {COMPLAINT_CATEGORIES.map((c, i) => (
                <button
                  key={c}
                  type="button"
                  role="radio"
                  aria-checked={c === category}
                  tabIndex={c === category ? 0 : -1}
                  data-category={c}
                  data-testid={`complaint-category-${c}`}
                  data-autofocus={c === category ? true : undefined}
                  className="complaint-category"
                  onClick={() => choose(c, false)}
                >
                  <kbd>{i + 1}</kbd> {t.complaint.category[c]}
                </button>
              ))}
            </div>
            <p id="complaint-category-hint" className="muted">
              {d.categoryHint}
            </p>
            <label htmlFor="complaint-description">{d.description}</label>
            <textarea
              id="complaint-description"
              data-testid="complaint-description-input"
              rows={4}
              maxLength={COMPLAINT_DESCRIPTION_MAX}
              value={description}
              aria-invalid={error ? true : undefined}
              aria-describedby={
                error ? 'complaint-description-hint complaint-description-error' : 'complaint-description-hint'
              }
              onChange={(e) => {
                setDescription(e.target.value);
                if (error) setError(undefined);
              }}
            />
            <p id="complaint-description-hint" className="muted">
              {d.descriptionHint(COMPLAINT_DESCRIPTION_MIN, COMPLAINT_DESCRIPTION_MAX)}
            </p>
            <FieldError id="complaint-description-error" message={error} testId="complaint-description-error" />
          </>
        )}
        <p className="muted">{d.submitHint(submitKey)}</p>
        <div className="form-actions">
          <button type="button" onClick={onClose}>
            {d.cancel}
          </button>
          <button
            type="submit"
            className={open ? 'destructive' : 'primary'}
            data-testid="complaint-submit"
            disabled={busy || (open && !mayClose)}
          >
            {open ? d.close : d.raise}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
