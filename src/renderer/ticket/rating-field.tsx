// The ticket's latest customer rating in its header — from a survey or told to an agent — or "No rating
// yet", with the button that records one (v). The scores are the ticket's (kept by the server with every
// answer), so every workstation shows it.
import type { Ticket } from '../../shared/domain';
import type { ActionId } from '../../shared/keymap';
import { useStrings } from '../i18n';
import { FieldAction } from './tags-field-action';
import './rating.css';

export function RatingField({ rating, allowed, run }: { rating: Ticket['rating']; allowed: boolean; run(action: ActionId): void }) {
  const t = useStrings();
  const r = t.rating;
  const scores = rating ? [rating.csat !== null ? r.csatValue(rating.csat) : null, rating.nps !== null ? r.npsValue(rating.nps) : null].filter((x) => x !== null) : [];
  return (
    <div className="ticket-rating">
      <dt>{r.field}</dt>
      <dd>
        <span data-testid="ticket-rating" data-csat={rating?.csat ?? undefined} data-nps={rating?.nps ?? undefined} data-source={rating?.source}>
          {rating ? (
            <>
              {scores.join(' · ')}{' '}
              <span className="muted">({rating.source === 'inbound' ? r.fromSurvey(rating.at) : r.fromAgent(rating.at)})</span>
            </>
          ) : (
            <span className="muted">{r.none}</span>
          )}
        </span>
        <FieldAction action="ticket.rating" word={r.record} allowed={allowed} run={run} />
      </dd>
    </div>
  );
}
