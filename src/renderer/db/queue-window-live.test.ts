// A live queue window wakes only for writes that can change it: a local edit to a ticket far down a
// big queue must not make the window on screen re-read (issue 8: one edit ≤ 5 ms at 100k tickets). And
// it must still wake, and show the right rows, for every write that does change it.
import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agent, Ticket } from '../../shared/domain';
import type { QueueKey } from './queries';
import { queueWindow } from './queue-window';
import { ALL_TABLES, createReplicaDb, type ReplicaDb } from './schema';
import { fromRow, writeTickets } from './ticket-rows';
import { agent, ticket, uid } from '../test-support/builders';

const me = agent(1);
const tier: QueueKey = { kind: 'tier', tier: 1 };
let db: ReplicaDb;
let n = 0;

beforeEach(async () => {
  db = createReplicaDb(`queue-window-live-${Date.now()}-${++n}`);
  await db.open();
  // 60 open tier 1 tickets, ticket i at place i - 1 (later first-response deadline, lower place); ids in
  // another order than the queue's, as real ids are.
  const all = Array.from({ length: 60 }, (_, i) => ticket(i + 1, { id: uid('d', ((i * 37) % 60) + 1), status: 'open', assigneeId: i % 2 ? me.id : null }));
  await db.transaction('rw', [...ALL_TABLES], () => writeTickets(db, all));
});
afterEach(() => db.close());

/** A local edit as replica.mutate writes it: the ticket through writeTickets, and its outbox entry. */
async function edit(number: number, change: Partial<Ticket>): Promise<void> {
  await db.transaction('rw', [...ALL_TABLES], async () => {
    const row = (await db.tickets.where('number').equals(number).first())!;
    await writeTickets(db, [{ ...fromRow(row), ...change }]);
    const id = ((await db.outbox.orderBy('id').last())?.id ?? 0) + 1;
    await db.outbox.add({ id, name: 'setPriority', args: {}, ticketId: row.id, at: '2030-01-01T00:00:00.000Z' });
  });
}

/** The oracle: the numbers of the queue's window computed from every row, without an index. */
async function expected(offset: number, limit: number): Promise<(number | null)[]> {
  const rows = (await db.tickets.toArray()).filter((t) => t._open === 1 && t.tier === 1).sort((a, b) => (a._sort < b._sort ? -1 : 1));
  return rows.slice(offset, offset + limit).map((t) => t.number);
}

/** Subscribes a window as the list does; counts how often its query runs and keeps what it last gave. */
function watch(who: Agent, key: QueueKey, offset: number, limit: number) {
  let runs = 0;
  let emittedRun = -1;
  let last: (number | null)[] | undefined;
  let waiters: (() => void)[] = [];
  const sub = liveQuery(() => {
    runs++;
    return queueWindow(db, who, key, { offset, limit });
  }).subscribe((rows) => {
    last = rows.map((r) => r.ticket.number);
    // Dexie drops a run that a newer one replaced: what it gives is the latest run's answer.
    emittedRun = runs;
    const w = waiters;
    waiters = [];
    w.forEach((f) => f());
  });
  const idle = async (): Promise<void> => {
    while (emittedRun !== runs) await new Promise<void>((ok) => waiters.push(ok));
  };
  return { runs: () => runs, rows: () => last, idle, stop: () => sub.unsubscribe() };
}

/**
 * Waits until Dexie has told every live query about the writes so far: a control query that reads every
 * ticket wakes on any ticket write, so once it has given its new answer, the window had its chance too.
 */
function control() {
  let waiters: (() => void)[] = [];
  let seen = 0;
  const sub = liveQuery(() => db.tickets.toArray()).subscribe(() => {
    seen++;
    const w = waiters;
    waiters = [];
    w.forEach((f) => f());
  });
  return {
    settled: () => new Promise<void>((ok) => waiters.push(ok)),
    first: () => (seen ? Promise.resolve() : new Promise<void>((ok) => waiters.push(ok))),
    stop: () => sub.unsubscribe(),
  };
}

async function settledAfter(ctl: ReturnType<typeof control>, write: () => Promise<void>): Promise<void> {
  const settled = ctl.settled();
  await write();
  await settled;
}

describe('a live queue window', () => {
  it('does not re-run for an edit to a ticket outside it (offset 0)', async () => {
    const win = watch(me, tier, 0, 10);
    const ctl = control();
    await Promise.all([win.idle(), ctl.first()]);
    const before = win.runs();
    // Ticket 40 stays far below the window: a new subject, then a lower priority.
    await settledAfter(ctl, () => edit(40, { subject: 'A new subject' }));
    await settledAfter(ctl, () => edit(40, { priority: 'low' }));
    expect((await expected(0, 60)).indexOf(40)).toBeGreaterThan(10);
    expect(win.runs()).toBe(before);
    expect(win.rows()).toEqual(await expected(0, 10));
    win.stop();
    ctl.stop();
  });

  it('does not re-run for an edit below an offset window, but does for one before it that moves below it', async () => {
    const win = watch(me, tier, 20, 10);
    const ctl = control();
    await Promise.all([win.idle(), ctl.first()]);
    const before = win.runs();
    await settledAfter(ctl, () => edit(50, { subject: 'Still below the window' }));
    expect(win.runs()).toBe(before);
    // Ticket 5 (before the window) gets a later deadline than every other: the window shifts up by one.
    await settledAfter(ctl, () => edit(5, { firstResponseDueAt: '2031-01-01T00:00:00.000Z' }));
    await win.idle();
    expect(win.runs()).toBeGreaterThan(before);
    expect(win.rows()).toEqual(await expected(20, 10));
    win.stop();
    ctl.stop();
  });

  it('shows the right rows after an edit inside it, a ticket entering it and a ticket leaving the queue', async () => {
    const win = watch(me, tier, 0, 10);
    const ctl = control();
    await Promise.all([win.idle(), ctl.first()]);
    const steps: [number, Partial<Ticket>][] = [
      [3, { subject: 'Edited in the window' }],
      [30, { firstResponseDueAt: '2029-01-01T00:00:00.000Z' }],
      [2, { status: 'closed' }],
      [45, { firstResponseDueAt: '2029-06-01T00:00:00.000Z' }],
      [30, { firstResponseDueAt: '2031-01-01T00:00:00.000Z' }],
    ];
    for (const [number, change] of steps) {
      const runs = win.runs();
      await settledAfter(ctl, () => edit(number, change));
      await win.idle();
      expect(win.runs()).toBeGreaterThan(runs);
      expect(win.rows()).toEqual(await expected(0, 10));
    }
    win.stop();
    ctl.stop();
  });

  it('gives the whole queue when it is shorter than the window, and wakes for a ticket added at its end', async () => {
    const win = watch(me, { kind: 'mine' }, 0, 50);
    await win.idle();
    expect(win.rows()).toHaveLength(30);
    const ctl = control();
    await ctl.first();
    await settledAfter(ctl, () => db.transaction('rw', [...ALL_TABLES], () => writeTickets(db, [ticket(99, { status: 'open', assigneeId: me.id })])));
    await win.idle();
    expect(win.rows()).toHaveLength(31);
    expect(win.rows()!.at(-1)).toBe(99);
    win.stop();
    ctl.stop();
  });
});
