// A replica written by the previous version (Dexie version 2) opens with the escalated marks and their
// counter derived from the escalation rows it already holds.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { agent, ticket, uid } from '../test-support/builders';
import { queueCount, queuePage } from './queries';
import { createReplicaDb } from './schema';

const V2 = {
  tickets: '&id, [_open+_assignee+_sort], [_open+tier+_assignee+_sort], [_open+tier+_sort], customerId, number, *_words',
  messages: '&id, [ticketId+createdAt]',
  customers: '&id',
  agents: '&id',
  escalations: '&id, ticketId',
  history: '&id, ticketId, customerId',
  outbox: '&id, ticketId',
  meta: '&key',
  shadows: '&key',
  counters: '&key',
};

describe('replica schema version 3', () => {
  it('derives the escalated mark and counter for rows written before it', async () => {
    const name = `upgrade-${Date.now()}`;
    const old = new Dexie(name);
    old.version(2).stores(V2);
    const escalated = ticket(1, { tier: 2 });
    const plain = ticket(2, { tier: 2 });
    const row = (t: typeof escalated) => ({ ...t, _open: 1, _assignee: '', _sort: `x|${t.id}`, _words: [] });
    await old.table('tickets').bulkPut([row(escalated), row(plain)]);
    await old.table('escalations').put({
      id: uid('e', 1), ticketId: escalated.id, kind: 'escalate', fromTier: 1, toTier: 2, reason: 'r', summary: 'summary text',
      byAgentId: uid('a', 1), createdAt: '2026-11-20T10:00:00.000Z', version: 3,
    });
    old.close();

    const db = createReplicaDb(name);
    await db.open();
    const me = agent(2, { tier: 2 });
    expect((await queuePage(db, me, { kind: 'escalated', tier: 2 }, { offset: 0, limit: 10 })).map((t) => t.id)).toEqual([escalated.id]);
    expect(await queueCount(db, me, { kind: 'escalated', tier: 2 })).toBe(1);
    expect((await db.tickets.get(plain.id))?._escalated).toBe(0);
    db.close();
  });
});
