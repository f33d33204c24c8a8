// The replica's IndexedDB schema: one database per agent (a shared workstation never shows one agent's
// data to the next), numbered Dexie versions from the start. Add a version, never edit a shipped one.
import Dexie, { type Table, type Transaction } from 'dexie';
import type { Customer, Escalation, Ticket, Tier } from '../../shared/domain';
import type { EntityName, EntityValue, ReplicaTable, ReplicaTableOf } from '../../shared/entities/registry';
import { REPLICA_TABLES, replicaStoresAt, replicaVersions } from '../../shared/entities/replica-tables';
import type { MutationName } from '../../shared/mutations';
import { ticketWords } from './search-words';
import { arrivalOf } from './arrival';
import { boardUpgrade, solvedUpgrade } from './board-upgrade';
import type { WordsRow } from './word-index';

/** A ticket with the local index fields that make every queue one ordered range query. */
export interface TicketRow extends Ticket {
  /** 1 while the ticket is open (new, open, pending, on hold). */
  _open: 0 | 1;
  /** Assignee id, '' when unassigned (null cannot be indexed). */
  _assignee: string;
  /** queueSortKey (SLA urgency, priority, age) + '|' + id, unique so it can page by key. */
  _sort: string;
  /**
   * The words a queue filter finds it by, on rows written before the words table (version 4): those
   * rows keep them until they are written again; since, the words live in `words` (word-index.ts).
   */
  _words?: string[];
  /**
   * Its customer's name for the queue row ('' while the customer is not here), so a queue window needs
   * no read of the customers. Absent on rows written before it existed: those read the customer.
   */
  _customer?: string;
  /** 1 while an escalation brought the ticket to its tier and no hand-back has moved it since. */
  _escalated: 0 | 1;
  /** That escalation, for the queue row ("from tier 1 · Anna"); null when _escalated is 0. */
  _escalation: EscalationMark | null;
}

export interface EscalationMark {
  fromTier: Tier;
  byAgentId: string;
  at: string;
}

export interface OutboxRow {
  /** The client's mutation counter: 1, 2, 3 … */
  id: number;
  name: MutationName;
  args: unknown;
  /** The ticket it changes ('' for customer/presence mutations): pending markers per ticket. */
  ticketId: string;
  /** Local time it was made; replays reuse it so optimistic rows stay stable. */
  at: string;
}

/** The replicated entities' tables (shared/entities/registry.ts). */
export type ReplicatedTable = ReplicaTable;
export const REPLICATED: readonly ReplicatedTable[] = REPLICA_TABLES;

/** The server copy of a row a pending mutation touched; null: the row did not exist (created locally). */
export interface ShadowRow {
  key: string;
  table: ReplicatedTable;
  id: string;
  row: unknown;
}

export interface MetaRow {
  /** pulledAt: when this replica last applied a pull (local clock, ISO). snapshot: see sync-loop/sync-meta. */
  key: 'clientId' | 'cursor' | 'ackedMutationId' | 'nextMutationId' | 'pulledAt' | 'snapshot' | 'pendingCounted' | 'words' | 'wordsAt';
  value: unknown;
}

/** Maintained queue counts: 'mine:<agentId>', 'unassigned:<tier>', 'tier:<tier>', 'escalated:<tier>' (open tickets only). */
export interface CounterRow {
  key: string;
  n: number;
}

/** A replicated entity's row as the replica stores it: its value, a ticket with its local index fields. */
export type ReplicaRow<K extends EntityName> = K extends 'ticket' ? TicketRow : EntityValue<K>;
type ReplicatedTables = { [K in EntityName as ReplicaTableOf<K>]: Table<ReplicaRow<K>, string> };

export type ReplicaDb = Dexie & ReplicatedTables & {
  outbox: Table<OutboxRow, number>;
  meta: Table<MetaRow, string>;
  shadows: Table<ShadowRow, string>;
  counters: Table<CounterRow, string>;
  words: Table<WordsRow, string>;
};

export const ALL_TABLES = [...REPLICATED, 'outbox', 'meta', 'shadows', 'counters', 'words'] as const;

/** The replica's own tables (not replicated), by the Dexie version that declared them. */
export const LOCAL_STORES: Readonly<Record<number, Record<string, string>>> = {
  1: { outbox: '&id, ticketId', meta: '&key', shadows: '&key', counters: '&key' },
  // The filter's words apart from the tickets (word-index.ts); built by the sync worker, so no upgrade.
  4: { words: '&id, *w' },
};

/** What a version does to rows written before it (the index strings are in the registry). */
const UPGRADES: Readonly<Record<number, (tx: Transaction) => Promise<void>>> = {
  // Version 2: queue filters look words up in an index instead of walking the queue.
  2: async (tx) => {
    const names = new Map((await tx.table<Customer, string>('customers').toArray()).map((c) => [c.id, c.name]));
    await tx
      .table<TicketRow, string>('tickets')
      .toCollection()
      .modify((row) => {
        row._words = ticketWords(row, names.get(row.customerId));
      });
  },
  // Version 3: the receiving tier's "escalated to us" queue is one range query too, from a field derived
  // from the escalation rows (kept in step by ticket-rows.ts).
  3: async (tx) => {
    const byTicket = new Map<string, Escalation[]>();
    await tx.table<Escalation, string>('escalations').each((e) => {
      byTicket.set(e.ticketId, [...(byTicket.get(e.ticketId) ?? []), e]);
    });
    const counts = new Map<string, number>();
    await tx
      .table<TicketRow, string>('tickets')
      .toCollection()
      .modify((row) => {
        const mark = arrivalOf(row, byTicket.get(row.id) ?? []);
        row._escalated = mark ? 1 : 0;
        row._escalation = mark;
        if (mark && row._open === 1) counts.set(`escalated:${row.tier}`, (counts.get(`escalated:${row.tier}`) ?? 0) + 1);
      });
    await tx.table<CounterRow, string>('counters').bulkPut([...counts].map(([key, n]) => ({ key, n })));
  },
  // Version 5: the supervisor's board counters for the rows held before them.
  5: boardUpgrade,
  // Version 8: the agents panel's "solved today" counters for the solved tickets held before them.
  8: solvedUpgrade,
};

/** Every Dexie version: those the registry gives indexes at, those of the local tables and upgrades. */
function schemaVersions(): number[] {
  const local = [...Object.keys(LOCAL_STORES), ...Object.keys(UPGRADES)].map(Number);
  return [...new Set([...replicaVersions(), ...local])].sort((a, b) => a - b);
}

export function createReplicaDb(name: string, deps: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}): ReplicaDb {
  const db = new Dexie(name, {
    ...(deps.indexedDB ? { indexedDB: deps.indexedDB } : {}),
    ...(deps.IDBKeyRange ? { IDBKeyRange: deps.IDBKeyRange } : {}),
  }) as ReplicaDb;
  // Each version declares the replicated tables' indexes given at that version in the entity registry,
  // the local tables' from LOCAL_STORES, and runs its upgrade, if any.
  for (const v of schemaVersions()) {
    const version = db.version(v).stores({ ...replicaStoresAt(v), ...LOCAL_STORES[v] });
    const upgrade = UPGRADES[v];
    if (upgrade) version.upgrade(upgrade);
  }
  return db;
}

export function replicaDbName(agentId: string): string {
  return `agent-console-${agentId}`;
}
