import { describe, expect, it } from 'vitest';
import type { PullRequest, PullResponse, PushRequest, PushResponse } from '../../shared/sync-protocol';
import type { Agent } from '../../shared/domain';
import type { RawMutation } from '../../shared/mutations';
import { BackendError, type BackendClient } from './backend-client';
import { createEmitter } from './ports';
import { createSyncService, WORDS, type SocketHooks, type SyncEvents } from './sync-service';
import { createManualClock } from './testing/manual-clock';

const CLIENT = '0193a000-0000-7000-8000-00000000c001';

/** A scripted stand-in for the HTTP link: the sync loop's timing is what is under test here. */
function scriptedBackend(clock: { now(): number }) {
  const log: { at: number; kind: 'push' | 'pull'; req: PushRequest | PullRequest }[] = [];
  const state = { down: null as BackendError | null, version: 10, serverLast: 0, more: 0, refuse: new Set<number>(), paged: null as Agent | null };
  const backend: BackendClient = {
    login: async () => {
      throw new Error('unused');
    },
    logout: async () => {},
    me: async () => {
      throw new Error('unused');
    },
    async push(req): Promise<PushResponse> {
      log.push({ at: clock.now(), kind: 'push', req });
      if (state.down) throw state.down;
      const refused = [];
      for (const m of req.mutations) {
        if (m.id !== state.serverLast + 1) continue;
        state.serverLast = m.id;
        if (state.refuse.has(m.id)) refused.push({ id: m.id, code: 'conflict' as const, message: 'Anna took this ticket' });
      }
      return { lastMutationId: state.serverLast, refused };
    },
    async pull(req): Promise<PullResponse> {
      log.push({ at: clock.now(), kind: 'pull', req });
      if (state.down) throw state.down;
      const more = state.more > 0;
      if (more) state.more -= 1;
      // Each page of a paged answer carries one agent row; `remaining` counts the pages still to come.
      const changes = state.paged ? [{ entity: 'agent' as const, value: state.paged }] : [];
      return { cursor: state.version, lastMutationId: state.serverLast, changes, refused: [], more, remaining: more ? state.more + 1 : 0 };
    },
  };
  return { backend, log, state, pulls: () => log.filter((l) => l.kind === 'pull'), pushes: () => log.filter((l) => l.kind === 'push') };
}

function setup(opts: { random?: () => number } = {}) {
  const clock = createManualClock(undefined, opts.random);
  const sb = scriptedBackend(clock);
  const events = createEmitter<SyncEvents>();
  const seen: { name: keyof SyncEvents; payload: unknown }[] = [];
  events.subscribe((name, payload) => seen.push({ name, payload }));
  let hooks: SocketHooks | null = null;
  let unauthorized = 0;
  const sync = createSyncService({
    backend: sb.backend,
    events,
    clock,
    openSocket: (h) => ((hooks = h), { start() {}, stop() {} }),
    onUnauthorized: () => (unauthorized += 1),
    options: { slowPollMs: 30_000, ackTimeoutMs: 10_000 },
  });
  const pulled = () => seen.filter((e) => e.name === 'sync.pulled').map((e) => e.payload as { cursor: number });
  /** Plays the replica: acks every pulled batch. */
  const ackAll = () => events.subscribe((name, p) => {
    if (name === 'sync.pulled' && !('refetch' in p && p.refetch === true)) {
      const b = p as { cursor: number; lastMutationId: number };
      queueMicrotask(() => sync.ack(b.cursor, b.lastMutationId));
    }
  });
  return { clock, sb, sync, seen, pulled, ackAll, hooks: () => hooks!, unauthorized: () => unauthorized };
}

const muts = (from: number, to: number): RawMutation[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ id: from + i, name: 'setPresence', args: { presence: 'busy' } }));

