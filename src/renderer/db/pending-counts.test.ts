// Per-ticket pending counts: the queue's markers wake only for edits to tickets on screen, and the counts
// always equal the outbox grouped by ticket (the oracle) through edits, acknowledged pulls and a refetch.
import { liveQuery } from 'dexie';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Change } from '../../shared/sync-protocol';
import { agent, customer, ticket } from '../test-support/builders';
import { noSync } from '../test-support/no-sync';
import { openReplica, type Replica } from '.';
import { pendingByTicket, pendingCountOf } from './queries';
import { applyPulled, resetForRefetch } from './rebase';

const me = agent(1);
let n = 0;

const page = (tickets = 8): Change[] => [
  { entity: 'agent', value: me },
  { entity: 'customer', value: customer(1) },
  ...Array.from({ length: tickets }, (_, i) => ({ entity: 'ticket' as const, value: ticket(i + 1, { status: 'open', tier: 1 }) })),
];

async function open(): Promise<Replica> {
  const replica = await openReplica({ sync: noSync, agent: me, dbName: `pending-counts-${Date.now()}-${++n}` });
  onTestFinished(() => replica.erase());
  await applyPulled(replica.db, me, { cursor: 1, lastMutationId: 0, changes: page() });
  return replica;
}

/** The oracle: the outbox itself, grouped by ticket. */
async function outboxCounts(r: Replica, ids: string[]): Promise<Map<string, number>> {
  const want = new Map<string, number>();
  for (const o of await r.db.outbox.toArray()) if (ids.includes(o.ticketId)) want.set(o.ticketId, (want.get(o.ticketId) ?? 0) + 1);
  return want;
}

const tag = (r: Replica, i: number, t: string) => r.mutate('addTag', { ticketId: ticket(i).id, tag: t });

describe('pending counts per ticket', () => {
  it('wake the markers only for edits to the tickets on screen', async () => {
    const r = await open();
    // On screen: tickets 2, 4, 6; the others' ids sort between theirs.
    const onScreen = [2, 4, 6].map((i) => ticket(i).id);
    let runs = 0;
    // The open ticket's own pending count (the ticket view reads it) wakes only for that ticket too.
    let viewRuns = 0;
    const view = liveQuery(() => (viewRuns++, pendingCountOf(r.db, onScreen[0]!))).subscribe(() => undefined);
    let last = new Map<string, number>();
    let seen = 0;
    const waiters: (() => void)[] = [];
    const sub = liveQuery(() => (runs++, pendingByTicket(r.db, onScreen))).subscribe((m) => {
      last = m;
      seen++;
      waiters.splice(0).forEach((w) => w());
    });
    const answered = (k: number) => new Promise<void>((ok) => (seen >= k ? ok() : waiters.push(ok)));
    // A control query over the whole outbox: once it has answered after a write, the markers had their chance.
    let controlSeen = 0;
    const controlWaiters: (() => void)[] = [];
    const control = liveQuery(() => r.db.outbox.toArray()).subscribe(() => {
      controlSeen++;
      controlWaiters.splice(0).forEach((w) => w());
    });
    const controlAt = (k: number) => new Promise<void>((ok) => (controlSeen >= k ? ok() : controlWaiters.push(ok)));
    await answered(1);
    await controlAt(1);
    const before = runs;
    const viewBefore = viewRuns;
    expect((await tag(r, 3, 'a')).ok).toBe(true);
    expect((await tag(r, 5, 'b')).ok).toBe(true);
    await controlAt(3);
    expect(runs).toBe(before);
    expect(viewRuns).toBe(viewBefore);
    expect((await tag(r, 4, 'c')).ok).toBe(true);
    expect((await tag(r, 4, 'd')).ok).toBe(true);
    await controlAt(5);
    expect(runs).toBeGreaterThan(before);
    // The markers' latest answer is the outbox's own count (each answer comes after a write it saw).
    const want = await outboxCounts(r, onScreen);
    while (JSON.stringify([...last]) !== JSON.stringify([...want])) await answered(seen + 1);
    expect(last).toEqual(want);
    sub.unsubscribe();
    view.unsubscribe();
    control.unsubscribe();
  });

  it('equal the outbox grouped by ticket through random edits, acknowledged pulls and a refetch', async () => {
    const r = await open();
    const ids = Array.from({ length: 8 }, (_, i) => ticket(i + 1).id);
    let seed = 7;
    const rnd = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    let made = 0;
    let cursor = 1;
    for (let step = 0; step < 60; step++) {
      const roll = rnd();
      if (roll < 0.6) {
        if ((await tag(r, 1 + Math.floor(rnd() * 8), `t${step}`)).ok) made++;
      } else if (roll < 0.95) {
        cursor += 1;
        await applyPulled(r.db, me, { cursor, lastMutationId: Math.floor(rnd() * (made + 1)), changes: [] });
      } else {
        // The cursor was too old: the rows go, the outbox stays, and the tickets come again.
        await resetForRefetch(r.db, me);
        cursor += 1;
        await applyPulled(r.db, me, { cursor, lastMutationId: 0, changes: page() });
      }
      expect(await pendingByTicket(r.db, ids), `step ${step}`).toEqual(await outboxCounts(r, ids));
    }
    expect(made).toBeGreaterThan(10);
  });
});
