// The pull's reads of each replicated entity, derived from its registry declaration (its server table and
// scope rule, shared/entities/registry.ts): rows changed in a version range within a scope, a ticket's
// thread, a card, the rows every workstation gets. Every entity table is queried under one stand-in type
// (the history table's: id, tenant_id, version, ticket and customer columns); the SQL names the real table
// and columns, and each row is read back through its entity's mapping (entity-rows.ts).
import type { SelectQueryBuilder } from 'kysely';
import { ENTITIES, ENTITY_NAMES, type Change, type EntityName, type ScopeRule } from '../../../../src/shared/index';
import type { Tx } from '../../db/database';
import type { Schema } from '../../db/schema';
import { valueOf } from '../entity-rows';
import { cardInScope, threadOrCardInScope, ticketInScope, type PullScope } from './scope-sql';

type Role = 'id' | 'tenant_id' | 'version' | 'ticket_id' | 'customer_id';
/** `table.column`, typed as the stand-in's column of that role. */
const ref = <R extends Role>(table: string, role: R, column: string = role) => `${table}.${column}` as `history.${R}`;
type Scoped = SelectQueryBuilder<Schema, 'history' | 'tickets', object>;

const tableOf = (name: EntityName): string => ENTITIES[name].server.table;
const ruleOf = (name: EntityName): ScopeRule => ENTITIES[name].scope;

/** A stored row as its entity's change. */
export const changeOf = (name: EntityName, row: unknown): Change => ({ entity: name, value: valueOf(name, row) }) as Change;

/** Rows of an entity with a version in (from, to] that the scope holds, as its rule says (no select list yet). */
export function changedInScope(tx: Tx, s: PullScope, name: EntityName, from: number, to: number): Scoped {
  const table = tableOf(name);
  const rule = ruleOf(name);
  const inRange = (q: Scoped) =>
    q.where(ref(table, 'tenant_id'), '=', s.tenantId).where(ref(table, 'version'), '>', from).where(ref(table, 'version'), '<=', to);
  const plain = tx.selectFrom(table as 'history') as unknown as Scoped;
  switch (rule.kind) {
    case 'everyone':
      return inRange(plain);
    case 'card':
      return inRange(plain).where(cardInScope(s, ref(table, 'id')));
    case 'ticket':
      // The ticket rule is the tickets table's own: its scope predicate names that table.
      return inRange(tx.selectFrom(table as 'tickets') as unknown as Scoped).where(ticketInScope(s));
    case 'thread':
      return inRange(tx.selectFrom(table as 'history').innerJoin('tickets', 'tickets.id', ref(table, 'ticket_id', rule.ticketColumn))).where(ticketInScope(s));
    case 'thread-or-card':
      return inRange(tx.selectFrom(table as 'history').leftJoin('tickets', 'tickets.id', ref(table, 'ticket_id', rule.ticketColumn)) as unknown as Scoped).where(
        threadOrCardInScope(s, ref(table, 'ticket_id', rule.ticketColumn), ref(table, 'customer_id', rule.customerColumn)),
      );
  }
}

/** Versions of every row in the scope changed in (from, to], over all entities: what a pull from `from` sends. */
export function versionsInScope(tx: Tx, s: PullScope, from: number, to: number) {
  const [first, ...rest] = ENTITY_NAMES.map((n) => changedInScope(tx, s, n, from, to).select(`${ref(tableOf(n), 'version')} as version` as 'history.version as version'));
  return rest.reduce((q, next) => q.unionAll(next), first!);
}

/** Every entity's rows changed in (from, to] within the scope, as changes, in the registry's order. */
export async function changedRows(tx: Tx, s: PullScope, from: number, to: number): Promise<Change[]> {
  const out: Change[] = [];
  for (const n of ENTITY_NAMES) {
    const rows = await changedInScope(tx, s, n, from, to).selectAll(tableOf(n) as 'history').execute();
    for (const r of rows) out.push(changeOf(n, r));
  }
  return out;
}

const threadEntities = () => ENTITY_NAMES.flatMap((n) => {
  const rule = ruleOf(n);
  return rule.kind === 'thread' || rule.kind === 'thread-or-card' ? [{ name: n, table: tableOf(n), ticket: rule.ticketColumn }] : [];
});

/** The entities whose rows belong to a ticket's thread, with their ticket column. */
export const THREAD_ENTITIES = threadEntities();

/** The rows every workstation gets, of every entity with that rule. */
export async function everyonesRows(tx: Tx, s: PullScope): Promise<Change[]> {
  const out: Change[] = [];
  for (const n of ENTITY_NAMES.filter((e) => ruleOf(e).kind === 'everyone')) {
    const table = tableOf(n);
    for (const r of await tx.selectFrom(table as 'history').selectAll().where(ref(table, 'tenant_id'), '=', s.tenantId).execute()) out.push(changeOf(n, r));
  }
  return out;
}

/**
 * Rows of ticket-or-card entities about no ticket: of these cards (customer ids), or, with `cards` null,
 * about neither (those go everywhere).
 */
export async function cardRows(tx: Tx, s: PullScope, cards: string[] | null): Promise<Change[]> {
  const out: Change[] = [];
  for (const n of ENTITY_NAMES) {
    const rule = ruleOf(n);
    if (rule.kind !== 'thread-or-card') continue;
    const table = tableOf(n);
    const customer = ref(table, 'customer_id', rule.customerColumn);
    const rows = await tx
      .selectFrom(table as 'history')
      .selectAll()
      .where(ref(table, 'tenant_id'), '=', s.tenantId)
      .where((eb) => (cards === null ? eb(customer, 'is', null) : eb(customer, 'in', cards)))
      .where(ref(table, 'ticket_id', rule.ticketColumn), 'is', null)
      .execute();
    for (const r of rows) out.push(changeOf(n, r));
  }
  return out;
}

/** The cards (entities with the card rule) of these customers, read by id. */
export async function cardsById(tx: Tx, s: PullScope, ids: string[]): Promise<Change[]> {
  const out: Change[] = [];
  for (const n of ENTITY_NAMES.filter((e) => ruleOf(e).kind === 'card')) {
    const table = tableOf(n);
    for (const r of await tx.selectFrom(table as 'history').selectAll().where(ref(table, 'tenant_id'), '=', s.tenantId).where(ref(table, 'id'), 'in', ids).execute()) {
      out.push(changeOf(n, r));
    }
  }
  return out;
}

/** The cards of these tickets' customers, at versions up to `to` (tickets entering a scope bring them). */
export async function cardsOfTickets(tx: Tx, ticketIds: string[], to: number): Promise<Change[]> {
  const out: Change[] = [];
  for (const n of ENTITY_NAMES.filter((e) => ruleOf(e).kind === 'card')) {
    const table = tableOf(n);
    const rows = await tx
      .selectFrom(table as 'history')
      .innerJoin('tickets', 'tickets.customer_id', ref(table, 'id'))
      .selectAll(table as 'history')
      .where('tickets.id', 'in', ticketIds)
      .where(ref(table, 'version'), '<=', to)
      .execute();
    for (const r of rows) out.push(changeOf(n, r));
  }
  return out;
}

/** These tickets (entities with the ticket rule), read by id. */
export async function ticketsById(tx: Tx, ids: string[]): Promise<Change[]> {
  const out: Change[] = [];
  for (const n of ENTITY_NAMES.filter((e) => ruleOf(e).kind === 'ticket')) {
    const table = tableOf(n);
    for (const r of await tx.selectFrom(table as 'history').selectAll().where(ref(table, 'id'), 'in', ids).execute()) out.push(changeOf(n, r));
  }
  return out;
}
