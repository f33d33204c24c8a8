// The replica drops closed tickets beyond the history window (as the server's scope does), with their
// threads, but never one with changes still waiting to sync, and never open work.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { HISTORY_DAYS } from '../../src/shared/index';
import { customer, ids, ticket } from '../../src/shared/test-fixtures';
import { pruneBeyondHistory } from '../../src/renderer/db/prune';
import { queueCount } from '../../src/renderer/db/queries';
import { openReplica } from '../../src/renderer/db';
import { createFakeConsoleApi } from '../../src/renderer/test-support/fake-console-api';
import { anna, rows, setup, tid } from './support/replica-harness';

const NOW = new Date('2026-11-23T12:00:00.000Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();
const message = (id: string, ticketId: string) => ({
  entity: 'message' as const,
  value: { id, ticketId, kind: 'customer' as const, authorId: ids.customer, authorName: 'Līga', channel: 'email' as const, body: 'hello', createdAt: daysAgo(60), version: 1 },
});

describe('replica history window', () => {
  it('removes closed tickets last changed beyond the window, their messages too, and keeps the rest', async () => {
    const { replica, pull } = await setup();
    // The replica prunes a day after the server's window (clock margin): 2+ days past it is gone here.
    const old = ticket({ id: tid(1), number: 1, status: 'closed', updatedAt: daysAgo(HISTORY_DAYS + 2) });
    const oldPending = ticket({ id: tid(2), number: 2, status: 'closed', updatedAt: daysAgo(HISTORY_DAYS + 3) });
    const marginal = ticket({ id: tid(6), number: 6, status: 'closed', updatedAt: daysAgo(HISTORY_DAYS + 0.5) });
    const recent = ticket({ id: tid(3), number: 3, status: 'closed', updatedAt: daysAgo(HISTORY_DAYS - 1) });
    const solved = ticket({ id: tid(4), number: 4, status: 'solved', updatedAt: daysAgo(HISTORY_DAYS + 10) });
    const open = ticket({ id: tid(5), number: 5, status: 'open', updatedAt: daysAgo(HISTORY_DAYS + 10) });
    const orphan = customer({ id: tid(0x99), name: 'Nobody Here' });
    await pull([...rows([old, oldPending, recent, solved, open, marginal]), { entity: 'customer', value: orphan }, message(tid(0x11), old.id), message(tid(0x12), old.id), message(tid(0x13), recent.id)], 1);
    // A customer created here, not yet synced and with no ticket yet, stays too.
    expect(await replica.mutate('createCustomer', { id: tid(0x98), name: 'Brand New', email: null, phone: null, language: 'en', preferredChannel: 'phone' })).toEqual({ ok: true });
    // A late note on an old closed ticket, not yet synced: the ticket must stay.
    expect(await replica.mutate('addMessage', { id: tid(0x14), ticketId: oldPending.id, kind: 'note', body: 'for the record' })).toEqual({ ok: true });
    const openBefore = await queueCount(replica.db, anna, { kind: 'tier', tier: 1 });

    expect(await pruneBeyondHistory(replica.db, NOW)).toBe(1);
    expect((await replica.db.tickets.toArray()).map((t) => t.number).sort()).toEqual([2, 3, 4, 5, 6]);
    // A customer with no ticket left here goes; one with tickets, or named by a pending change, stays.
    expect((await replica.db.customers.toArray()).map((c) => c.id).sort()).toEqual([ids.customer, tid(0x98)].sort());
    expect((await replica.db.messages.toArray()).map((m) => m.id).sort()).toEqual([tid(0x13), tid(0x14)]);
    expect(await queueCount(replica.db, anna, { kind: 'tier', tier: 1 })).toBe(openBefore);
    expect(await pruneBeyondHistory(replica.db, NOW)).toBe(0);

    // Weeks later, still offline: the note made the ticket recent, but now it is old again and its change
    // has still not synced. It stays until the server has it; the other closed one goes.
    const later = new Date(Date.now() + (HISTORY_DAYS + 5) * 86_400_000);
    expect(await pruneBeyondHistory(replica.db, later)).toBe(2);
    expect((await replica.db.tickets.toArray()).map((t) => t.number).sort()).toEqual([2, 4, 5]);
    await replica.db.outbox.clear();
    expect(await pruneBeyondHistory(replica.db, later)).toBe(1);
    expect((await replica.db.messages.toArray()).map((m) => m.id)).toEqual([]);
  });
});

describe('replica away longer than the window', () => {
  it('starts over (cursor null, rows dropped) but keeps and replays its outbox; a short absence changes nothing', async () => {
    const factory = new IDBFactory();
    let clock = Date.now();
    const api = createFakeConsoleApi({ agent: anna });
    const open = () => openReplica({ sync: api.startSync, agent: anna, indexedDB: factory, IDBKeyRange, dbName: 'away', now: () => new Date(clock) });
    /** The cursor the reopened replica's loop pulled from first. */
    const firstPullCursor = async (from: number) => {
      await api.pushed();
      return (api.requests.filter((r) => r.name === 'sync.pull')[from]!.input as { cursor: number | null }).cursor;
    };
    const pulls = () => api.requests.filter((r) => r.name === 'sync.pull').length;

    let replica = await open();
    await api.pull({ cursor: 7, lastMutationId: 0, changes: rows([ticket({ status: 'open' })]) });
    expect(await replica.mutate('addMessage', { id: tid(0x21), ticketId: ids.ticket, kind: 'note', body: 'before the holiday' })).toEqual({ ok: true });
    await replica.close();

    clock += 2 * 86_400_000;
    let before = pulls();
    replica = await open();
    expect(await firstPullCursor(before)).toBe(7);
    expect(await replica.db.tickets.count()).toBe(1);
    await replica.close();

    clock += HISTORY_DAYS * 86_400_000;
    before = pulls();
    replica = await open();
    expect(await firstPullCursor(before)).toBeNull();
    expect(await api.pushed()).toMatchObject([{ id: 1, name: 'addMessage' }]);
    expect(await replica.db.tickets.count()).toBe(0);
    expect(await replica.db.outbox.count()).toBe(1);
    await replica.close();
  });
});

describe('replica reopened with a large history', () => {
  it('answers the first queue read before any prune runs, and prunes later', async () => {
    const factory = new IDBFactory();
    const api = createFakeConsoleApi({ agent: anna });
    const open = (firstPruneAfterMs?: number) =>
      openReplica({ sync: api.startSync, agent: anna, indexedDB: factory, IDBKeyRange, dbName: 'reload', now: () => NOW, ...(firstPruneAfterMs === undefined ? {} : { firstPruneAfterMs }) });
    const old = ticket({ id: tid(1), number: 1, status: 'closed', updatedAt: daysAgo(HISTORY_DAYS + 5) });
    let replica = await open();
    await api.pull({ cursor: 3, lastMutationId: 0, changes: rows([old, ticket({ id: tid(2), number: 2 })]) });
    await replica.close();

    // A reload: the first reads come before any prune (a prune over every table would hold them back).
    replica = await open();
    expect((await replica.db.tickets.get(old.id))?.number).toBe(1);
    expect(await queueCount(replica.db, anna, { kind: 'tier', tier: 1 })).toBe(1);
    await replica.close();

    replica = await open(0);
    await vi.waitFor(async () => expect(await replica.db.tickets.get(old.id)).toBeUndefined());
    expect((await replica.db.tickets.toArray()).map((t) => t.number)).toEqual([2]);
    await replica.close();
  });
});
