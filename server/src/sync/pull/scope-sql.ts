// Scope predicates for pull, answered through ticket_scopes (migration 0006) by index probes: whether a
// ticket is held is a primary-key lookup (ticket, key); whether a customer is, a lookup of the walk index
// (tenant, key, customer). None evaluates a ticket scan per row.
import { type ExpressionBuilder } from 'kysely';
import type { Schema } from '../../db/schema';
import { ALL } from '../ticket-scopes';

export interface PullScope {
  tenantId: string;
  /** scopeKeysOf(agent) */
  keys: string[];
  /** Closed tickets last changed before this are beyond the history window (shared/history). */
  cutoff: string;
}

/** Tickets a workstation holds (a ticket of the scope keys, open or within the history window). */
export function ticketInScope(s: PullScope) {
  return (eb: ExpressionBuilder<Schema, 'tickets'>) => {
    const recent = eb.or([eb('tickets.status', '<>', 'closed'), eb('tickets.updated_at', '>=', s.cutoff)]);
    if (s.keys.includes(ALL)) return recent;
    return eb.and([
      recent,
      eb.exists(eb.selectFrom('ticket_scopes').select('ticket_scopes.scope').whereRef('ticket_scopes.ticket_id', '=', 'tickets.id').where('ticket_scopes.scope', 'in', s.keys)),
    ]);
  };
}

/** A customer travels only to workstations holding one of their tickets (data minimisation). */
export function customerHeld(eb: ExpressionBuilder<Schema, 'customers' | 'history'>, customer: 'customers.id' | 'history.customer_id', s: PullScope) {
  return eb.exists(
    eb
      .selectFrom('ticket_scopes as cs')
      .select('cs.ticket_id')
      .where('cs.tenant_id', '=', s.tenantId)
      .where('cs.scope', 'in', s.keys)
      .whereRef('cs.customer_id', '=', customer)
      .where((w) => w.or([w('cs.closed_at', 'is', null), w('cs.closed_at', '>=', s.cutoff)])),
  );
}

/** A card row (its id column given) is held where one of its customer's tickets is. */
export function cardInScope(s: PullScope, id: string) {
  return (eb: ExpressionBuilder<Schema, 'history'>) => customerHeld(eb as unknown as ExpressionBuilder<Schema, 'customers' | 'history'>, id as 'history.customer_id', s);
}

/**
 * Rows of a ticket or of a card (history): a ticket's go where the ticket is; a customer's (edits of name,
 * contact, notes) only where one of that customer's tickets is, like the customer card itself; one about
 * neither everywhere. The query joins tickets on the ticket column (left join).
 */
export function threadOrCardInScope(s: PullScope, ticket: string, customer: string) {
  const held = ticketInScope(s);
  const t = ticket as 'history.ticket_id';
  const c = customer as 'history.customer_id';
  return (eb: ExpressionBuilder<Schema, 'history' | 'tickets'>) =>
    eb.or([
      eb.and([eb(t, 'is', null), eb.or([eb(c, 'is', null), customerHeld(eb as unknown as ExpressionBuilder<Schema, 'customers' | 'history'>, c, s)])]),
      held(eb as unknown as ExpressionBuilder<Schema, 'tickets'>),
    ]);
}
