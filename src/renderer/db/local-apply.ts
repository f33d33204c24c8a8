// The optimistic half of a mutation: the shared applyMutation run against the local replica, with the
// server copy of every touched row saved first (a shadow) so a rebase can undo it exactly.
import { applyMutation, targetsOf, type Effects } from '../../shared/apply-mutation';
import { authorize } from '../../shared/authorize';
import type { Actor } from '../../shared/domain';
import type { Mutation, RefusalCode } from '../../shared/mutations';
import type { Reason } from '../../shared/reasons';
import { entityOfTable } from '../../shared/entities/replica-tables';
import { emptyBatch, writeBatch } from './entity-writes';
import type { ReplicaDb, ReplicatedTable } from './schema';
import { fromRow, writeCustomers, writeEscalations, writeTickets } from './ticket-rows';

export type LocalOutcome = { ok: true } | ({ ok: false; code: RefusalCode } & Reason);

const shadowKey = (table: ReplicatedTable, id: string) => `${table}:${id}`;

/** Must run inside a transaction over all replica tables. */
export async function applyLocal(db: ReplicaDb, actor: Actor, m: Mutation, now: string, check: boolean): Promise<LocalOutcome> {
  const t = targetsOf(m, actor);
  const [ticketRow, customer, agent] = await Promise.all([
    t.ticketId ? db.tickets.get(t.ticketId) : undefined,
    t.customerId ? db.customers.get(t.customerId) : undefined,
    t.agentId ? db.agents.get(t.agentId) : undefined,
  ]);
  const ticket = ticketRow ? fromRow(ticketRow) : undefined;
  if (check) {
    const decision = authorize(actor, m, ticket, agent);
    if (!decision.ok) return decision;
  }
  const outcome = applyMutation(actor, now, m, { ticket, customer, agent });
  if (!outcome.ok) return outcome;
  await saveShadows(db, outcome.effects);
  const fx = outcome.effects;
  await writeCustomers(db, fx.customers);
  await writeTickets(db, fx.tickets);
  if (fx.messages.length) await db.messages.bulkPut(fx.messages);
  if (fx.agents.length) await db.agents.bulkPut(fx.agents);
  await writeEscalations(db, fx.escalations);
  return { ok: true };
}

async function saveShadows(db: ReplicaDb, fx: Effects): Promise<void> {
  const touched: [ReplicatedTable, string[]][] = [
    ['tickets', fx.tickets.map((r) => r.id)],
    ['messages', fx.messages.map((r) => r.id)],
    ['customers', fx.customers.map((r) => r.id)],
    ['agents', fx.agents.map((r) => r.id)],
    ['escalations', fx.escalations.map((r) => r.id)],
  ];
  for (const [table, ids] of touched) {
    if (!ids.length) continue;
    const keys = ids.map((id) => shadowKey(table, id));
    const existing = await db.shadows.bulkGet(keys);
    const fresh = ids.filter((_, i) => !existing[i]);
    if (!fresh.length) continue;
    // First touch only: the shadow is the server's copy, not an earlier optimistic one.
    const rows = (await db.table(table).bulkGet(fresh)) as (Record<string, unknown> | undefined)[];
    await db.shadows.bulkPut(
      fresh.map((id, i) => {
        const row = rows[i];
        const clean = row && table === 'tickets' ? fromRow(row as never) : row;
        return { key: shadowKey(table, id), table, id, row: clean ?? null };
      }),
    );
  }
}

/** Undo every optimistic change: put back each shadowed row (or delete rows created locally). */
export async function restoreShadows(db: ReplicaDb): Promise<void> {
  const shadows = await db.shadows.toArray();
  const batch = emptyBatch();
  for (const s of shadows) {
    const name = entityOfTable(s.table);
    if (!name) continue;
    if (s.row === null) batch[name].deletes.push(s.id);
    else batch[name].puts.push(s.row);
  }
  // In the registry's order, as a pulled batch: ticket filter words carry the customer's name.
  await writeBatch(db, batch);
  await db.shadows.clear();
}
