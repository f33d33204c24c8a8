// The replicated entities, each declared once. Pull, rebase, shadows, the replica's tables and the change
// union (with its delete kinds) are derived from this list; nothing else names the entities one by one.
//
// A new entity declares here:
//   - schema:  its zod schema in ../domain (the value a change carries; bounded, like every contract type);
//   - replica: its Dexie table and, per Dexie version, its index string (add a version, never edit one:
//              a new entity's first index string sits at a new version number, which creates its table);
//   - server:  its SQL table (a numbered migration creates it) — the table must have id, tenant_id and
//              version columns, and the columns its scope rule names;
//   - scope:   which workstations receive a row (see ScopeRule); a thread entity's ticket field (and a
//              card's customer field) must lead one of its replica indexes (prune deletes by it).
// and then, outside src/shared (types fail until it does): its row mapping (row ↔ value) in
// server/src/sync/entity-rows.ts, and its value in test-values.ts. Pull (incremental, snapshot walk,
// threads), rebase (writeChanges, refetch) and prune of the replica table need nothing more; writes still
// come from the mutations that make it (applyMutation's effects and server/src/sync/write-effects.ts).
//
// The order is the order a pulled slice is written in the replica (and sent by an incremental pull):
// customers first, because a ticket's filter words carry its customer's name.
import type { z } from 'zod';
import { Agent, Customer, Escalation, HistoryEntry, Message, Ticket } from '../domain';

/** Which workstations hold a row. Columns are the server table's, fields the value's (replica indexes). */
export type ScopeRule =
  /** Every workstation of the organisation. */
  | { kind: 'everyone' }
  /** The ticket itself: the workstations of its scope keys (ticket_scopes), within the history window. */
  | { kind: 'ticket' }
  /** A customer card: only where one of its tickets is (data minimisation). */
  | { kind: 'card' }
  /** Part of a ticket's thread: where the ticket is; sent whole with a ticket entering a scope. */
  | { kind: 'thread'; ticketColumn: string; ticketField: string }
  /** A ticket's row where the ticket is, else a card's where the card is, else (neither) everyone's. */
  | { kind: 'thread-or-card'; ticketColumn: string; ticketField: string; customerColumn: string; customerField: string };

export interface EntityDeclaration {
  schema: z.ZodType<{ id: string; version: number }>;
  replica: { table: string; indexes: Readonly<Record<number, string>> };
  server: { table: string };
  scope: ScopeRule;
}

export const ENTITIES = {
  customer: {
    schema: Customer,
    replica: { table: 'customers', indexes: { 1: '&id' } },
    server: { table: 'customers' },
    scope: { kind: 'card' },
  },
  ticket: {
    schema: Ticket,
    replica: {
      table: 'tickets',
      indexes: {
        1: '&id, [_open+_assignee+_sort], [_open+tier+_assignee+_sort], [_open+tier+_sort], customerId, number',
        // Queue filters look words up in an index instead of walking the queue.
        2: '&id, [_open+_assignee+_sort], [_open+tier+_assignee+_sort], [_open+tier+_sort], customerId, number, *_words',
        // The receiving tier's "escalated to us" queue is one range query too.
        3: '&id, [_open+_assignee+_sort], [_open+tier+_assignee+_sort], [_open+tier+_sort], [_open+tier+_escalated+_sort], customerId, number, *_words',
      },
    },
    server: { table: 'tickets' },
    scope: { kind: 'ticket' },
  },
  message: {
    schema: Message,
    replica: { table: 'messages', indexes: { 1: '&id, [ticketId+createdAt]' } },
    server: { table: 'messages' },
    scope: { kind: 'thread', ticketColumn: 'ticket_id', ticketField: 'ticketId' },
  },
  agent: {
    schema: Agent,
    replica: { table: 'agents', indexes: { 1: '&id' } },
    server: { table: 'agents' },
    scope: { kind: 'everyone' },
  },
  escalation: {
    schema: Escalation,
    replica: { table: 'escalations', indexes: { 1: '&id, ticketId' } },
    server: { table: 'escalations' },
    scope: { kind: 'thread', ticketColumn: 'ticket_id', ticketField: 'ticketId' },
  },
  history: {
    schema: HistoryEntry,
    replica: { table: 'history', indexes: { 1: '&id, ticketId, customerId' } },
    server: { table: 'history' },
    scope: { kind: 'thread-or-card', ticketColumn: 'ticket_id', ticketField: 'ticketId', customerColumn: 'customer_id', customerField: 'customerId' },
  },
} as const satisfies Record<string, EntityDeclaration>;

export type Entities = typeof ENTITIES;
export type EntityName = keyof Entities;
/** The value a change of this entity carries (the schema's output). */
export type EntityValue<K extends EntityName> = z.infer<Entities[K]['schema']>;
export type ReplicaTableOf<K extends EntityName> = Entities[K]['replica']['table'];
export type ServerTableOf<K extends EntityName> = Entities[K]['server']['table'];
export type ReplicaTable = ReplicaTableOf<EntityName>;

/** Every entity name, in the registry's order (non-empty, as z.enum wants it). */
export const ENTITY_NAMES = Object.keys(ENTITIES) as [EntityName, ...EntityName[]];

/** The entities whose rule is of this kind, in the registry's order. */
export function entitiesScoped<R extends ScopeRule['kind']>(kind: R): EntityName[] {
  return ENTITY_NAMES.filter((n) => ENTITIES[n].scope.kind === kind);
}

/** The replica table of each entity. */
export const REPLICA_TABLES: readonly ReplicaTable[] = ENTITY_NAMES.map((n) => ENTITIES[n].replica.table);

/** The entity a replica table holds. */
export function entityOfTable(table: string): EntityName | undefined {
  return ENTITY_NAMES.find((n) => ENTITIES[n].replica.table === table);
}

/** The newest index string of an entity's replica table. */
export function replicaIndexes(name: EntityName): string {
  const byVersion: Readonly<Record<number, string>> = ENTITIES[name].replica.indexes;
  const newest = Math.max(...Object.keys(byVersion).map(Number));
  return byVersion[newest]!;
}

/** The replica tables' index strings a Dexie version declares (only the tables it changes or creates). */
export function replicaStoresAt(version: number): Record<string, string> {
  const stores: Record<string, string> = {};
  for (const n of ENTITY_NAMES) {
    const at: Readonly<Record<number, string>> = ENTITIES[n].replica.indexes;
    if (at[version] !== undefined) stores[ENTITIES[n].replica.table] = at[version];
  }
  return stores;
}

/** Every Dexie version some entity declares indexes at, ascending. */
export function replicaVersions(): number[] {
  const all = ENTITY_NAMES.flatMap((n) => Object.keys(ENTITIES[n].replica.indexes).map(Number));
  return [...new Set(all)].sort((a, b) => a - b);
}

export interface ReplicaThread {
  table: ReplicaTable;
  ticketField: string;
  customerField: string | null;
}

/** The replica tables of thread entities, with the field naming the ticket (and the card, if it has one). */
export function replicaThreads(): ReplicaThread[] {
  return ENTITY_NAMES.flatMap((n): ReplicaThread[] => {
    const rule: ScopeRule = ENTITIES[n].scope;
    const table = ENTITIES[n].replica.table;
    if (rule.kind === 'thread') return [{ table, ticketField: rule.ticketField, customerField: null }];
    if (rule.kind === 'thread-or-card') return [{ table, ticketField: rule.ticketField, customerField: rule.customerField }];
    return [];
  });
}
