// A replica written by the previous version (Dexie version 2) opens with the escalated marks and their
// counter derived from the escalation rows it already holds.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { agent, ticket, uid } from '../test-support/builders';
import { filteredQueue, queueCount, queuePage } from './queries';
import { createReplicaDb } from './schema';
import { indexWordsSlice, wordsState } from './word-index';

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

const V3 = { ...V2, tickets: '&id, [_open+_assignee+_sort], [_open+tier+_assignee+_sort], [_open+tier+_sort], [_open+tier+_escalated+_sort], customerId, number, *_words' };

describe('replica schema version 4', () => {
  it('opens a replica written before the words table: its filter stays exact, and is answered by the index once built', async () => {
    const name = `upgrade-v4-${Date.now()}`;
    const old = new Dexie(name);
    old.version(3).stores(V3);
    const rows = [ticket(1, { subject: 'Router resets' }), ticket(2, { subject: 'Refund please' }), ticket(3, { subject: 'Router again' })].map((t) => ({
      ...t, _open: 1, _assignee: '', _sort: `x${t.number}|${t.id}`, _words: ['router', 'resets', 'refund', 'please', 'again'].filter((w) => t.subject.toLowerCase().includes(w)), _customer: 'Customer 1', _escalated: 0, _escalation: null,
    }));
    await old.table('tickets').bulkPut(rows);
    old.close();

    const db = createReplicaDb(name);
    await db.open();
    const me = agent(1);
    const routers = () => filteredQueue(db, me, { kind: 'tier', tier: 1 }, { offset: 0, limit: 10, text: 'router', cap: 100 });
    expect(await db.words.count()).toBe(0);
    expect((await wordsState(db)).done).toBe(false);
    expect((await routers()).rows.map((t) => t.number)).toEqual([1, 3]);
    expect(await indexWordsSlice(db)).toBe(true);
    expect((await db.words.get(rows[0]!.id))?.w).toEqual(['router', 'resets', 'customer', '1', '#1']);
    expect((await routers())).toMatchObject({ count: 2 });
    expect((await routers()).rows.map((t) => t.number)).toEqual([1, 3]);
    db.close();
  });
});
