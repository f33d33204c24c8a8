// The sync loop's timing and bookkeeping, beside a real Dexie database (fake-indexeddb), over a scripted
// transport and a manual clock: batches, backoff, pokes, link changes, snapshot paging, refusals, 401.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SyncStatus } from '../../shared/api';
import type { Actor, Agent } from '../../shared/domain';
import type { PullRequest, PullResponse, PushRequest, PushResponse } from '../../shared/sync-protocol';
import { createManualClock } from '../../shared/testing/manual-clock';
import { ticket as fixtureTicket } from '../../shared/test-fixtures';
import type { RefusedChange } from '../db/replica';
import { createReplicaDb, type ReplicaDb } from '../db/schema';
import { wordsState } from '../db/word-index';
import { createSyncLoop, type SyncLoop } from './loop';
import { reason } from '../../shared/reasons';
import { LAST_ERROR } from './status';

const me: Agent = { id: '0193a000-0000-7000-8000-00000000a001', name: 'Anna Kovács', email: 'anna@demo.local', role: 'agent', tier: 1, presence: 'available', cap: null, presenceSince: null, version: 1 };
const actor: Actor = { id: me.id, name: me.name, role: me.role, tier: me.tier };
const fail = (code: string, message = code) => Object.assign(new Error(message), { code });

/** A scripted stand-in for main's transport: the loop's timing is what is under test here. */
function scripted(clock: { now(): number }) {
  const log: { at: number; kind: 'push' | 'pull'; req: PushRequest | PullRequest }[] = [];
  const state = { down: null as Error | null, version: 10, serverLast: 0, more: 0, refuse: new Set<number>() };
  const transport = {
    async push(req: PushRequest): Promise<PushResponse> {
      log.push({ at: clock.now(), kind: 'push', req });
      if (state.down) throw state.down;
      const refused = [];
      for (const m of req.mutations) {
        if (m.id !== state.serverLast + 1) continue;
        state.serverLast = m.id;
        if (state.refuse.has(m.id)) refused.push({ id: m.id, code: 'conflict' as const, reason: 'taken_by', params: { who: 'Béla' } });
      }
      return { lastMutationId: state.serverLast, refused };
    },
    async pull(req: PullRequest): Promise<PullResponse> {
      log.push({ at: clock.now(), kind: 'pull', req });
      if (state.down) throw state.down;
      const more = state.more > 0;
      if (more) state.more -= 1;
      return { cursor: state.version, lastMutationId: state.serverLast, changes: more ? [{ entity: 'agent', value: me }] : [], refused: [], more };
    },
  };
  return { transport, log, state, pulls: () => log.filter((l) => l.kind === 'pull'), pushes: () => log.filter((l) => l.kind === 'push') };
}

let open: { loop: SyncLoop; db: ReplicaDb }[] = [];
afterEach(async () => {
  for (const o of open) {
    await o.loop.stop();
    o.db.close();
  }
  open = [];
});

