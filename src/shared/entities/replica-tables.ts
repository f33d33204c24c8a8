// What the replica derives from the entity registry: its tables, their Dexie stores per version, the
// entity a table holds, the thread tables prune clears. Apart from registry.ts so that a test can declare
// an extra entity (vi.mock of the registry) and see everything derived from it follow.
import { ENTITIES, ENTITY_NAMES, type EntityName, type ReplicaTable, type ScopeRule } from './registry';

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
