// The change union and the delete kinds are the registry's: every declared entity travels as a change
// and as a delete, with its own schema, and nothing else does. The oracle is the registry's names and
// one hand-made value per entity (test-values.ts), parsed through the wire schema.
import { describe, expect, it } from 'vitest';
import { Change, PullResponse } from '../sync-protocol';
import { ENTITIES, ENTITY_NAMES } from './registry';
import { ENTITY_VALUE_ORDER, ENTITY_VALUES } from './test-values';

describe('entity registry → change union', () => {
  it('has a test value for every entity, in a database order', () => {
    expect([...ENTITY_VALUE_ORDER].sort()).toEqual([...ENTITY_NAMES].sort());
  });

  it.each(ENTITY_NAMES)('%s: its value is a change, and a wrong-shaped value is not', (name) => {
    const value = ENTITY_VALUES[name];
    expect(Change.parse({ entity: name, value })).toEqual({ entity: name, value });
    expect(ENTITIES[name].schema.safeParse(value).success).toBe(true);
    expect(Change.safeParse({ entity: name, value: { id: value.id } }).success).toBe(false);
  });

  it.each(ENTITY_NAMES)('%s: a delete of it is a change', (kind) => {
    const value = { kind, id: ENTITY_VALUES[kind].id };
    expect(Change.parse({ entity: 'delete', value })).toEqual({ entity: 'delete', value });
  });

  it('knows no other entity and no other delete kind', () => {
    const id = ENTITY_VALUES.ticket.id;
    expect(Change.safeParse({ entity: 'tenant', value: { id } }).success).toBe(false);
    expect(Change.safeParse({ entity: 'delete', value: { kind: 'tenant', id } }).success).toBe(false);
    expect(Change.safeParse({ entity: 'delete', value: { kind: 'delete', id } }).success).toBe(false);
  });

  it('carries every entity in a pull answer, unchanged on the wire', () => {
    const changes = ENTITY_NAMES.map((entity) => ({ entity, value: ENTITY_VALUES[entity] }));
    const wire = JSON.parse(JSON.stringify({ cursor: 2, lastMutationId: 0, changes, refused: [] })) as unknown;
    const r = PullResponse.parse(wire);
    expect('changes' in r && r.changes).toEqual(changes);
  });

  it('declares each replica table and server table once', () => {
    const replica = ENTITY_NAMES.map((n) => ENTITIES[n].replica.table);
    const server = ENTITY_NAMES.map((n) => ENTITIES[n].server.table);
    expect(new Set(replica).size).toBe(ENTITY_NAMES.length);
    expect(new Set(server).size).toBe(ENTITY_NAMES.length);
  });
});
