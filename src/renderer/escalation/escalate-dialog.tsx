// Escalate to the next tier with a reason and a handoff summary (what was tried). The contract's own
// validation words are shown under the fields, so the dialog and the server agree on what is required.
import { useState, type FormEvent } from 'react';
import type { Ticket, Tier } from '../../shared/domain';
import { MutationArgs } from '../../shared/mutations';
import { useStrings } from '../i18n';
import { Dialog } from '../ui/dialog';
import { FieldError, fieldErrors, isSubmitChord } from './field-errors';

interface EscalateDialogProps {
  ticket: Ticket;
  toTier: Tier;
  onSubmit(args: { toTier: Tier; reason: string; summary: string }): Promise<boolean>;
  onClose(): void;
}

export function EscalateDialog({ ticket, toTier, onSubmit, onClose }: EscalateDialogProps) {
  const t = useStrings();
  const [reason, setReason] = useState('');
  const [summary, setSummary] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = MutationArgs.escalate
      .pick({ reason: true, summary: true })
      .safeParse({ reason, summary });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    setBusy(true);
    const ok = await onSubmit({ toTier, reason: parsed.data.reason, summary: parsed.data.summary });
    setBusy(false);
    if (ok) onClose();
  };

  return (
    <Dialog title={t.escalation.title(toTier)} onClose={onClose} testId="escalate-dialog">
      <form className="form" onSubmit={(e) => void submit(e)} onKeyDown={(e) => {
          if (isSubmitChord(e)) void submit(e);
        }} noValidate>
        <p className="muted">
          #{ticket.number ?? t.queue.draftNumber} {ticket.subject}
        </p>
        <label htmlFor="escalate-reason">{t.escalation.reason}</label>
        <input
          id="escalate-reason"
          data-testid="escalate-reason"
          data-autofocus
          value={reason}
          maxLength={500}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={errors.reason ? 'escalate-reason-error' : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
        <FieldError id="escalate-reason-error" message={errors.reason} testId="escalate-reason-error" />
        <label htmlFor="escalate-summary">{t.escalation.summary}</label>
        <textarea
          id="escalate-summary"
          data-testid="escalate-summary"
          rows={6}
          value={summary}
          maxLength={5000}
          aria-invalid={errors.summary ? true : undefined}
          aria-describedby={errors.summary ? 'escalate-summary-error' : undefined}
          onChange={(e) => setSummary(e.target.value)}
        />
        <FieldError id="escalate-summary-error" message={errors.summary} testId="escalate-summary-error" />
        <div className="form-actions">
          <button type="button" onClick={onClose}>
            {t.escalation.cancel}
          </button>
          <button type="submit" className="primary" data-testid="escalate-submit" disabled={busy}>
            {t.escalation.submit}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
