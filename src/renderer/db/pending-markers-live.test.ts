// The queue's pending markers (unsynced changes per ticket on screen) are a live query of their own; a
// local edit to a ticket that is not on screen must not wake it (every edit writes the outbox), and one to a
// ticket on screen must, with the right count.
import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pendingByTicket } from './queries';
import { createReplicaDb, type ReplicaDb } from './schema';
import { uid } from '../test-support/builders';

let db: ReplicaDb;
let n = 0;
let nextId = 1;
beforeEach(async () => {
  db = createReplicaDb(`pending-markers-${Date.now()}-${++n}`);
  await db.open();
  nextId = 1;
});
afterEach(() => db.close());

const addOutbox = (ticketId: string) => db.outbox.add({ id: nextId++, name: 'setPriority', args: {}, ticketId, at: '2030-01-01T00:00:00.000Z' });

/** Resolves after the n-th answer of a live query over the whole outbox (it wakes on every outbox write). */
function outboxWatch() {
  let seen = 0;
  let waiters: { at: number; ok: () => void }[] = [];
  const sub = liveQuery(() => db.outbox.toArray()).subscribe(() => {
    seen++;
    waiters = waiters.filter((w) => (w.at <= seen ? (w.ok(), false) : true));
  });
  return { seen: () => seen, reach: (at: number) => new Promise<void>((ok) => (at <= seen ? ok() : waiters.push({ at, ok }))), stop: () => sub.unsubscribe() };
}

describe('pending markers', () => {
  it('wake only for outbox writes about the tickets on screen, and count them right', async () => {
    // On screen: tickets 10, 30, 50; not on screen: 20 and 40, whose ids sort between theirs.
    const onScreen = [10, 30, 50].map((i) => uid('t', i));
    const [between1, between2] = [uid('t', 20), uid('t', 40)];
    const control = outboxWatch();
    await control.reach(1);
    let runs = 0;
    let last = new Map<string, number>();
    const sub = liveQuery(() => (runs++, pendingByTicket(db, onScreen))).subscribe((m) => (last = m));
    await new Promise<void>((ok) => setTimeout(ok, 0));
    await control.reach(1);
    const settled = async (writes: number) => {
      await control.reach(1 + writes);
      await new Promise<void>((ok) => setTimeout(ok, 20));
    };
    const before = runs;
    await addOutbox(between1);
    await addOutbox(between2);
    await settled(2);
    expect(runs).toBe(before);
    await addOutbox(onScreen[1]!);
    await addOutbox(onScreen[1]!);
    await settled(4);
    expect(runs).toBeGreaterThan(before);
    // The oracle: the outbox itself, counted here.
    const all = await db.outbox.toArray();
    const want = new Map<string, number>();
    for (const r of all) if (onScreen.includes(r.ticketId)) want.set(r.ticketId, (want.get(r.ticketId) ?? 0) + 1);
    expect(last).toEqual(want);
    sub.unsubscribe();
    control.stop();
  });
});
