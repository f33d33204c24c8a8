// The replicated entities, each declared once. Pull, rebase, shadows, prune, the replica's tables and the
// change union (with its delete kinds) are derived from this list; nothing else names the entities one by
// one. What the replica derives is in replica-tables.ts, the change union in change.ts.
//
// A new entity declares here:
//   - schema:  its zod schema in ../domain (the value a change carries; bounded, like every contract type);
//   - replica: its Dexie table and, per Dexie version, its index string (add a version, never edit one:
//              a new entity's first index string sits at a new version number, which creates its table);
//   - server:  its SQL table (a numbered migration creates it), with id, tenant_id and version columns
//              (indexed on tenant_id, version) and the columns its scope rule names;
//   - scope:   which workstations receive a row (see ScopeRule); a thread entity's ticket field (and a
//              card's customer field) must lead one of its replica indexes (prune deletes by it).
// Outside src/shared, and the types fail until it is there: its row mapping (row <-> value) in
// server/src/sync/entity-rows.ts, and a value in test-values.ts for the tests that walk the registry.
// Then the pull (incremental, snapshot walk, threads, entering tickets), the rebase (writeChanges,
// shadows, refetch) and prune need nothing more (new-entity.test.ts, on both sides, shows it). What
// creates its rows is the mutations that make them (applyMutation's effects, server write-effects.ts);
// a thread entity's rows must also be counted in ticket_scopes.thread_rows there (a first sync's total).
//
// The order is the order a pulled slice is written in the replica (and sent by an incremental pull):
// customers first, because a ticket's filter words carry its customer's name.
import type { z } from 'zod';
import { Agent, Customer, Escalation, HistoryEntry, Message, Ticket, TierSetting } from '../domain';

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
        // The supervisor's board: longest wait, created and solved in a time window, each one range read.
        5: '&id, [_open+_assignee+_sort], [_open+tier+_assignee+_sort], [_open+tier+_sort], [_open+tier+_escalated+_sort], customerId, number, *_words, [_open+tier+_assignee+createdAt], [tier+createdAt], [tier+solvedAt]',
        // The supervisors' complaint list: open or closed newest first, and per category (its counts), each
        // one range of an index only complaint tickets are in (IndexedDB leaves out a row without the key).
        6: '&id, [_open+_assignee+_sort], [_open+tier+_assignee+_sort], [_open+tier+_sort], [_open+tier+_escalated+_sort], customerId, number, *_words, [_open+tier+_assignee+createdAt], [tier+createdAt], [tier+solvedAt], [complaint.state+complaint.raisedAt], [complaint.state+complaint.category+complaint.raisedAt]',
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
  // Auto-assign per tier (setAutoAssign), so the supervisors' boards show and switch it (migration 0012).
  tierSetting: {
    schema: TierSetting,
    replica: { table: 'tierSettings', indexes: { 7: '&id, tier' } },
    server: { table: 'tier_settings' },
    scope: { kind: 'everyone' },
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
