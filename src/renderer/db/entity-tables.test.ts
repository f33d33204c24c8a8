// Every entity of the registry has its replica table with the indexes it declares (read back from the
// IndexedDB the replica opened, not from the registry's strings), and a pulled page carrying one value of
// each entity, then one delete of each, lands in and leaves those tables through the rebase, on the fast
// path and the full one.
import { describe, expect, it } from 'vitest';
import { ENTITIES, ENTITY_NAMES } from '../../shared/entities/registry';
import { replicaIndexes, replicaStoresAt, replicaVersions } from '../../shared/entities/replica-tables';
import { ENTITY_VALUES } from '../../shared/entities/test-values';
import type { Actor } from '../../shared/domain';
import type { Change } from '../../shared/sync-protocol';
import { applyPulled } from './rebase';
import { createReplicaDb } from './schema';

const me: Actor = { id: ENTITY_VALUES.agent.id, name: 'Anna Kovács', role: 'agent', tier: 1 };
let n = 0;

/** '&id, [a+b], *c' → primary key 'id' and index names as IndexedDB knows them ('[a+b]', 'c'). */
function expected(indexes: string): { key: string; names: string[] } {
  const [pk, ...rest] = indexes.split(',').map((s) => s.trim());
  return { key: pk!.replace(/^[&+]/, ''), names: rest.map((s) => s.replace(/^[&*]/, '')).sort() };
}

// The replicated tables' stores of each shipped Dexie version, as they shipped (copied before the registry
// held them): a version is added, never edited.
const SHIPPED: Record<number, Record<string, string>> = {
  1: {
    tickets: '&id, [_open+_assignee+_sort], [_open+tier+_assignee+_sort], [_open+tier+_sort], customerId, number',
    messages: '&id, [ticketId+createdAt]',
    customers: '&id',
    agents: '&id',
    escalations: '&id, ticketId',
    history: '&id, ticketId, customerId',
  },
  2: { tickets: '&id, [_open+_assignee+_sort], [_open+tier+_assignee+_sort], [_open+tier+_sort], customerId, number, *_words' },
  3: {
    tickets:
      '&id, [_open+_assignee+_sort], [_open+tier+_assignee+_sort], [_open+tier+_sort], [_open+tier+_escalated+_sort], customerId, number, *_words',
  },
};

describe('replica tables from the entity registry', () => {
  it('keeps every shipped version as it shipped', () => {
    for (const [v, stores] of Object.entries(SHIPPED)) expect(replicaStoresAt(Number(v))).toEqual(stores);
    expect(replicaVersions().slice(0, 3)).toEqual([1, 2, 3]);
  });

  it.each(ENTITY_NAMES)('%s has its table and declared indexes in the opened IndexedDB', async (name) => {
    const db = createReplicaDb(`entity-tables-${++n}`);
    await db.open();
    const idb = db.backendDB();
    const table = ENTITIES[name].replica.table;
    expect([...idb.objectStoreNames]).toContain(table);
    const store = idb.transaction(table, 'readonly').objectStore(table);
    const want = expected(replicaIndexes(name));
    expect(store.keyPath).toBe(want.key);
    expect([...store.indexNames].sort()).toEqual(want.names);
    await db.delete();
  });

  it.each([true, false])('a page with every entity, then a delete of each, goes through the rebase (fast path: %s)', async (fastPath) => {
    const db = createReplicaDb(`entity-tables-${++n}`);
    await db.open();
    const puts: Change[] = ENTITY_NAMES.map((entity) => ({ entity, value: ENTITY_VALUES[entity] }) as Change);
    await applyPulled(db, me, { cursor: 2, lastMutationId: 0, changes: puts }, { fastPath });
    for (const name of ENTITY_NAMES) {
      const row = (await db.table(ENTITIES[name].replica.table).get(ENTITY_VALUES[name].id)) as Record<string, unknown> | undefined;
      expect(row, name).toMatchObject(ENTITY_VALUES[name] as Record<string, unknown>);
    }
    const deletes: Change[] = ENTITY_NAMES.map((kind) => ({ entity: 'delete', value: { kind, id: ENTITY_VALUES[kind].id } }));
    await applyPulled(db, me, { cursor: 3, lastMutationId: 0, changes: deletes }, { fastPath });
    for (const name of ENTITY_NAMES) expect(await db.table(ENTITIES[name].replica.table).count(), name).toBe(0);
    await db.delete();
  });
});
