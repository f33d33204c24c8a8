// A contact from phone, email, chat, social or the web portal becomes a new tier 1 ticket.
import type { z } from 'zod';
import { slaDeadlines, uuidv7, type InboundTicketRequest } from '../../../src/shared/index';
import { lockTenant, type Db, type Dialect } from '../db/database';
import { customerRow, messageRow, normEmail, normPhone } from './rows';

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
    const email = normEmail(req.customer.email);
    const phone = normPhone(req.customer.phone);
    let customer = email
      ? await tx.selectFrom('customers').select(['id', 'name']).where('tenant_id', '=', tenantId).where('email_norm', '=', email).executeTakeFirst()
      : undefined;
    if (!customer && phone) {
      customer = await tx.selectFrom('customers').select(['id', 'name']).where('tenant_id', '=', tenantId).where('phone_norm', '=', phone).executeTakeFirst();
    }
    if (!customer) {
      customer = { id: uuidv7(), name: req.customer.name };
      await tx
        .insertInto('customers')
        .values(
          customerRow(
            {
              id: customer.id,
              name: req.customer.name,
              email: req.customer.email ?? null,
              phone: req.customer.phone ?? null,
              language: req.customer.language ?? 'en',
              preferredChannel: req.channel,
              vip: false,
              notes: '',
              createdAt: now,
              updatedAt: now,
              version: v,
            },
            tenantId,
          ),
        )
        .execute();
    }
    const ticketId = uuidv7();
    const number = tenant.next_ticket_number;
    const due = slaDeadlines(req.priority, now);
    await tx
      .insertInto('tickets')
      .values({
        id: ticketId,
        tenant_id: tenantId,
        number,
        subject: req.subject,
        channel: req.channel,
        priority: req.priority,
        status: 'new',
        tier: 1,
        assignee_id: null,
        customer_id: customer.id,
        tags: '[]',
        first_response_due_at: due.firstResponseDueAt,
        resolution_due_at: due.resolutionDueAt,
        created_at: now,
        updated_at: now,
        first_response_at: null,
        solved_at: null,
        engineering_link: null,
        version: v,
        status_version: v,
        assignee_version: v,
        tier_version: v,
        status_client: null,
        assignee_client: null,
        tier_client: null,
        tier_mask: 1 << 1,
        scope_version: v,
      })
      .execute();
    await tx
      .insertInto('messages')
      .values(
        messageRow(
          {
            id: uuidv7(),
            ticketId,
            kind: 'customer',
            authorId: customer.id,
            authorName: customer.name,
            channel: req.channel,
            body: req.body,
            createdAt: now,
            version: v,
          },
          tenantId,
        ),
      )
      .execute();
    await tx.updateTable('tenants').set({ version: v, next_ticket_number: number + 1 }).where('id', '=', tenantId).execute();
    return { ticketId, number, customerId: customer.id, version: v };
  });
  deps.onCommit(tenantId, result.version);
  return { ticketId: result.ticketId, number: result.number, customerId: result.customerId };
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
      await tx.deleteFrom('messages').where('ticket_id', 'in', chunk).execute();
      await tx.deleteFrom('escalations').where('ticket_id', 'in', chunk).execute();
      await tx.deleteFrom('history').where('ticket_id', 'in', chunk).execute();
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
