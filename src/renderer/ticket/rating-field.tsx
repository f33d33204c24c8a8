// The ticket's latest customer rating in its header — from a survey or told to an agent — or "No rating
// yet". The scores are the ticket's (kept by the server with every answer), so every workstation shows it.
import type { Ticket } from '../../shared/domain';
import { useStrings } from '../i18n';
import './rating.css';

export function RatingField({ rating }: { rating: Ticket['rating'] }) {
  const t = useStrings();
  const r = t.rating;
  const scores = rating ? [rating.csat !== null ? r.csatValue(rating.csat) : null, rating.nps !== null ? r.npsValue(rating.nps) : null].filter((x) => x !== null) : [];
  return (
    <div className="ticket-rating">
      <dt>{r.field}</dt>
      <dd data-testid="ticket-rating" data-csat={rating?.csat ?? undefined} data-nps={rating?.nps ?? undefined} data-source={rating?.source}>
        {rating ? (
          <>
            {scores.join(' · ')}
            <span className="muted">({rating.source === 'inbound' ? r.fromSurvey(rating.at) : r.fromAgent(rating.at)})</span>
          </>
        ) : (
          <span className="muted">{r.none}</span>
        )}
      </dd>
    </div>
  );
}