describe('sync service', () => {
  it('pushes the outbox in batches of at most 500, drops acknowledged ids and reports refusals', async () => {
    const t = setup();
    t.ackAll();
    t.sb.state.refuse.add(7);
    t.sync.start();
    t.sync.attach({ clientId: CLIENT, cursor: 3, ackedMutationId: 0, mutations: muts(1, 1200) });
    await t.clock.advance(0);
    expect(t.sb.pushes().map((p) => (p.req as PushRequest).mutations.length)).toEqual([500, 500, 200]);
    expect(t.sync.status().pending).toBe(0);
    expect(t.seen.filter((e) => e.name === 'sync.refused').map((e) => e.payload)).toEqual([
      { refused: [{ id: 7, code: 'conflict', message: 'Anna took this ticket' }] },
    ]);
    // The pull after the push carries the cursor the replica attached with.
    expect((t.sb.pulls()[0]!.req as PullRequest).cursor).toBe(3);
    expect(t.sync.status().state).toBe('online');
  });

  it('backs off with jitter while the backend is unreachable, then recovers and clears the error', async () => {
    const t = setup({ random: () => 0.5 }); // jitter factor exactly 1
    t.ackAll();
    t.sb.state.down = new BackendError('offline', 'down');
    t.sync.start();
    t.sync.attach({ clientId: CLIENT, cursor: null, ackedMutationId: 0, mutations: [] });
    await t.clock.advance(64_000);
    const times = t.sb.pulls().map((p) => p.at - t.sb.pulls()[0]!.at);
    const gaps = times.slice(1).map((x, i) => x - times[i]!);
    expect(gaps.slice(0, 7)).toEqual([500, 1000, 2000, 4000, 8000, 16000, 30000]);
    expect(t.sync.status()).toMatchObject({ state: 'offline', lastError: WORDS.offline });
    // Offline edits do not bypass the backoff.
    const before = t.sb.log.length;
    t.sync.enqueue(muts(1, 3));
    await t.clock.advance(10);
    expect(t.sb.log.length).toBe(before);
    t.sb.state.down = null;
    await t.clock.advance(30_000);
    expect(t.sync.status()).toMatchObject({ state: 'online', lastError: null, pending: 0 });
  });

  it('spreads retries by ±50 % jitter', async () => {
    for (const [r, first] of [[0, 250], [0.99, 745]] as const) {
      const t = setup({ random: () => r });
      t.sb.state.down = new BackendError('server', 'boom');
      t.sync.start();
      t.sync.attach({ clientId: CLIENT, cursor: 1, ackedMutationId: 0, mutations: [] });
      await t.clock.advance(1_000);
      const p = t.sb.pulls();
      expect(p[1]!.at - p[0]!.at).toBe(first);
      expect(t.sync.status().lastError).toBe(WORDS.server);
    }
  });

  it('waits for the ack before pulling again, and re-pulls when no ack comes', async () => {
    const t = setup();
    t.sync.start();
    t.sync.attach({ clientId: CLIENT, cursor: 1, ackedMutationId: 0, mutations: [] });
    await t.clock.advance(0);
    expect(t.sb.pulls()).toHaveLength(1);
    t.hooks().onPoke(99);
    await t.clock.advance(5_000);
    expect(t.sb.pulls()).toHaveLength(1);
    await t.clock.advance(5_000); // ack timeout
    expect(t.sb.pulls()).toHaveLength(2);
    expect((t.sb.pulls()[1]!.req as PullRequest).cursor).toBe(1);
    t.sync.ack(10, 0);
    await t.clock.advance(0);
    expect(t.sb.pulls()).toHaveLength(2);
    t.hooks().onPoke(11);
    await t.clock.advance(0);
    expect((t.sb.pulls()[2]!.req as PullRequest).cursor).toBe(10);
  });

  it('pulls on a poke only when the version is ahead of the cursor, and on reconnect', async () => {
    const t = setup();
    t.ackAll();
    t.sync.start();
    t.sync.attach({ clientId: CLIENT, cursor: 10, ackedMutationId: 0, mutations: [] });
    await t.clock.advance(0);
    const n = t.sb.pulls().length;
    t.hooks().onPoke(10);
    await t.clock.advance(0);
    expect(t.sb.pulls()).toHaveLength(n);
    t.sb.state.version = 11;
    t.hooks().onPoke(11);
    await t.clock.advance(0);
    expect(t.sb.pulls()).toHaveLength(n + 1);
    t.hooks().onOpen();
    await t.clock.advance(0);
    expect(t.sb.pulls()).toHaveLength(n + 2);
  });

  it('polls slowly so a missed poke costs latency, never data', async () => {
    const t = setup();
    t.ackAll();
    t.sync.start();
    t.sync.attach({ clientId: CLIENT, cursor: 10, ackedMutationId: 0, mutations: [] });
    await t.clock.advance(29_000);
    expect(t.sb.pulls()).toHaveLength(1);
    await t.clock.advance(1_000);
    expect(t.sb.pulls()).toHaveLength(2);
    await t.clock.advance(30_000);
    expect(t.sb.pulls()).toHaveLength(3);
  });

  it('echoes a first sync\'s snapshot continuation while it is paged, and shows the total of its first answer throughout', async () => {
    const t = setup();
    t.ackAll();
    const agent: Agent = { id: CLIENT, name: 'Anna Kovács', email: 'anna@demo.local', role: 'agent', tier: 1, presence: 'available', version: 1 };
    // Two snapshot pages (cursor 0, a continuation, total 3), then a catch-up page bringing a row changed
    // meanwhile (no continuation, no total): 4 rows for a total of 3.
    const pages: PullResponse[] = [
      { cursor: 0, lastMutationId: 0, changes: [{ entity: 'agent', value: agent }], refused: [], more: true, remaining: 2, snapshot: 'page-2', total: 3 },
      { cursor: 0, lastMutationId: 0, changes: [{ entity: 'agent', value: agent }, { entity: 'agent', value: agent }], refused: [], more: true, remaining: 0, snapshot: 'page-3', total: 3 },
      { cursor: 10, lastMutationId: 0, changes: [{ entity: 'agent', value: agent }], refused: [], more: false, remaining: 0 },
    ];
    const requests: PullRequest[] = [];
    t.sb.backend.pull = async (req) => (requests.push(req), pages[requests.length - 1] ?? { cursor: 10, lastMutationId: 0, changes: [], refused: [], more: false });
    t.sync.start();
    t.sync.attach({ clientId: CLIENT, cursor: null, ackedMutationId: 0, mutations: [] });
    await t.clock.advance(0);
    expect(requests.slice(0, 3).map((r) => [r.cursor, r.snapshot])).toEqual([[null, undefined], [0, 'page-2'], [0, 'page-3']]);
    const loads = t.seen.filter((e) => e.name === 'sync.status').map((e) => (e.payload as { initialLoad: { received: number; total: number | null } | null }).initialLoad);
    const totals = loads.flatMap((l) => (l && l.total !== null ? [l.total] : []));
    expect(new Set(totals)).toEqual(new Set([3]));
    expect(loads).toContainEqual({ received: 3, total: 3, done: true });
  });

  it('pulls again at once while the server says more, reporting first-load progress', async () => {
    const t = setup();
    t.ackAll();
    t.sb.state.more = 2;
    t.sb.state.paged = { id: CLIENT, name: 'Anna Kovács', email: 'anna@demo.local', role: 'agent', tier: 1, presence: 'available', version: 1 };
    t.sync.start();
    t.sync.attach({ clientId: CLIENT, cursor: null, ackedMutationId: 0, mutations: [] });
    await t.clock.advance(0);
    expect(t.sb.pulls()).toHaveLength(3);
    const loads = t.seen.filter((e) => e.name === 'sync.status').map((e) => (e.payload as { initialLoad: unknown }).initialLoad);
    expect(loads).toContainEqual({ received: 0, total: null, done: false });
    // Page 1 of 3: one row in, two to come; then 2 of 3; then all 3.
    expect(loads).toContainEqual({ received: 1, total: 3, done: false });
    expect(loads).toContainEqual({ received: 2, total: 3, done: false });
    expect(loads).toContainEqual({ received: 3, total: 3, done: false });
    expect(loads).toContainEqual({ received: 3, total: 3, done: true });
    expect(t.sync.status().initialLoad).toBeNull();
    expect(t.sync.status().lastSyncedAt).toBe('2026-11-23T10:00:00.000Z');
  });

  it('keeps the outbox and retries with backoff while the server answers a push with 503', async () => {
    const t = setup({ random: () => 0.5 }); // jitter factor exactly 1
    t.ackAll();
    const push = t.sb.backend.push;
    let unavailable = 3;
    t.sb.backend.push = async (req) => {
      if (unavailable-- > 0) {
        t.sb.log.push({ at: t.clock.now(), kind: 'push', req });
        throw new BackendError('server', 'the server could not save these changes just now; nothing was lost, send them again shortly', 503);
      }
      return push(req);
    };
    t.sync.start();
    t.sync.attach({ clientId: CLIENT, cursor: 1, ackedMutationId: 0, mutations: muts(1, 5) });
    await t.clock.advance(0);
    expect(t.sync.status()).toMatchObject({ state: 'connecting', pending: 5, lastError: WORDS.server });
    await t.clock.advance(10_000);
    const pushes = t.sb.pushes();
    const gaps = pushes.slice(1).map((p, i) => p.at - pushes[i]!.at);
    expect(gaps.slice(0, 3)).toEqual([500, 1000, 2000]);
    // Every attempt carried the whole outbox; nothing was dropped or reported as refused meanwhile.
    expect(pushes.map((p) => (p.req as PushRequest).mutations.map((m) => m.id))).toEqual(Array(4).fill([1, 2, 3, 4, 5]));
    expect(t.seen.some((e) => e.name === 'sync.refused')).toBe(false);
    expect(t.sb.state.serverLast).toBe(5);
    expect(t.sync.status()).toMatchObject({ state: 'online', pending: 0, lastError: null });
  });

  it('stops and asks for a new sign-in on 401; retries a 4xx only slowly', async () => {
    const t = setup();
    t.sb.state.down = new BackendError('unauthorized', 'expired', 401);
    t.sync.start();
    t.sync.attach({ clientId: CLIENT, cursor: 1, ackedMutationId: 0, mutations: [] });
    await t.clock.advance(60_000);
    expect(t.sb.pulls()).toHaveLength(1);
    expect(t.unauthorized()).toBe(1);
    expect(t.sync.status()).toMatchObject({ state: 'offline', lastError: WORDS.expired });

    const u = setup();
    u.sb.state.down = new BackendError('invalid', 'cursor must be a number', 400);
    u.sync.start();
    u.sync.attach({ clientId: CLIENT, cursor: 1, ackedMutationId: 0, mutations: [] });
    await u.clock.advance(20_000);
    expect(u.sb.pulls()).toHaveLength(1);
    expect(u.sync.status().lastError).toContain('cursor must be a number');
  });

  it('pulls at once when the poke socket says the session ended, so the 401 signs the agent out now', async () => {
    const t = setup();
    t.ackAll();
    t.sync.start();
    t.sync.attach({ clientId: CLIENT, cursor: 10, ackedMutationId: 0, mutations: [{ id: 1, name: 'setPresence', args: { presence: 'busy' } }] });
    await t.clock.advance(0);
    const before = t.sb.pulls().length;
    t.sb.state.down = new BackendError('unauthorized', 'session expired', 401);
    t.hooks().onRejected!();
    await t.clock.advance(0);
    expect(t.sb.pulls().length).toBeGreaterThan(before);
    expect(t.unauthorized()).toBe(1);
    expect(t.sync.status().lastError).toBe(WORDS.expired);
  });

  it('forwards a refetch and starts again from a null cursor', async () => {
    const t = setup();
    t.ackAll();
    let first = true;
    const pull = t.sb.backend.pull;
    t.sb.backend.pull = async (req) => (first ? ((first = false), { refetch: true as const }) : pull(req));
    t.sync.start();
    t.sync.attach({ clientId: CLIENT, cursor: 5, ackedMutationId: 0, mutations: [] });
    await t.clock.advance(0);
    expect(t.seen.find((e) => e.name === 'sync.pulled')!.payload).toEqual({ refetch: true });
    // (the refetch answer itself was scripted, so the first logged pull is the one after it)
    expect((t.sb.pulls()[0]!.req as PullRequest).cursor).toBeNull();
  });
});

