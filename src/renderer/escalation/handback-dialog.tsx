// A specialist hands the ticket back to tier 1 for the customer follow-up, with a summary of what was
// done; the follow-up agent defaults to the tier 1 agent who escalated it.
import { useState, type FormEvent } from 'react';
import type { Agent, Escalation, Ticket } from '../../shared/domain';
import { MutationArgs } from '../../shared/mutations';
import { useStrings } from '../i18n';
import { Dialog } from '../ui/dialog';
import { FieldError, fieldErrors, isSubmitChord } from './field-errors';

/** The tier 1 agent who first escalated this ticket (the latest escalation out of tier 1). */
export function escalatedBy(escalations: Escalation[], agents: Map<string, Agent>): string | null {
  for (let i = escalations.length - 1; i >= 0; i--) {
    const e = escalations[i]!;
    if (e.kind === 'escalate' && e.fromTier === 1 && agents.get(e.byAgentId)?.tier === 1) return e.byAgentId;
  }
  return null;
}

interface HandBackDialogProps {
  ticket: Ticket;
  escalations: Escalation[];
  agents: Map<string, Agent>;
  onSubmit(args: { toAgentId: string | null; summary: string }): Promise<boolean>;
  onClose(): void;
}

export function HandBackDialog({ ticket, escalations, agents, onSubmit, onClose }: HandBackDialogProps) {
  const t = useStrings();
  const tier1 = [...agents.values()].filter((a) => a.role === 'agent' && a.tier === 1).sort((a, b) => a.name.localeCompare(b.name));
  const [toAgentId, setToAgentId] = useState<string>(() => escalatedBy(escalations, agents) ?? '');
  const [summary, setSummary] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = MutationArgs.handBack.pick({ summary: true }).safeParse({ summary });
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      return;
    }
    setErrors({});
    setBusy(true);
    const ok = await onSubmit({ toAgentId: toAgentId || null, summary: parsed.data.summary });
    setBusy(false);
    if (ok) onClose();
  };

  return (
    <Dialog title={t.escalation.handBackTitle} onClose={onClose} testId="handback-dialog">
      <form className="form" onSubmit={(e) => void submit(e)} onKeyDown={(e) => {
          if (isSubmitChord(e)) void submit(e);
        }} noValidate>
        <p className="muted">
          #{ticket.number ?? t.queue.draftNumber} {ticket.subject}
        </p>
        <label htmlFor="handback-agent">{t.escalation.handBackTo}</label>
        <select id="handback-agent" data-testid="handback-agent" value={toAgentId} onChange={(e) => setToAgentId(e.target.value)}>
          <option value="">{t.escalation.handBackNobody}</option>
          {tier1.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
        <label htmlFor="handback-summary">{t.escalation.handBackSummary}</label>
        <textarea
          id="handback-summary"
          data-testid="handback-summary"
          data-autofocus
          rows={6}
          value={summary}
          maxLength={5000}
          aria-invalid={errors.summary ? true : undefined}
          aria-describedby={errors.summary ? 'handback-summary-error' : undefined}
          onChange={(e) => setSummary(e.target.value)}
        />
        <FieldError id="handback-summary-error" message={errors.summary} testId="handback-summary-error" />
        <div className="form-actions">
          <button type="button" onClick={onClose}>
            {t.escalation.cancel}
          </button>
          <button type="submit" className="primary" data-testid="handback-submit" disabled={busy}>
            {t.escalation.handBackSubmit}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
