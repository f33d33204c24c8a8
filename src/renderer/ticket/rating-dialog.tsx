// `v`: record the customer's rating told on a call ("4 out of 5") — CSAT 1–5 and/or NPS 0–10 and an
// optional comment — as a recordSurvey through the outbox. Checked with the contract's own schema, so the
// dialog refuses exactly what the server would.
import { useState, type FormEvent } from 'react';
import type { Ticket } from '../../shared/domain';
import { formatKeys } from '../../shared/keymap';
import { MAX_SURVEY_COMMENT } from '../../shared/survey';
import { FieldError, isSubmitChord } from '../escalation/field-errors';
import { useStrings } from '../i18n';
import { Dialog } from '../ui/dialog';
import { isMac } from '../ui/format';
import { ScoreGroup } from './rating-score-group';
import './rating.css';

export interface RatingAnswer {
  csat?: number;
  nps?: number;
  comment?: string;
}

interface RatingDialogProps {
  ticket: Ticket;
  /** Resolves true once saved locally (false: refused, the dialog stays). */
  onSubmit(answer: RatingAnswer): Promise<boolean>;
  onClose(): void;
}

export function RatingDialog({ ticket, onSubmit, onClose }: RatingDialogProps) {
  const t = useStrings();
  const r = t.rating;
  const [csat, setCsat] = useState<number | null>(null);
  const [nps, setNps] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (csat === null && nps === null) return setError(r.needsScore);
    setError(undefined);
    const text = comment.trim();
    const answer: RatingAnswer = { ...(csat !== null ? { csat } : {}), ...(nps !== null ? { nps } : {}), ...(text ? { comment: text } : {}) };
    setBusy(true);
    const ok = await onSubmit(answer);
    setBusy(false);
    if (ok) onClose();
  };

  return (
    <Dialog title={r.title} onClose={onClose} testId="rating-dialog">
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
        <p id="rating-hint" className="muted">
          {r.hint(formatKeys('Mod+Enter', isMac()))}
        </p>
        <ScoreGroup label={r.csat} min={1} max={5} value={csat} onChange={(v) => (setCsat(v), setError(undefined))} testId="rating-csat" autoFocus describedBy="rating-hint" />
        <ScoreGroup label={r.nps} min={0} max={10} value={nps} onChange={(v) => (setNps(v), setError(undefined))} testId="rating-nps" describedBy="rating-hint" />
        <label htmlFor="rating-comment">{r.comment}</label>
        <textarea id="rating-comment" data-testid="rating-comment" rows={3} maxLength={MAX_SURVEY_COMMENT} value={comment} onChange={(e) => setComment(e.target.value)} />
        <FieldError id="rating-error" message={error} testId="rating-error" />
        <div className="form-actions">
          <button type="button" onClick={onClose}>
            {r.cancel}
          </button>
          <button type="submit" className="primary" data-testid="rating-submit" disabled={busy}>
            {r.save}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
