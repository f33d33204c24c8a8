// A replica written by version 4 opens at version 5 with the board's counters derived from the rows it
// holds and the board's indexes built (the figures below read them).
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ticket } from '../test-support/builders';
import { storesUpTo } from '../test-support/old-schema';
import { boardCounts, longestWaits, solvedOn, windowFigures } from './board-queries';
import { createReplicaDb } from './schema';


describe('replica schema version 5', () => {
  it('derives the board counters and indexes for rows written before it', async () => {
    const name = `upgrade-v5-${Date.now()}`;
    const old = new Dexie(name);
    old.version(4).stores(storesUpTo(4));
    const rows = [
      ticket(1, { status: 'new', channel: 'phone', createdAt: '2026-12-01T08:00:00.000Z' }),
      ticket(2, { status: 'open', channel: 'chat', assigneeId: '0193a000-0000-7000-8a01-000000000001', createdAt: '2026-12-01T07:00:00.000Z' }),
      ticket(3, { status: 'pending', channel: 'chat', createdAt: '2026-12-01T09:00:00.000Z' }),
      ticket(4, { status: 'solved', channel: 'web', solvedAt: '2026-12-01T10:00:00.000Z', createdAt: '2026-11-30T09:00:00.000Z' }),
    ].map((t) => ({ ...t, _open: t.status === 'solved' ? 0 : 1, _assignee: t.assigneeId ?? '', _sort: `x${t.number}|${t.id}`, _customer: 'Customer 1', _escalated: 0, _escalation: null }));
    await old.table('tickets').bulkPut(rows);
    old.close();

    const db = createReplicaDb(name);
    await db.open();
    const tier1 = (await boardCounts(db))[1];
    expect(tier1).toMatchObject({ progress: 1, pending: 1, channels: { phone: 1, chat: 2, web: 0, email: 0, social: 0 } });
    expect((await longestWaits(db))[1]).toBe('2026-12-01T08:00:00.000Z');
    expect(await windowFigures(db, 1, '2026-12-01T09:30:00.000Z', '2026-12-01T00:00:00.000Z')).toEqual({ createdHour: 0, createdToday: 3, solvedHour: 1, solvedToday: 1 });
    db.close();
  });
});

describe('replica schema version 8', () => {
  it("derives the agents panel's solved-on-a-day counters for solved tickets written before it", async () => {
    const name = `upgrade-v8-${Date.now()}`;
    const old = new Dexie(name);
    old.version(7).stores(storesUpTo(7));
    const anna = '0193a000-0000-7000-8a01-000000000001';
    const bela = '0193a000-0000-7000-8a01-000000000002';
    const day1 = '2026-11-30T12:00:00.000Z';
    const day2 = '2026-12-01T12:00:00.000Z';
    const rows = [
      ticket(1, { status: 'solved', assigneeId: anna, solvedAt: day1 }),
      ticket(2, { status: 'closed', assigneeId: anna, solvedAt: day2 }),
      ticket(3, { status: 'solved', assigneeId: anna, solvedAt: day2 }),
      ticket(4, { status: 'solved', assigneeId: bela, tier: 2, solvedAt: day2 }),
      ticket(5, { status: 'solved', solvedAt: day2 }),
      ticket(6, { status: 'open', assigneeId: anna }),
    ].map((t) => ({ ...t, _open: t.status === 'open' ? 1 : 0, _assignee: t.assigneeId ?? '', _sort: `x${t.number}|${t.id}`, _customer: 'Customer 1', _escalated: 0, _escalation: null }));
    await old.table('tickets').bulkPut(rows);
    old.close();

    const db = createReplicaDb(name);
    await db.open();
    // The oracle: each ticket's solved time on the local calendar, as the Date object says it.
    const on = (iso: string, who: string) => rows.filter((r) => r.assigneeId === who && r.solvedAt && new Date(r.solvedAt).toDateString() === new Date(iso).toDateString()).length;
    const key = (iso: string) => {
      const d = new Date(iso);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    expect(await solvedOn(db, [anna, bela], key(day2))).toEqual([on(day2, anna), on(day2, bela)]);
    expect(await solvedOn(db, [anna], key(day1))).toEqual([on(day1, anna)]);
    expect(on(day2, anna)).toBe(2);
    db.close();
  });
});
