// Writes the effects of one applied mutation (or one customer contact) at the commit's version, with the
// sync bookkeeping: compare-and-set field versions and writers, ticket numbers, the tiers a ticket has
// been in, scope changes, participants, history of overwrites. Every server write of a ticket comes
// through here (push, inbound contacts, the demo seed), so no caller can build a row the pull scope
// does not see.
import type { Actor, Effects, Ticket } from '../../../src/shared/index';
import { historyCutoff, isBeyondHistory, uuidv7 } from '../../../src/shared/index';
import type { Tx } from '../db/database';
import type { HistoryTable, TicketsTable } from '../db/schema';
import { sqlRowStore, type RowStore } from './row-store';
import { customerRow, escalationRow, historyRow, messageRow, ticketColumns, ticketRow } from './rows';
import { ALL, agentKey, closedAtOf, perTicket, tierKey } from './ticket-scopes';

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
  /** Where the rows go; by default the transaction `tx`. */
  store?: RowStore;
  /** Ids for history rows; by default random UUIDv7 (the demo seed passes its seeded ones). */
  newId?: () => string;
}

/** A write no agent makes (an inbound contact, a customer writing again): no participant, no history author. */
export type ServerWriteContext = Omit<WriteContext, 'actor'> & { actor: null };
type AnyContext = WriteContext | ServerWriteContext;

export async function writeEffects(ctx: AnyContext, fx: Effects, before: TicketsTable | undefined): Promise<void> {
  const { tenantId, version: v } = ctx;
  const store = ctx.store ?? sqlRowStore(ctx.tx, tenantId);
  // Customers first: a contact's new customer exists before the ticket that refers to it.
  for (const c of fx.customers) {
    const row = customerRow({ ...c, version: v }, tenantId, ctx.actor?.id ?? null);
    if (await store.customerExists(c.id)) {
      const { id: _id, tenant_id: _tenant, created_by_agent_id: _creator, ...set } = row;
      await store.updateCustomer(c.id, set);
    } else await store.insertCustomer(row);
  }
  for (const t of fx.tickets) await writeTicket(ctx, store, t, before?.id === t.id ? before : undefined);
  const messages = fx.messages.map((m) => messageRow({ ...m, version: v }, tenantId));
  const escalations = fx.escalations.map((e) => escalationRow({ ...e, version: v }, tenantId));
  await store.insertMessages(messages);
  await store.insertEscalations(escalations);
  for (const a of fx.agents) await store.updateAgent(a.id, { presence: a.presence, presence_since: a.presenceSince ?? ctx.now, cap: a.cap, last_break_ended_at: a.lastBreakEndedAt ?? null }, v);
  if (fx.autoAssign) await store.setAutoAssign(fx.autoAssign.tier, fx.autoAssign.on, v);
  const history = historyRows(ctx, fx);
  await store.insertHistory(history);
  if (fx.surveys?.length) await store.insertSurveys(fx.surveys.map((s) => ({ id: s.id, tenant_id: tenantId, ticket_id: s.ticketId, csat: s.csat, nps: s.nps, comment: s.comment, source: s.source, at: s.at })));
  for (const [ticketId, n] of perTicket([...messages, ...escalations, ...history])) await store.countThread(ticketId, n);
}

function historyRows(ctx: AnyContext, fx: Effects): HistoryTable[] {
  if (!fx.overwrites.length) return [];
  const by = ctx.actor;
  // Overwrites come from agents' last-writer-wins edits: the server's own writes make none.
  if (!by) throw new Error('an overwrite without an acting agent');
  const { tenantId, version: v } = ctx;
  const newId = ctx.newId ?? (() => uuidv7());
  return fx.overwrites.map((o) =>
    historyRow({ id: newId(), ticketId: o.ticketId, customerId: o.customerId, field: o.field, oldValue: o.oldValue, newValue: o.newValue, byAgentId: by.id, at: ctx.now, version: v }, tenantId),
  );
}

async function writeTicket(ctx: AnyContext, store: RowStore, t: Ticket, before: TicketsTable | undefined): Promise<void> {
  const { version: v, clientId } = ctx;
  const cols = ticketColumns(t);
  cols.version = v;
  if (!before) {
    const fresh = { ...t, number: ctx.nextTicketNumber(), version: v, statusVersion: v, assigneeVersion: v, tierVersion: v };
    await store.insertTicket({ ...ticketRow(fresh, ctx.tenantId), status_client: clientId, assignee_client: clientId, tier_client: clientId });
    const keys = new Set([ALL, tierKey(t.tier)]);
    if (t.assigneeId) keys.add(agentKey(t.assigneeId));
    if (await addParticipant(ctx, store, t.id)) keys.add(agentKey(ctx.actor!.id));
    const scope = { tenant_id: ctx.tenantId, customer_id: t.customerId, closed_at: closedAtOf({ status: t.status, updated_at: t.updatedAt }), thread_rows: 0 };
    await store.insertScopes([...keys].map((key) => ({ ticket_id: t.id, scope: key, ...scope })));
    return;
  }
  // The compare-and-set versions move only with their field (the client's own idea of them is ignored).
  const set: Partial<TicketsTable> = cols;
  set.status_version = before.status_version;
  set.assignee_version = before.assignee_version;
  set.tier_version = before.tier_version;
  let scopeChanged = false;
  const keys: string[] = [];
  if (t.status !== before.status) {
    set.status_version = v;
    set.status_client = clientId;
  }
  if (t.assigneeId !== before.assignee_id) {
    set.assignee_version = v;
    set.assignee_client = clientId;
    scopeChanged = true;
  }
  if (t.tier !== before.tier) {
    set.tier_version = v;
    set.tier_client = clientId;
  }
  const mask = before.tier_mask | (1 << t.tier);
  if (mask !== before.tier_mask) {
    set.tier_mask = mask;
    scopeChanged = true;
    keys.push(tierKey(t.tier));
  }
  if (await addParticipant(ctx, store, t.id)) {
    scopeChanged = true;
    keys.push(agentKey(ctx.actor!.id));
  }
  if (t.assigneeId !== before.assignee_id) {
    if (t.assigneeId) keys.push(agentKey(t.assigneeId));
    // The previous assignee keeps the ticket only if it worked on it (the same rule as before 0006).
    const old = before.assignee_id;
    if (old && !(await store.isParticipant(t.id, old))) await store.removeScope(t.id, agentKey(old));
  }
  const closedAt = closedAtOf({ status: t.status, updated_at: t.updatedAt });
  if (closedAt !== closedAtOf(before)) await store.setScopeClosedAt(t.id, closedAt);
  await store.addScopes(t.id, keys);
  // A closed ticket beyond the history window is on no workstation: changing it brings it back whole.
  if (before.status === 'closed' && isBeyondHistory({ status: 'closed', updatedAt: before.updated_at }, historyCutoff(new Date()))) scopeChanged = true;
  if (scopeChanged) set.scope_version = v;
  await store.updateTicket(t.id, set);
}

/** The acting agent keeps receiving a ticket it worked on. Returns true when it was not a participant yet. */
async function addParticipant(ctx: AnyContext, store: RowStore, ticketId: string): Promise<boolean> {
  const actor = ctx.actor;
  if (actor?.role !== 'agent') return false;
  if (ctx.participating?.has(ticketId)) return false;
  ctx.participating?.add(ticketId);
  if (await store.isParticipant(ticketId, actor.id)) return false;
  await store.addParticipant(ticketId, actor.id);
  return true;
}