async function setup(opts: { random?: () => number; cursor?: number | null; outbox?: number; body?: string } = {}) {
  const clock = createManualClock(undefined, opts.random, 400);
  const sb = scripted(clock);
  const db = createReplicaDb(`loop-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  await db.meta.bulkPut([
    { key: 'clientId', value: '0193a000-0000-7000-8000-00000000c001' },
    ...(opts.cursor !== undefined && opts.cursor !== null ? [{ key: 'cursor' as const, value: opts.cursor }] : []),
  ]);
  if (opts.outbox) await addOutbox(db, 1, opts.outbox, opts.body);
  const statuses: SyncStatus[] = [];
  /** How many pulls had been sent when each status was emitted. */
  const pullsAtStatus: number[] = [];
  const refused: RefusedChange[] = [];
  const loop = createSyncLoop({ db, actor, transport: sb.transport, clock, onStatus: (s) => (statuses.push(s), pullsAtStatus.push(sb.pulls().length)), onRefused: (r) => refused.push(r), options: { slowPollMs: 30_000 } });
  open.push({ loop, db });
  /** Lets every timer due within ms fire, and the loop finish what they started. */
  const advance = async (ms: number) => {
    await loop.idle();
    await clock.advance(ms);
    await loop.idle();
  };
  return { clock, sb, db, loop, statuses, pullsAtStatus, refused, advance, loads: () => statuses.map((s) => s.initialLoad) };
}

async function addOutbox(db: ReplicaDb, from: number, to: number, body = 'hello'): Promise<void> {
  const rows = Array.from({ length: to - from + 1 }, (_, i) => ({
    id: from + i,
    name: 'addMessage' as const,
    args: { id: `0193a000-0000-7000-8000-${String(from + i).padStart(12, '0')}`, ticketId: '0193a000-0000-7000-8000-0000000000f1', kind: 'note', body },
    ticketId: '0193a000-0000-7000-8000-0000000000f1',
    at: '2026-11-23T10:00:00.000Z',
  }));
  await db.outbox.bulkAdd(rows);
}

describe('sync loop', () => {
  it('pushes the outbox in batches of at most 500, drops it with the pull that acknowledges it and reports a refusal once', async () => {
    const t = await setup({ cursor: 3, outbox: 1200 });
    t.sb.state.refuse.add(7);
    t.loop.start();
    await t.advance(0);
    expect(t.sb.pushes().map((p) => (p.req as PushRequest).mutations.length)).toEqual([500, 500, 200]);
    // The pull after the push carries the replica's cursor; its answer empties the outbox.
    expect((t.sb.pulls()[0]!.req as PullRequest).cursor).toBe(3);
    expect(await t.db.outbox.count()).toBe(0);
    expect(t.refused.map((r) => [r.mutationId, r.code, r.reason, r.params])).toEqual([[7, 'conflict', 'taken_by', { who: 'Béla' }]]);
    expect(t.loop.status()).toMatchObject({ state: 'online', pending: 0 });
    // Polled again: the refusal is not reported a second time.
    await t.advance(30_000);
    expect(t.refused).toHaveLength(1);
  });

  it('backs off with jitter while the backend is unreachable, then recovers and clears the error', async () => {
    const t = await setup({ random: () => 0.5 }); // jitter factor exactly 1
    t.sb.state.down = fail('offline');
    t.loop.start();
    await t.advance(64_000);
    const times = t.sb.pulls().map((p) => p.at - t.sb.pulls()[0]!.at);
    const gaps = times.slice(1).map((x, i) => x - times[i]!);
    expect(gaps.slice(0, 7)).toEqual([500, 1000, 2000, 4000, 8000, 16000, 30000]);
    expect(t.loop.status()).toMatchObject({ state: 'offline', lastError: LAST_ERROR.offline });
    // Offline edits do not bypass the backoff.
    const before = t.sb.log.length;
    await addOutbox(t.db, 1, 3);
    t.loop.kick();
    await t.advance(10);
    expect(t.sb.log.length).toBe(before);
    t.sb.state.down = null;
    await t.advance(30_000);
    expect(t.loop.status()).toMatchObject({ state: 'online', lastError: null, pending: 0 });
  });

  it('with changes waiting while unreachable, asks every 250 ms with a one-change push and drains at once when one gets through', async () => {
    const t = await setup({ random: () => 0.5, cursor: 3, outbox: 1200 });
    t.sb.state.down = fail('offline');
    t.loop.start();
    await t.advance(0);
    await t.advance(10_000);
    const pushes = t.sb.pushes();
    const gaps = pushes.slice(1).map((p, i) => p.at - pushes[i]!.at);
    expect(gaps.length).toBeGreaterThanOrEqual(38);
    expect(new Set(gaps)).toEqual(new Set([250]));
    expect(new Set(pushes.slice(1).map((p) => (p.req as PushRequest).mutations.length))).toEqual(new Set([1]));
    // No poke, no link event: the next probe finds the server and the outbox goes in full batches.
    t.sb.state.down = null;
    const before = pushes.length;
    await t.advance(250);
    expect(t.sb.pushes().slice(before).map((p) => (p.req as PushRequest).mutations.length)).toEqual([1, 500, 500, 199]);
    expect(await t.db.outbox.count()).toBe(0);
    expect(t.loop.status()).toMatchObject({ state: 'online', pending: 0 });
  });

  it("confirms a burst of edits with one pull at its end (a poke meanwhile waits for it), and never waits more than 1 s for it", async () => {
    const t = await setup({ cursor: 3 });
    t.loop.start();
    await t.advance(0);
    const pulls = t.sb.pulls().length;
    for (let i = 1; i <= 5; i++) {
      await addOutbox(t.db, i, i);
      t.loop.kick();
      await t.advance(100);
      if (i === 3) {
        t.sb.state.version = 11;
        t.loop.poke(11);
      }
    }
    expect(t.sb.pushes()).toHaveLength(5);
    expect(t.sb.pulls()).toHaveLength(pulls);
    await t.advance(50);
    expect(t.sb.pulls()).toHaveLength(pulls + 1);
    expect(await t.db.outbox.count()).toBe(0);
    // Edits every 100 ms for 2 s: their echoes are pulled at least once a second.
    const at0 = t.clock.now();
    for (let i = 6; i <= 25; i++) {
      await addOutbox(t.db, i, i);
      t.loop.kick();
      await t.advance(100);
    }
    const during = t.sb.pulls().slice(pulls + 1).map((p) => p.at - at0);
    expect(during.length).toBeGreaterThanOrEqual(2);
    expect(during[0]).toBeLessThanOrEqual(1_000);
  });

  it('spreads retries by ±50 % jitter', async () => {
    for (const [r, first] of [[0, 250], [0.99, 745]] as const) {
      const t = await setup({ random: () => r, cursor: 1 });
      t.sb.state.down = fail('server', 'boom');
      t.loop.start();
      await t.advance(1_000);
      const p = t.sb.pulls();
      expect(p[1]!.at - p[0]!.at).toBe(first);
      expect(t.loop.status().lastError).toBe(LAST_ERROR.server);
    }
  });

  it('pulls on a poke only when the version is ahead of the cursor, and when the link comes up', async () => {
    const t = await setup({ cursor: 10 });
    t.loop.start();
    await t.advance(0);
    const n = t.sb.pulls().length;
    t.loop.poke(10);
    await t.advance(0);
    expect(t.sb.pulls()).toHaveLength(n);
    t.sb.state.version = 11;
    t.loop.poke(11);
    await t.advance(0);
    expect(t.sb.pulls()).toHaveLength(n + 1);
    t.loop.link(true);
    await t.advance(0);
    expect(t.sb.pulls()).toHaveLength(n + 2);
  });

  it('says Offline the moment the link drops, without waiting for a request or the slow poll', async () => {
    const t = await setup({ cursor: 10 });
    t.loop.start();
    await t.advance(0);
    expect(t.loop.status().state).toBe('online');
    const requests = t.sb.log.length;
    t.loop.link(false);
    expect(t.loop.status()).toMatchObject({ state: 'offline', lastError: LAST_ERROR.offline });
    expect(t.sb.log.length).toBe(requests);
    t.loop.link(true);
    await t.advance(0);
    expect(t.loop.status()).toMatchObject({ state: 'online', lastError: null });
  });

  it('polls slowly so a missed poke costs latency, never data', async () => {
    const t = await setup({ cursor: 10 });
    t.loop.start();
    await t.advance(29_000);
    expect(t.sb.pulls()).toHaveLength(1);
    await t.advance(1_000);
    expect(t.sb.pulls()).toHaveLength(2);
    await t.advance(30_000);
    expect(t.sb.pulls()).toHaveLength(3);
  });

  it("echoes a first sync's snapshot token while it is paged, keeps it across a restart, and shows the first answer's total throughout", async () => {
    const t = await setup();
    const pages: PullResponse[] = [
      { cursor: 0, lastMutationId: 0, changes: [{ entity: 'agent', value: me }], refused: [], more: true, snapshot: 'page-2', total: 3 },
      { cursor: 0, lastMutationId: 0, changes: [{ entity: 'agent', value: me }], refused: [], more: true, snapshot: 'page-3', total: 3 },
      { cursor: 10, lastMutationId: 0, changes: [{ entity: 'agent', value: me }, { entity: 'agent', value: me }], refused: [], more: false },
    ];
    const requests: PullRequest[] = [];
    let stopAfter = 2;
    let served = 0;
    t.sb.transport.pull = async (req) => {
      requests.push(req);
      if (served >= stopAfter) throw fail('offline');
      return pages[served++] ?? { cursor: 10, lastMutationId: 0, changes: [], refused: [], more: false };
    };
    t.loop.start();
    await t.advance(0);
    // The link dropped after two pages: the token and the progress are in the replica, not in memory.
    await t.loop.stop();
    expect((await t.db.meta.get('snapshot'))?.value).toEqual({ token: 'page-3', received: 2, total: 3 });
    stopAfter = Infinity;
    const again = createSyncLoop({ db: t.db, actor, transport: t.sb.transport, clock: t.clock, onStatus: (s) => t.statuses.push(s), onRefused: () => undefined });
    open.push({ loop: again, db: t.db });
    again.start();
    await again.idle();
    expect(requests.slice(0, 2).map((r) => [r.cursor, r.snapshot])).toEqual([[null, undefined], [0, 'page-2']]);
    expect(requests.slice(-1).map((r) => [r.cursor, r.snapshot])).toEqual([[0, 'page-3']]);
    const totals = t.loads().flatMap((l) => (l && l.total !== null ? [l.total] : []));
    expect(new Set(totals)).toEqual(new Set([3]));
    expect(t.loads()).toContainEqual({ received: 3, total: 3, done: true });
    expect(await t.db.meta.get('snapshot')).toBeUndefined();
    expect((await t.db.meta.get('cursor'))?.value).toBe(10);
  });

  it('pulls again at once while the server says more, moving the bar with every slice', async () => {
    const t = await setup();
    t.sb.state.more = 2;
    t.loop.start();
    await t.advance(0);
    expect(t.sb.pulls()).toHaveLength(3);
    expect(t.loads()).toContainEqual({ received: 0, total: null, done: false });
    expect(t.loads()).toContainEqual({ received: 1, total: null, done: false });
    expect(t.loads()).toContainEqual({ received: 2, total: null, done: false });
    expect(t.loads()).toContainEqual({ received: 2, total: null, done: true });
    expect(t.loop.status().initialLoad).toBeNull();
    expect(t.loop.status().lastSyncedAt).toBe('2026-11-23T10:00:00.000Z');
  });

  it('asks for the next page while it writes one', async () => {
    const t = await setup();
    t.sb.state.more = 2;
    // Pulls already sent when the first page's first slice is in the replica.
    let pullsAtFirstRows: number | null = null;
    const seen = t.statuses.length;
    t.loop.start();
    await t.advance(0);
    const firstRows = t.statuses.slice(seen).findIndex((s) => (s.initialLoad?.received ?? 0) >= 1);
    expect(firstRows).toBeGreaterThanOrEqual(0);
    pullsAtFirstRows = t.pullsAtStatus[seen + firstRows] ?? null;
    expect(pullsAtFirstRows).toBe(2);
    expect(t.sb.pulls()).toHaveLength(3);

  });

  it("writes a first sync's tickets without their words, then builds the word index in steps", async () => {
    const t = await setup();
    const page = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ entity: 'ticket' as const, value: ticketRow(from + i) }));
    const pages: PullResponse[] = [
      { cursor: 5, lastMutationId: 0, changes: page(1, 700), refused: [], more: true },
      { cursor: 5, lastMutationId: 0, changes: page(701, 700), refused: [], more: false },
    ];
    const wordsWhenAsked: number[] = [];
    t.sb.transport.pull = async () => {
      wordsWhenAsked.push(await t.db.words.count());
      return pages.shift() ?? { cursor: 5, lastMutationId: 0, changes: [], refused: [], more: false };
    };
    t.loop.start();
    await t.advance(0);
    expect(await t.db.tickets.count()).toBe(1400);
    // Asked for the second page while writing the first, and nothing built while the pages came in.
    expect(wordsWhenAsked.slice(0, 2)).toEqual([0, 0]);
    await vi.waitFor(async () => expect((await wordsState(t.db)).done).toBe(true));
    expect(await t.db.words.count()).toBe(1400);
    expect((await t.db.words.get(ticketRow(1400).id))?.w).toContain('#1400');
  });

  it('keeps the outbox and retries with backoff while the server answers a push with 503', async () => {
    const t = await setup({ random: () => 0.5, cursor: 1, outbox: 5 });
    const push = t.sb.transport.push;
    let unavailable = 3;
    t.sb.transport.push = async (req) => {
      if (unavailable-- > 0) {
        t.sb.log.push({ at: t.clock.now(), kind: 'push', req });
        throw fail('server', 'the server could not save these changes just now');
      }
      return push(req);
    };
    t.loop.start();
    await t.advance(0);
    expect(t.loop.status()).toMatchObject({ state: 'connecting', pending: 5, lastError: LAST_ERROR.server });
    await t.advance(10_000);
    const pushes = t.sb.pushes();
    const gaps = pushes.slice(1).map((p, i) => p.at - pushes[i]!.at);
    expect(gaps.slice(0, 3)).toEqual([500, 1000, 2000]);
    // Every attempt carried the whole outbox; nothing was dropped or reported as refused meanwhile.
    expect(pushes.map((p) => (p.req as PushRequest).mutations.map((m) => m.id))).toEqual(Array(4).fill([1, 2, 3, 4, 5]));
    expect(t.refused).toEqual([]);
    expect(t.sb.state.serverLast).toBe(5);
    expect(t.loop.status()).toMatchObject({ state: 'online', pending: 0, lastError: null });
  });

  it('stops on 401 until main says the agent is signed in again; retries a 4xx only slowly', async () => {
    const t = await setup({ cursor: 1 });
    t.sb.state.down = fail('unauthorized', 'Sign in first.');
    t.loop.start();
    await t.advance(60_000);
    expect(t.sb.pulls()).toHaveLength(1);
    expect(t.loop.status()).toMatchObject({ state: 'offline', lastError: LAST_ERROR.expired });
    t.sb.state.down = null;
    t.loop.session(true);
    await t.advance(0);
    expect(t.sb.pulls()).toHaveLength(2);
    expect(t.loop.status()).toMatchObject({ state: 'online', lastError: null });

    const u = await setup({ cursor: 1 });
    const why = reason('invalid_field', { field: 'cursor', problem: 'invalid_type', limit: null });
    u.sb.state.down = Object.assign(fail('invalid'), why);
    u.loop.start();
    await u.advance(20_000);
    expect(u.sb.pulls()).toHaveLength(1);
    expect(u.loop.status().lastError).toEqual(why);
  });

  it('pulls at once when the link says the session ended, so the 401 is found now', async () => {
    const t = await setup({ cursor: 10 });
    t.loop.start();
    await t.advance(0);
    const before = t.sb.pulls().length;
    t.sb.state.down = fail('unauthorized', 'session expired');
    t.loop.link(false, true);
    await t.advance(0);
    expect(t.sb.pulls().length).toBeGreaterThan(before);
    expect(t.loop.status().lastError).toBe(LAST_ERROR.expired);
  });

  it('says service_gone while the console service is away and keeps it over failed requests, then resumes', async () => {
    const t = await setup({ cursor: 10, outbox: 2 });
    t.sb.state.down = fail('offline');
    t.loop.start();
    t.loop.serviceGone(true);
    await t.advance(5_000);
    expect(t.loop.status()).toMatchObject({ state: 'service_gone', pending: 2 });
    t.sb.state.down = null;
    t.loop.serviceGone(false);
    await t.advance(0);
    expect(t.loop.status()).toMatchObject({ state: 'online', pending: 0 });
  });

  it('on refetch forgets the rows and the snapshot token, keeps the outbox, and starts again from a null cursor', async () => {
    const t = await setup({ cursor: 5, outbox: 1 });
    await t.db.agents.put(me);
    await t.db.meta.put({ key: 'snapshot', value: { token: 'old', received: 1, total: 9 } });
    let first = true;
    const pull = t.sb.transport.pull;
    t.sb.state.serverLast = 1; // already processed
    t.sb.transport.pull = async (req) => (first ? ((first = false), { refetch: true as const }) : pull(req));
    t.loop.start();
    await t.advance(0);
    expect((t.sb.pulls()[0]!.req as PullRequest)).toMatchObject({ cursor: null });
    expect((t.sb.pulls()[0]!.req as PullRequest).snapshot).toBeUndefined();
    expect(await t.db.agents.count()).toBe(0);
  });
});

describe('sync loop batches by size', () => {
  it('keeps each push under the body limit and halves a batch the server calls too large', async () => {
    const t = await setup({ cursor: 1, outbox: 300, body: 'x'.repeat(19_000) });
    let rejectOnce = true;
    const push = t.sb.transport.push;
    t.sb.transport.push = async (req) => {
      if (rejectOnce && req.mutations.length > 40) {
        rejectOnce = false;
        throw fail('too_large', 'body too large');
      }
      return push(req);
    };
    t.loop.start();
    await t.advance(0);
    const sizes = t.sb.pushes().map((p) => JSON.stringify((p.req as PushRequest).mutations).length);
    expect(Math.max(...sizes)).toBeLessThan(2 * 1024 * 1024 * 0.75);
    const counts = t.sb.pushes().map((p) => (p.req as PushRequest).mutations.length);
    // The rejected first batch never reached the log; the retry carried half of it, then full batches again.
    expect(counts[0]).toBe(Math.floor(counts[1]! / 2));
    expect(counts[1]).toBeLessThan(300);
    expect(t.loop.status()).toMatchObject({ pending: 0, lastError: null });
    expect(counts.reduce((x, y) => x + y, 0)).toBe(300);
  });
});

describe('sync loop arrivals', () => {
  it('reports open, unassigned tickets new to the replica by tier, but none during a first sync', async () => {
    const arrived: Record<number, number>[] = [];
    const t = await setup();
    const ticketOf = (n: number, over: Record<string, unknown> = {}) => ({ ...(ticketRow(n)), ...over });
    const pages: PullResponse[] = [
      // The first sync: its rows are not news.
      { cursor: 5, lastMutationId: 0, changes: [{ entity: 'ticket', value: ticketOf(1) }], refused: [], more: false },
      {
        cursor: 6, lastMutationId: 0, refused: [], more: false,
        changes: [ticketOf(1, { priority: 'high' }), ticketOf(2), ticketOf(3, { tier: 2 }), ticketOf(4, { assigneeId: me.id }), ticketOf(5, { status: 'solved' })].map((value) => ({ entity: 'ticket' as const, value })),
      },
    ];
    t.sb.transport.pull = async () => pages.shift() ?? { cursor: 6, lastMutationId: 0, changes: [], refused: [], more: false };
    const loop = createSyncLoop({ db: t.db, actor, transport: t.sb.transport, clock: t.clock, onStatus: () => undefined, onRefused: () => undefined, onArrived: (b) => arrived.push(b) });
    open.push({ loop, db: t.db });
    loop.start();
    await loop.idle();
    expect(arrived).toEqual([]);
    loop.poke(6);
    await loop.idle();
    // Ticket 1 was held already, 4 is assigned, 5 is solved: new work is 2 (tier 1) and 3 (tier 2).
    expect(arrived).toEqual([{ 1: 1, 2: 1 }]);
  });
});

function ticketRow(n: number) {
  return fixtureTicket({ id: `0193a000-0000-7000-8000-${String(n).padStart(12, '0')}`, number: n, customerId: '0193a000-0000-7000-8000-0000000000c9' });
}
