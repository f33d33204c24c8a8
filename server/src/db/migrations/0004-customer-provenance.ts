// 0004: where a customer match comes from, and the organisation's language.
// - tenants.default_language: the language of a customer an inbound contact creates without saying one
//   (never guessed from the address); existing organisations keep English.
// - customers.created_by_agent_id: who created the customer (null: an inbound contact or an import), so
//   an agent may open a ticket for a customer it created before any ticket exists.
// - tickets.customer_unverified: 1 when an inbound contact was attached to an existing customer only
//   because it claimed their e-mail or phone; an agent who checked the caller confirms it. Existing
//   tickets cannot tell, and count as verified.
import type { Kysely } from 'kysely';

export const name = 'customer-provenance';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('tenants').addColumn('default_language', 'text', (c) => c.notNull().defaultTo('en')).execute();
  await db.schema.alterTable('customers').addColumn('created_by_agent_id', 'text').execute();
  await db.schema.alterTable('tickets').addColumn('customer_unverified', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}
