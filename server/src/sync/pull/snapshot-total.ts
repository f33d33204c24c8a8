// What a first sync will send, counted once when it begins: the scope's tickets, their threads and
// customer cards (with the cards' own history), the agents. Read from the ticket_scopes walk index
// (ticket and thread counts, customers) and two small lookups, never from the threads themselves.
import { sql, type ExpressionBuilder } from 'kysely';
import type { Tx } from '../../db/database';
import type { Schema } from '../../db/schema';
import { customerHeld, type PullScope } from './scope-sql';

export async function snapshotTotal(tx: Tx, s: PullScope): Promise<number> {
  const t = s.tenantId;
  const held = tx
    .selectFrom('ticket_scopes')
    .where('tenant_id', '=', t)
    .where('scope', 'in', s.keys)
    .where((w) => w.or([w('closed_at', 'is', null), w('closed_at', '>=', s.cutoff)]));
  // A ticket held under two keys (its tier's and its assignee's) counts once.
  const perTicket = held.select(['ticket_id', 'customer_id']).select((eb) => eb.fn.max('thread_rows').as('thread_rows')).groupBy(['ticket_id', 'customer_id']);
  const tickets = await tx
    .selectFrom(perTicket.as('x'))
    .select((eb) => [
      eb.fn.countAll<number | string>().as('tickets'),
      eb.fn.coalesce(eb.fn.sum<number | string>('x.thread_rows'), sql<number>`0`).as('threads'),
      eb.fn.count<number | string>('x.customer_id').distinct().as('customers'),
    ])
    .executeTakeFirstOrThrow();
  const cardHistory = await tx
    .selectFrom('history')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('history.tenant_id', '=', t)
    .where('history.ticket_id', 'is', null)
    .where((eb) =>
      eb.or([
        eb('history.customer_id', 'is', null),
        customerHeld(eb as unknown as ExpressionBuilder<Schema, 'customers' | 'history'>, 'history.customer_id', s),
      ]),
    )
    .executeTakeFirstOrThrow();
  const agents = await tx.selectFrom('agents').select((eb) => eb.fn.countAll<number | string>().as('n')).where('tenant_id', '=', t).executeTakeFirstOrThrow();
  return Number(tickets.tickets) + Number(tickets.threads) + Number(tickets.customers) + Number(cardHistory.n) + Number(agents.n);
}