describe('sync service batches by size', () => {
  it('keeps each push under the body limit and halves a batch the server calls too large', async () => {
    const t = setup();
    t.ackAll();
    const big = 'x'.repeat(19_000);
    const mutations: RawMutation[] = Array.from({ length: 300 }, (_, i) => ({ id: i + 1, name: 'addMessage', args: { body: big } }));
    let rejectOnce = true;
    const push = t.sb.backend.push;
    t.sb.backend.push = async (req) => {
      if (rejectOnce && req.mutations.length > 40) {
        rejectOnce = false;
        throw new BackendError('invalid', 'body too large', 413);
      }
      return push(req);
    };
    t.sync.start();
    t.sync.attach({ clientId: CLIENT, cursor: 1, ackedMutationId: 0, mutations });
    await t.clock.advance(0);
    const sizes = t.sb.pushes().map((p) => JSON.stringify((p.req as PushRequest).mutations).length);
    expect(Math.max(...sizes)).toBeLessThan(2 * 1024 * 1024 * 0.75);
    const counts = t.sb.pushes().map((p) => (p.req as PushRequest).mutations.length);
    // The rejected first batch never reached the log; the retry carried half of it, then full batches again.
    expect(counts[0]).toBe(Math.floor(counts[1]! / 2));
    expect(counts[1]).toBeLessThan(300);
    expect(t.sync.status()).toMatchObject({ pending: 0, lastError: null });
    expect(counts.reduce((x, y) => x + y, 0)).toBe(300);
  });
});
