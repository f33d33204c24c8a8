// The main-process half of sync: mirrors the replica's outbox, pushes it in batches, pulls changes for
// the replica to rebase, and keeps trying (poke, reconnect, slow poll, backoff with jitter) so a missed
// poke or an outage costs latency, never data. It never touches IndexedDB: the renderer's replica is the
// durable copy and re-attaches its outbox after any restart.
import type { SyncStatus } from '../../shared/api';
import type { RawMutation } from '../../shared/mutations';
import { MAX_PUSH_BATCH } from '../../shared/sync-protocol';
import { pushBatch } from './push-batch';
import { WORDS, type SocketHooks, type SocketLike, type SyncEvents, type SyncOptions, type SyncService } from './sync-types';
import { BackendError, type BackendClient } from './backend-client';
import { backoffDelay, type Clock, type EventSink, type TimerHandle } from './ports';

export { WORDS } from './sync-types';
export type { SocketHooks, SocketLike, SyncEvents, SyncOptions, SyncService } from './sync-types';

export function createSyncService(deps: {
  backend: BackendClient;
  events: EventSink<SyncEvents>;
  clock: Clock;
  openSocket?: (hooks: SocketHooks) => SocketLike;
  onUnauthorized?: () => void;
  options?: SyncOptions;
}): SyncService {
  const { backend, events, clock } = deps;
  const batchSize = Math.min(deps.options?.batchSize ?? MAX_PUSH_BATCH, MAX_PUSH_BATCH);
  const slowPollMs = deps.options?.slowPollMs ?? 30_000;
  const ackTimeoutMs = deps.options?.ackTimeoutMs ?? 15_000;

  let clientId: string | null = null;
  let cursor: number | null = null;
  let ackedMutationId = 0;
  let pending: RawMutation[] = [];
  let epoch = 0;
  let started = false;
  let running: Promise<void> | null = null;
  let again = false;
  let wantPull = false;
  let awaiting: { cursor: number; more: boolean } | null = null;
  // A first sync being paged: the server's continuation, echoed with the next pull, and the total its
  // first answer gave (the bar's total; it never grows). Not kept across an attach: a new one starts over.
  let snapshot: string | undefined;
  let fixedTotal: number | null = null;
  let attempt = 0;
  let shrink: number | null = null;
  const timers: { retry: TimerHandle | null; slow: TimerHandle | null; ack: TimerHandle | null } = { retry: null, slow: null, ack: null };
  let socket: SocketLike | null = null;
  let st: SyncStatus = { state: 'offline', pending: 0, lastSyncedAt: null, lastError: null, initialLoad: null };
  let lastEmitted = '';

  function emitStatus(patch: Partial<SyncStatus> = {}): void {
    st = { ...st, ...patch, pending: pending.length };
    const key = JSON.stringify(st);
    if (key === lastEmitted) return;
    lastEmitted = key;
    events.emit('sync.status', st);
  }
  function clear(name: keyof typeof timers): void {
    const t = timers[name];
    if (t) clock.clearTimeout(t);
    timers[name] = null;
  }
  const nextBatch = () => pushBatch(pending, Math.min(batchSize, shrink ?? batchSize));
  function drop(lastMutationId: number): void {
    if (pending.length && pending[0]!.id <= lastMutationId) pending = pending.filter((m) => m.id > lastMutationId);
  }

  function kick(): void {
    if (!started || clientId === null) return;
    if (running) {
      again = true;
      return;
    }
    running = run().finally(() => {
      running = null;
    });
  }

  async function run(): Promise<void> {
    try {
      do {
        again = false;
        await step();
      } while (again && started);
    } catch (err) {
      fail(err);
    }
  }

  async function step(): Promise<void> {
    const myEpoch = epoch;
    while (pending.length > 0 && started) {
      emitStatus({ state: 'syncing' });
      const batch = nextBatch();
      let res;
      try {
        res = await backend.push({ clientId: clientId!, mutations: batch });
      } catch (err) {
        // Too large for the server's body limit: halve the batch and go again, rather than stall.
        if (err instanceof BackendError && err.status === 413 && batch.length > 1) {
          shrink = Math.max(1, Math.floor(batch.length / 2));
          again = true;
          return;
        }
        throw err;
      }
      shrink = null;
      succeeded();
      if (myEpoch !== epoch) return void (again = true);
      const before = pending.length;
      drop(res.lastMutationId);
      wantPull = true;
      if (res.refused.length) events.emit('sync.refused', { refused: res.refused });
      emitStatus();
      if (pending.length === before) {
        throw new BackendError('invalid', `the server expects mutation ${res.lastMutationId + 1}, which this workstation no longer has`);
      }
    }
    if (!started) return;
    if (awaiting || !wantPull) return void emitStatus({ state: 'online' });
    wantPull = false;
    const first = cursor === null;
    if (first && !st.initialLoad) emitStatus({ initialLoad: { received: 0, total: null, done: false } });
    emitStatus({ state: 'syncing' });
    const res = await backend.pull({ clientId: clientId!, cursor, ackedMutationId, ...(snapshot ? { snapshot } : {}) });
    succeeded();
    if (myEpoch !== epoch) return void (again = true);
    snapshot = undefined;
    if (res.refetch) {
      cursor = null;
      fixedTotal = null;
      wantPull = true;
      again = true;
      events.emit('sync.pulled', { refetch: true });
      return;
    }
    drop(res.lastMutationId);
    if (st.initialLoad && !st.initialLoad.done) {
      // Pages after the first pull from null still belong to the first load.
      fixedTotal ??= res.total ?? null;
      // Rows changed while the snapshot was paged come again in its catch-up: count up to the total.
      const received = Math.min(st.initialLoad.received + res.changes.length, fixedTotal ?? Infinity);
      emitStatus({ initialLoad: { received, total: fixedTotal ?? received + (res.remaining ?? 0), done: false } });
    }
    snapshot = res.more ? res.snapshot : undefined;
    awaiting = { cursor: res.cursor, more: res.more };
    clear('ack');
    // A big batch takes the replica a while to apply: allow ~1 ms per row on top of the base timeout.
    timers.ack = clock.setTimeout(() => {
      // The replica never confirmed (reloaded, crashed): pull again from the cursor it last confirmed
      // (a first sync starts its snapshot again: the continuation may be past what the replica holds).
      timers.ack = null;
      snapshot = undefined;
      awaiting = null;
      wantPull = true;
      kick();
    }, ackTimeoutMs + res.changes.length);
    events.emit('sync.pulled', {
      refetch: false,
      cursor: res.cursor,
      lastMutationId: res.lastMutationId,
      changes: res.changes,
      refused: res.refused,
      more: res.more,
    });
    emitStatus();
  }

  function succeeded(): void {
    attempt = 0;
    clear('retry');
    if (st.lastError) emitStatus({ lastError: null });
  }

  function retryIn(ms: number): void {
    clear('retry');
    timers.retry = clock.setTimeout(() => {
      timers.retry = null;
      kick();
    }, ms);
  }

  function fail(err: unknown): void {
    wantPull = true;
    if (err instanceof BackendError && err.kind === 'unauthorized') {
      started = false;
      socket?.stop();
      socket = null;
      for (const k of Object.keys(timers) as (keyof typeof timers)[]) clear(k);
      emitStatus({ state: 'offline', lastError: WORDS.expired });
      deps.onUnauthorized?.();
      return;
    }
    if (!started) return;
    if (err instanceof BackendError && err.kind === 'invalid') {
      // A request the server calls wrong will not become right by hammering it: surface, retry slowly.
      emitStatus({ state: 'online', lastError: `The server refused to sync: ${err.message}` });
      return retryIn(backoffDelay(20, clock.random));
    }
    const words = err instanceof BackendError ? (err.kind === 'offline' ? WORDS.offline : WORDS.server) : WORDS.unexpected;
    if (!(err instanceof BackendError)) console.error('sync failed:', (err as Error).message);
    emitStatus({ state: err instanceof BackendError && err.kind === 'offline' ? 'offline' : 'connecting', lastError: words });
    retryIn(backoffDelay(attempt++, clock.random));
  }

  function armSlowPoll(): void {
    clear('slow');
    timers.slow = clock.setTimeout(() => {
      timers.slow = null;
      wantPull = true;
      if (!timers.retry) kick();
      armSlowPoll();
    }, slowPollMs);
  }

  const hooks: SocketHooks = {
    onPoke(version) {
      if (cursor === null || version > cursor) {
        wantPull = true;
        if (!timers.retry) kick();
      }
    },
    onOpen() {
      // Reconnected: the server is reachable again and pokes may have been missed.
      attempt = 0;
      clear('retry');
      wantPull = true;
      kick();
    },
    onClose() {
      // The realtime link dropped: say so now rather than at the next failed request or slow poll. The next
      // successful request or reconnect says online again.
      if (started) emitStatus({ state: 'offline', lastError: WORDS.offline });
    },
    onRejected() {
      // Signed out elsewhere or expired: pull now rather than at the next slow poll, so the agent is told
      // to sign in again at once (the 401 path keeps every pending change).
      clear('retry');
      wantPull = true;
      kick();
    },
  };

  return {
    attach(a) {
      epoch += 1;
      clientId = a.clientId;
      cursor = a.cursor;
      ackedMutationId = a.ackedMutationId;
      pending = [...a.mutations].sort((x, y) => x.id - y.id);
      awaiting = null;
      snapshot = undefined;
      fixedTotal = null;
      clear('ack');
      wantPull = true;
      // A (re)attached renderer needs the current status even if nothing changed in main.
      lastEmitted = '';
      emitStatus({ initialLoad: null });
      kick();
    },
    enqueue(mutations) {
      const last = pending[pending.length - 1]?.id ?? 0;
      const seen = new Set(pending.map((m) => m.id));
      for (const m of mutations) if (!seen.has(m.id)) pending.push(m);
      if (mutations.some((m) => m.id < last)) pending.sort((x, y) => x.id - y.id);
      emitStatus();
      if (!timers.retry) kick();
    },
    ack(ackCursor, acked) {
      ackedMutationId = Math.max(ackedMutationId, acked);
      if (cursor === null || ackCursor >= cursor) cursor = ackCursor;
      if (awaiting && awaiting.cursor === ackCursor) {
        if (awaiting.more) wantPull = true;
        awaiting = null;
        clear('ack');
        if (st.initialLoad && !wantPull) {
          fixedTotal = null;
          emitStatus({ initialLoad: { ...st.initialLoad, done: true } });
          st = { ...st, initialLoad: null };
        }
        emitStatus({ lastSyncedAt: new Date(clock.now()).toISOString() });
      }
      kick();
    },
    syncNow() {
      attempt = 0;
      clear('retry');
      wantPull = true;
      kick();
    },
    start() {
      if (started) return;
      started = true;
      emitStatus({ state: 'connecting', lastError: null });
      socket = deps.openSocket?.(hooks) ?? null;
      socket?.start();
      armSlowPoll();
      wantPull = true;
      kick();
    },
    detach() {
      epoch += 1;
      clientId = null;
      cursor = null;
      ackedMutationId = 0;
      pending = [];
      awaiting = null;
      snapshot = undefined;
      fixedTotal = null;
      clear('ack');
      emitStatus({ initialLoad: null });
    },
    stop() {
      started = false;
      socket?.stop();
      socket = null;
      for (const k of Object.keys(timers) as (keyof typeof timers)[]) clear(k);
      awaiting = null;
      snapshot = undefined;
      fixedTotal = null;
      emitStatus({ state: 'offline', initialLoad: null });
    },
    status: () => ({ ...st, pending: pending.length }),
    async idle() {
      while (running) await running;
    },
  };
}
