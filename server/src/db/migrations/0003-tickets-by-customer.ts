// 0003: tickets by customer. Pull sends a customer only where one of their tickets is in scope, push
// checks customer edits against the customer's tickets, and inbound contacts look up a customer's
// tickets: each is a lookup by customer, which without this index scans every ticket.
import type { Kysely } from 'kysely';

export const name = 'tickets-by-customer';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('tickets_tenant_customer').on('tickets').columns(['tenant_id', 'customer_id']).execute();
}
