// A contact from phone, email, chat, social or the web portal becomes a new tier 1 ticket: the shared
// contact rule (receiveContact) decides the rows, and the same write path as every push writes them.
import type { z } from 'zod';
import { uuidv7, type InboundTicketRequest, type Language } from '../../../src/shared/index';
import { receiveContact, type ContactCustomer } from '../../../src/shared/contact';
import { lockTenant, type Db, type Dialect, type Tx } from '../db/database';
import type { CustomersTable } from '../db/schema';
import { autoAssign } from './auto-assign';
import { THREAD_ENTITIES } from './pull/entity-queries';
import { customerFromRow, normEmail, normPhone } from './rows';
import { writeEffects } from './write-effects';

type Parsed = z.infer<typeof InboundTicketRequest>;

export async function createInboundTicket(
  deps: { db: Db; dialect: Dialect; onCommit(tenantId: string, version: number): void },
  tenantId: string,
  req: Parsed,
): Promise<{ ticketId: string; number: number; customerId: string }> {
  const result = await deps.db.transaction().execute(async (tx) => {
    const tenant = await lockTenant(tx, deps.dialect, tenantId);
    const v = tenant.version + 1;
    const now = new Date().toISOString();
    const found = await customerByContact(tx, tenantId, req.customer);
    // A match is only as good as the contact's claim to that e-mail or phone: the ticket says so.
    const who: ContactCustomer = found
      ? { matched: customerFromRow(found) }
      : {
          created: {
            id: uuidv7(),
            name: req.customer.name,
            email: req.customer.email ?? null,
            phone: req.customer.phone ?? null,
            // What the contact says, else the organisation's language: never a guess from the address.
            language: req.customer.language ?? (tenant.default_language as Language),
          },
        };
    const fx = receiveContact(now, { ticketId: uuidv7(), messageId: uuidv7(), channel: req.channel, subject: req.subject, body: req.body, priority: req.priority }, who);
    // Auto-assign decides here, in the creating transaction, under the tenant lock (auto-assign.ts).
    fx.tickets[0] = await autoAssign(tx, tenant, fx.tickets[0]!);
    const number = tenant.next_ticket_number;
    let next = number;
    await writeEffects({ tx, tenantId, version: v, clientId: null, actor: null, now, nextTicketNumber: () => next++ }, fx, undefined);
    await tx.updateTable('tenants').set({ version: v, next_ticket_number: next }).where('id', '=', tenantId).execute();
    return { ticketId: fx.tickets[0]!.id, number, customerId: fx.tickets[0]!.customerId, version: v };
  });
  deps.onCommit(tenantId, result.version);
  return { ticketId: result.ticketId, number: result.number, customerId: result.customerId };
}

/** The tenant's customer with the contact's e-mail, else its phone (normalised as stored). */
export async function customerByContact(tx: Tx, tenantId: string, c: { email?: string | null; phone?: string | null }): Promise<CustomersTable | undefined> {
  const byContact = (col: 'email_norm' | 'phone_norm', value: string | null) =>
    value ? tx.selectFrom('customers').selectAll().where('tenant_id', '=', tenantId).where(col, '=', value).executeTakeFirst() : undefined;
  return (await byContact('email_norm', normEmail(c.email))) ?? (await byContact('phone_norm', normPhone(c.phone)));
}

/**
 * Retention: hard-delete closed tickets last updated before `before` (with their threads) and raise the
 * tenant's min_cursor, so a workstation with an older cursor is told to refetch instead of keeping them.
 */
export async function purgeClosedTickets(
  deps: { db: Db; dialect: Dialect; onCommit(tenantId: string, version: number): void },
  tenantId: string,
  before: string,
): Promise<number> {
  const { count, version } = await deps.db.transaction().execute(async (tx) => {
    const tenant = await lockTenant(tx, deps.dialect, tenantId);
    const ids = (
      await tx.selectFrom('tickets').select('id').where('tenant_id', '=', tenantId).where('status', '=', 'closed').where('updated_at', '<', before).execute()
    ).map((r) => r.id);
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      // The tickets' threads: every thread entity's rows (a customer card's own history stays).
      for (const { table, ticket } of THREAD_ENTITIES) await tx.deleteFrom(table as 'history').where(`${table}.${ticket}` as 'history.ticket_id', 'in', chunk).execute();
      await tx.deleteFrom('ticket_participants').where('ticket_id', 'in', chunk).execute();
      await tx.deleteFrom('tickets').where('id', 'in', chunk).execute();
    }
    const v = tenant.version + 1;
    await tx.updateTable('tenants').set({ version: v, min_cursor: v }).where('id', '=', tenantId).execute();
    return { count: ids.length, version: v };
  });
  deps.onCommit(tenantId, version);
  return count;
}
