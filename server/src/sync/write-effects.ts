// Writes the effects of one applied mutation at the commit's version, with the sync bookkeeping:
// compare-and-set field versions and writers, ticket numbers, scope changes, history of overwrites.
import type { Actor, Effects, Ticket } from '../../../src/shared/index';
import { historyCutoff, isBeyondHistory, uuidv7 } from '../../../src/shared/index';
import type { Tx } from '../db/database';
import type { TicketsTable } from '../db/schema';
import { customerRow, escalationRow, messageRow, ticketColumns } from './rows';

export interface WriteContext {
  tx: Tx;
  tenantId: string;
  version: number;
  /** The pushing client (null for server-originated changes such as inbound contacts). */
  clientId: string | null;
  actor: Actor;
  now: string;
  /** Allocates the next human ticket number for the tenant. */
  nextTicketNumber(): number;
  /** Tickets the actor is known to be a participant of, within this transaction (saves a query each). */
  participating?: Set<string>;
}

export async function writeEffects(ctx: WriteContext, fx: Effects, before: TicketsTable | undefined): Promise<void> {
  const { tx, tenantId, version: v } = ctx;
  for (const t of fx.tickets) await writeTicket(ctx, t, before?.id === t.id ? before : undefined);
  if (fx.messages.length) {
    await tx.insertInto('messages').values(fx.messages.map((m) => messageRow({ ...m, version: v }, tenantId))).execute();
  }
  if (fx.escalations.length) {
    await tx
      .insertInto('escalations')
      .values(fx.escalations.map((e) => escalationRow({ ...e, version: v }, tenantId)))
      .execute();
  }
  for (const c of fx.customers) {
    const row = customerRow({ ...c, version: v }, tenantId);
    const exists = await tx.selectFrom('customers').select('id').where('id', '=', c.id).where('tenant_id', '=', tenantId).executeTakeFirst();
    if (exists) await tx.updateTable('customers').set(row).where('id', '=', c.id).where('tenant_id', '=', tenantId).execute();
    else await tx.insertInto('customers').values(row).execute();
  }
  for (const a of fx.agents) {
    await tx.updateTable('agents').set({ presence: a.presence, version: v }).where('id', '=', a.id).execute();
  }
  if (fx.overwrites.length) {
    await tx
      .insertInto('history')
      .values(
        fx.overwrites.map((o) => ({
          id: uuidv7(),
          tenant_id: tenantId,
          ticket_id: o.ticketId,
          customer_id: o.customerId,
          field: o.field,
          old_value: JSON.stringify(o.oldValue ?? null),
          new_value: JSON.stringify(o.newValue ?? null),
          by_agent_id: ctx.actor.id,
          at: ctx.now,
          version: v,
        })),
      )
      .execute();
  }
}

async function writeTicket(ctx: WriteContext, t: Ticket, before: TicketsTable | undefined): Promise<void> {
  const { tx, version: v, clientId } = ctx;
  const cols = { ...ticketColumns(t), version: v };
  if (!before) {
    await tx
      .insertInto('tickets')
      .values({
        ...cols,
        tenant_id: ctx.tenantId,
        number: ctx.nextTicketNumber(),
        status_version: v,
        assignee_version: v,
        tier_version: v,
        status_client: clientId,
        assignee_client: clientId,
        tier_client: clientId,
        tier_mask: 1 << t.tier,
        scope_version: v,
      })
      .execute();
    await addParticipant(ctx, t.id);
    return;
  }
  const set: Partial<TicketsTable> = { ...cols };
  delete set.id;
  set.status_version = before.status_version;
  set.assignee_version = before.assignee_version;
  set.tier_version = before.tier_version;
  let scopeChanged = false;
  if (t.status !== before.status) Object.assign(set, { status_version: v, status_client: clientId });
  if (t.assigneeId !== before.assignee_id) {
    Object.assign(set, { assignee_version: v, assignee_client: clientId });
    scopeChanged = true;
  }
  if (t.tier !== before.tier) Object.assign(set, { tier_version: v, tier_client: clientId });
  const mask = before.tier_mask | (1 << t.tier);
  if (mask !== before.tier_mask) {
    set.tier_mask = mask;
    scopeChanged = true;
  }
  if (await addParticipant(ctx, t.id)) scopeChanged = true;
  // A closed ticket beyond the history window is on no workstation: changing it brings it back whole.
  if (isBeyondHistory({ status: before.status as Ticket['status'], updatedAt: before.updated_at }, historyCutoff(new Date()))) scopeChanged = true;
  if (scopeChanged) set.scope_version = v;
  await ctx.tx.updateTable('tickets').set(set).where('id', '=', t.id).execute();
}

/** The actor keeps receiving a ticket it worked on. Returns true when it was not a participant yet. */
async function addParticipant(ctx: WriteContext, ticketId: string): Promise<boolean> {
  if (ctx.actor.role !== 'agent') return false;
  if (ctx.participating?.has(ticketId)) return false;
  ctx.participating?.add(ticketId);
  const found = await ctx.tx
    .selectFrom('ticket_participants')
    .select('agent_id')
    .where('ticket_id', '=', ticketId)
    .where('agent_id', '=', ctx.actor.id)
    .executeTakeFirst();
  if (found) return false;
  await ctx.tx.insertInto('ticket_participants').values({ ticket_id: ticketId, agent_id: ctx.actor.id }).execute();
  return true;
}
