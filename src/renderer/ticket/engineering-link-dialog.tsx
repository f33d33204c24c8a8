// `l`: link the engineering issue a tier 2/3 case waits on, or remove the link. The URL is checked with
// the contract's own schema (http(s) only), so the dialog refuses exactly what the server would.
import { useState, type FormEvent } from 'react';
import type { Ticket } from '../../shared/domain';
import { MutationArgs } from '../../shared/mutations';
import { validationReason } from '../../shared/validation-reason';
import { FieldError, isSubmitChord } from '../escalation/field-errors';
import { useStrings } from '../i18n';
import { reasonText } from '../messages/reason-text';
import { Dialog } from '../ui/dialog';

const UrlField = MutationArgs.setEngineeringLink.shape.url;
const MAX_LENGTH = 500;

interface EngineeringLinkDialogProps {
  ticket: Ticket;
  /** Resolves true once saved locally; url null removes the link. */
  onSubmit(url: string | null): Promise<boolean>;
  onClose(): void;
}

export function EngineeringLinkDialog({ ticket, onSubmit, onClose }: EngineeringLinkDialogProps) {
  const t = useStrings();
  const l = t.link;
  const [url, setUrl] = useState(ticket.engineeringLink ?? '');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const save = async (value: string | null) => {
    setBusy(true);
    const ok = await onSubmit(value);
    setBusy(false);
    if (ok) onClose();
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const text = url.trim();
    if (!text) return setError(l.empty);
    const parsed = UrlField.safeParse(text);
    // The contract's own words, as the other dialogs show them.
    if (!parsed.success || parsed.data === null) return setError(parsed.error ? reasonText(validationReason(parsed.error)) : l.invalid);
    setError(undefined);
    await save(parsed.data);
  };

  return (
    <Dialog title={l.title} onClose={onClose} testId="link-dialog">
      <form
        className="form"
        onSubmit={(e) => void submit(e)}
        onKeyDown={(e) => {
          if (isSubmitChord(e)) void submit(e);
        }}
        noValidate
      >
        <p className="muted">
          #{ticket.number ?? t.queue.draftNumber} {ticket.subject}
        </p>
        <label htmlFor="link-url">{l.url}</label>
        <input
          id="link-url"
          type="url"
          data-testid="link-url"
          data-autofocus
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://"
          value={url}
          maxLength={MAX_LENGTH}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'link-url-error' : undefined}
          onChange={(e) => {
            setUrl(e.target.value);
            if (error) setError(undefined);
          }}
        />
        <FieldError id="link-url-error" message={error} testId="link-url-error" />
        <div className="form-actions">
          {ticket.engineeringLink ? (
            <button type="button" className="destructive" data-testid="link-remove" disabled={busy} onClick={() => void save(null)}>
              {l.remove}
            </button>
          ) : null}
          <button type="button" onClick={onClose}>
            {l.cancel}
          </button>
          <button type="submit" className="primary" data-testid="link-submit" disabled={busy}>
            {l.save}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
