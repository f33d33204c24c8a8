// Which customers an agent may reach through push: the rule behind updateCustomer and createTicket
// (shared/authorize decides; this answers its question from the database).
import type { Actor } from '../../../src/shared/index';
import type { Tx } from '../db/database';

/**
 * Has the customer a ticket the actor may work (in its tier or assigned to it)? With orCreated, a
 * customer the actor created counts too, so a new customer's first ticket can follow in a later push.
 */
export async function customerWorkable(tx: Tx, tenantId: string, actor: Actor, customerId: string, opts: { orCreated?: boolean } = {}): Promise<boolean> {
  if (opts.orCreated) {
    const own = await tx
      .selectFrom('customers')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('id', '=', customerId)
      .where('created_by_agent_id', '=', actor.id)
      .executeTakeFirst();
    if (own) return true;
  }
  const row = await tx
    .selectFrom('tickets')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('customer_id', '=', customerId)
    .where((eb) => eb.or([eb('tier', '=', actor.tier ?? 0), eb('assignee_id', '=', actor.id)]))
    .executeTakeFirst();
  return !!row;
}
