// A customer writes (POST /inbound/messages): the server looks the ticket up — by the number the caller
// gives, else by a `[#123]` in the subject, else by the customer's e-mail/phone and their most recently
// updated open ticket — and the shared rule (receiveMessage) decides the rows: a follow-up that reopens a
// pending or solved ticket, a follow-up ticket after a closed one, or a new ticket. Written through the
// same write path as every change, under the tenant lock, so the version, the pokes and the pulls are the
// same as for an agent's change. Every lookup is within the API key's tenant: another's number is not found.
import type { z } from 'zod';
import { uuidv7, type InboundMessageRequest, type InboundMessageResponse, type Language } from '../../../src/shared/index';
import { receiveMessage, ticketNumberInSubject, type MessageTarget } from '../../../src/shared/contact';
import { OPEN_STATUSES, reason } from '../../../src/shared/index';
import { lockTenant, type Db, type Dialect, type Tx } from '../db/database';
import type { TicketsTable } from '../db/schema';
import { autoAssign } from './auto-assign';
import { HttpError } from './errors';
import { customerByContact } from './inbound';
import { customerFromRow, ticketFromRow } from './rows';
import { writeEffects } from './write-effects';

type Parsed = z.infer<typeof InboundMessageRequest>;
type Answer = z.infer<typeof InboundMessageResponse>;

export async function receiveInboundMessage(
  deps: { db: Db; dialect: Dialect; onCommit(tenantId: string, version: number): void },
  tenantId: string,
  req: Parsed,
): Promise<Answer> {
  const result = await deps.db.transaction().execute(async (tx) => {
    const tenant = await lockTenant(tx, deps.dialect, tenantId);
    const v = tenant.version + 1;
    const now = new Date().toISOString();
    const { target, before } = await findTarget(tx, tenantId, req, tenant.default_language as Language);
    const out = receiveMessage(now, { ticketId: uuidv7(), messageId: uuidv7(), channel: req.channel, subject: req.subject ?? null, body: req.body }, target);
    // A new ticket (a first contact, or the follow-up of a closed one) is auto-assigned like any arrival.
    if (out.created) out.effects.tickets = await Promise.all(out.effects.tickets.map((t) => (t.id === out.ticketId ? autoAssign(tx, tenant, t) : t)));
    let next = tenant.next_ticket_number;
    await writeEffects({ tx, tenantId, version: v, clientId: null, actor: null, now, nextTicketNumber: () => next++ }, out.effects, before);
    await tx.updateTable('tenants').set({ version: v, next_ticket_number: next }).where('id', '=', tenantId).execute();
    const number = out.created ? tenant.next_ticket_number : before!.number;
    const answer: Answer = {
      ticketId: out.ticketId,
      number,
      messageId: out.effects.messages[0]!.id,
      created: out.created,
      reopened: out.reopened,
      followUpOf: out.followUpOf?.number ?? null,
    };
    return { answer, version: v };
  });
  deps.onCommit(tenantId, result.version);
  return result.answer;
}

async function findTarget(tx: Tx, tenantId: string, req: Parsed, defaultLanguage: Language): Promise<{ target: MessageTarget; before?: TicketsTable }> {
  const byNumber = (n: number | null | undefined) =>
    n ? tx.selectFrom('tickets').selectAll().where('tenant_id', '=', tenantId).where('number', '=', n).executeTakeFirst() : undefined;
  const customer = await customerByContact(tx, tenantId, req.customer);
  const found =
    (await byNumber(req.ticketNumber)) ??
    (await byNumber(ticketNumberInSubject(req.subject))) ??
    (customer
      ? await tx
          .selectFrom('tickets')
          .selectAll()
          .where('tenant_id', '=', tenantId)
          .where('customer_id', '=', customer.id)
          .where('status', 'in', [...OPEN_STATUSES])
          .orderBy('updated_at', 'desc')
          .orderBy('created_at', 'desc')
          .limit(1)
          .executeTakeFirst()
      : undefined);
  if (found) {
    const owner = await tx.selectFrom('customers').selectAll().where('tenant_id', '=', tenantId).where('id', '=', found.customer_id).executeTakeFirstOrThrow();
    // A closed ticket is not rewritten (the rule starts a follow-up ticket): no `before` row then.
    return { target: { found: ticketFromRow(found), customer: customerFromRow(owner) }, before: found.status === 'closed' ? undefined : found };
  }
  if (customer) return { target: { none: { matched: customerFromRow(customer) } } };
  const { name, email, phone, language } = req.customer;
  if (!name) throw new HttpError(400, 'invalid', reason('contact_needs_name'));
  if (!email && !phone) throw new HttpError(400, 'invalid', reason('contact_needs_email_or_phone'));
  return { target: { none: { created: { id: uuidv7(), name, email: email ?? null, phone: phone ?? null, language: language ?? defaultLanguage } } } };
}
