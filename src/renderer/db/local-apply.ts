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
  const ordered = async () => {
    await writeCustomers(db, fx.customers);
    await writeTickets(db, fx.tickets);
    await writeEscalations(db, fx.escalations);
  };
  // Messages and agents are read by no writer: they go out with the ticket's writes, not after them.
  await Promise.all([ordered(), fx.messages.length && db.messages.bulkPut(fx.messages), fx.agents.length && db.agents.bulkPut(fx.agents)]);
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
  // The tables one after another would be a wait each; they do not depend on each other.
  await Promise.all(touched.map(([table, ids]) => saveShadowsOf(db, table, ids)));
}

async function saveShadowsOf(db: ReplicaDb, table: ReplicatedTable, ids: string[]): Promise<void> {
  if (!ids.length) return;
  const keys = ids.map((id) => shadowKey(table, id));
  const existing = await db.shadows.bulkGet(keys);
  const fresh = ids.filter((_, i) => !existing[i]);
  if (!fresh.length) return;
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

/**
 * Undo every optimistic change: put back each shadowed row (or delete rows created locally). overwritten:
 * shadow keys of rows the caller writes next anyway (a pulled slice), left as they are.
 */
export async function restoreShadows(db: ReplicaDb, overwritten: ReadonlySet<string> = new Set()): Promise<void> {
  const shadows = await db.shadows.toArray();
  const batch = emptyBatch();
  for (const s of shadows) {
    const name = entityOfTable(s.table);
    if (!name || overwritten.has(s.key)) continue;
    if (s.row === null) batch[name].deletes.push(s.id);
    else batch[name].puts.push(s.row);
  }
  // In the registry's order, as a pulled batch: ticket filter words carry the customer's name.
  await writeBatch(db, batch);
  await db.shadows.clear();
}
