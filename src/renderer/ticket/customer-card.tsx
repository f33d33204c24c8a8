// Who the customer is, how to reach them, and their other tickets — so nobody asks twice.
import type { Customer, Ticket } from '../../shared/domain';
import { formatKeys } from '../../shared/keymap';
import { useStrings } from '../i18n';
import { firstKey, useKeymap } from '../keyboard/keymap-store';
import { isMac } from '../ui/format';

/** An address that may wrap after the @ only: the two halves never break inside. */
function EmailAddress({ email }: { email: string }) {
  const at = email.lastIndexOf('@');
  if (at < 0) return <span className="email-part">{email}</span>;
  return (
    <>
      <span className="email-part">{email.slice(0, at + 1)}</span>
      <wbr />
      <span className="email-part">{email.slice(at + 1)}</span>
    </>
  );
}

/** The card lists the most recent few; the rest is a count. */
const MAX_OTHER = 8;

interface CustomerCardProps {
  customer: Customer | undefined;
  otherTickets: Ticket[];
  onOpenTicket(id: string): void;
  /** The ticket's contact only claimed this customer's e-mail or phone (an inbound match): not checked yet. */
  unverified?: boolean;
  /** Confirms the identity (key `c`); absent when the agent may not. */
  onConfirm?: (() => void) | undefined;
}

export function CustomerCard({ customer, otherTickets, onOpenTicket, unverified = false, onConfirm }: CustomerCardProps) {
  const t = useStrings();
  const confirmKey = firstKey(useKeymap(), 'ticket.confirmCustomer');
  if (!customer) return null;
  return (
    <aside className={`customer-card${unverified ? ' is-unverified' : ''}`} aria-label={t.customer.card} data-testid="customer-card" data-verified={!unverified}>
      {unverified ? (
        <div className="identity-warning" role="note" data-testid="identity-unverified">
          <strong>{t.customer.unverifiedTitle}</strong>
          <p>{t.customer.unverified}</p>
          {onConfirm ? (
            <button type="button" data-testid="identity-confirm" aria-keyshortcuts="c" onClick={onConfirm}>
              {t.customer.confirm} {confirmKey ? <kbd>{formatKeys(confirmKey, isMac(), t.help.then)}</kbd> : null}
            </button>
          ) : null}
        </div>
      ) : null}
      <h3 className="customer-name">
        {customer.name}
        {customer.vip ? (
          <span className="badge badge-vip" data-testid="vip-badge">
            {t.customer.vip}
          </span>
        ) : null}
      </h3>
      <dl className="customer-facts">
        <dt>{t.customer.email}</dt>
        <dd title={customer.email ?? undefined} data-testid="customer-email">
          {customer.email ? <EmailAddress email={customer.email} /> : '—'}
        </dd>
        <dt>{t.customer.phone}</dt>
        <dd>{customer.phone ?? '—'}</dd>
        <dt>{t.customer.language}</dt>
        <dd>{t.customer.languages[customer.language]}</dd>
        <dt>{t.customer.preferredChannel}</dt>
        <dd>{t.channel[customer.preferredChannel]}</dd>
      </dl>
      {customer.notes ? <p className="customer-notes">{customer.notes}</p> : null}
      <h4>{t.customer.otherTickets}</h4>
      {otherTickets.length === 0 ? (
        <p className="muted">{t.customer.noOtherTickets}</p>
      ) : (
        <ul className="other-tickets">
          {otherTickets.slice(0, MAX_OTHER).map((o) => (
            <li key={o.id}>
              <button type="button" className="link-button" onClick={() => onOpenTicket(o.id)}>
                #{o.number ?? t.queue.draftNumber} {o.subject}
              </button>
              <span className={`pill status-${o.status}`}>{t.status[o.status]}</span>
            </li>
          ))}
          {otherTickets.length > MAX_OTHER ? <li className="muted">{t.customer.more(otherTickets.length - MAX_OTHER)}</li> : null}
        </ul>
      )}
    </aside>
  );
}
