// With the first sync's rows local: reload (open the replica, read the first queue page) against a bare
// Dexie read of 50 rows; local edits with the list's live queries subscribed; a filter by a common word.
import Dexie, { liveQuery } from 'dexie';
import type { Agent } from '../../src/shared/domain';
import { openReplica, type Replica } from '../../src/renderer/db/replica';
import { noSync } from '../../src/renderer/test-support/no-sync';
import { filteredQueue, pendingByTicket, queueCount, queuePage, type QueueKey } from '../../src/renderer/db/queries';
import { queueWindow } from '../../src/renderer/db/queue-window';
import type { TicketRow } from '../../src/renderer/db/schema';

const tier: QueueKey = { kind: 'tier', tier: 1 };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function reload(dbName: string, me: Agent) {
  const bare: number[] = [];
  const replica: number[] = [];
  for (let r = 0; r < 3; r++) {
    let t0 = performance.now();
    const d = new Dexie(dbName);
    await d.open();
    await d.table('tickets').where('[_open+tier+_sort]').between([1, 1, Dexie.minKey], [1, 1, Dexie.maxKey]).limit(50).toArray();
    bare.push(performance.now() - t0);
    d.close();
    t0 = performance.now();
    const rep = await openReplica({ sync: noSync, agent: me, dbName });
    await queueWindow(rep.db, me, tier, { offset: 0, limit: 100 });
    replica.push(performance.now() - t0);
    await rep.close();
  }
  return { bareReadMs: median(bare), reloadFirstRowsMs: median(replica) };
}

/**
 * Subscribes what the queue screen keeps live: the tier and Mine windows, each with its pending markers
 * (re-subscribed for the window's ids whenever the window changes, as use-queue-rows does), their counts.
 */
function watchScreen(rep: Replica, me: Agent) {
  let runs = 0;
  const next = () => void runs++;
  const marks: { unsubscribe(): void }[] = [];
  const window = (key: QueueKey, slot: number) =>
    liveQuery(() => queueWindow(rep.db, me, key, { offset: 0, limit: 100 })).subscribe((rows) => {
      next();
      marks[slot]?.unsubscribe();
      const ids = rows.map((r) => r.ticket.id);
      marks[slot] = liveQuery(() => pendingByTicket(rep.db, ids)).subscribe(next);
    });
  const subs = [
    window(tier, 0),
    window({ kind: 'mine' }, 1),
    ...(['mine', 'unassigned', 'tier'] as const).map((kind) => liveQuery(() => queueCount(rep.db, me, kind === 'mine' ? { kind } : { kind, tier: 1 })).subscribe(next)),
  ];
  return { runs: () => runs, stop: () => [...subs, ...marks].forEach((s) => s.unsubscribe()) };
}

export async function edits(dbName: string, me: Agent, count: number) {
  const rep = await openReplica({ sync: noSync, agent: me, dbName });
  const screen = watchScreen(rep, me);
  await new Promise((ok) => setTimeout(ok, 500));
  const mine = await queuePage(rep.db, me, { kind: 'mine' }, { offset: 0, limit: 200 });
  const priorities = ['low', 'normal', 'high', 'urgent'] as const;
  const edit = async (i: number, at = mine) => {
    const r = await rep.mutate('setPriority', { ticketId: at[i % at.length]!.id, priority: priorities[i % 4]! });
    if (!r.ok) throw new Error(r.reason);
  };
  // One edit as the agent makes it: the screen settled before, the edit's own write timed. On a ticket
  // in the Mine window (the one the agent looks at), and on one in no window on screen.
  const oneEdit = async (at: TicketRow[]) => {
    const times: number[] = [];
    for (let i = 0; i < 21; i++) {
      await new Promise((ok) => setTimeout(ok, 50));
      const s = performance.now();
      await edit(i, at);
      times.push(performance.now() - s);
    }
    return median(times);
  };
  const inWindow = await oneEdit(mine.slice(0, 50));
  const outside = await oneEdit(mine.slice(150));
  const win: number[] = [];
  for (let i = 0; i < 5; i++) {
    const s = performance.now();
    await queueWindow(rep.db, me, tier, { offset: 0, limit: 100 });
    win.push(performance.now() - s);
  }
  const t0 = performance.now();
  for (let i = 0; i < count; i++) await edit(i);
  const total = performance.now() - t0;
  screen.stop();
  const quietOne = await oneEdit(mine);
  const t2 = performance.now();
  for (let i = 0; i < 100; i++) await edit(i);
  (globalThis as unknown as { quietEditMs: number }).quietEditMs = (performance.now() - t2) / 100;
  const runsAfter = screen.runs();
  const t1 = performance.now();
  await filteredQueue(rep.db, me, tier, { offset: 0, limit: 100, text: 'refund', cap: 500 });
  const filterMs = performance.now() - t1;
  await rep.close();
  return { windowMs: median(win), oneEditMs: inWindow, oneEditOutsideMs: outside, oneEditQuietMs: quietOne, editsSeconds: total / 1000, liveRuns: runsAfter, filterRefundMs: filterMs, quietEditMs: (globalThis as unknown as { quietEditMs: number }).quietEditMs };
}
