// The sync loop, beside its storage (a worker of the renderer's origin; tests run it in-process). It reads
// the outbox and cursor from the replica's Dexie, pushes in batches, pulls pages and rebases them, and
// keeps trying (poke, link up, slow poll, backoff with jitter), so a missed poke or an outage costs
// latency, never data. Main is only its transport: it holds the token and performs the requests.
import type { SyncStatus } from '../../shared/api';
import { backoffDelay, systemClock, type Clock, type TimerHandle } from '../../shared/clock';
import type { Actor } from '../../shared/domain';
import type { Refusal } from '../../shared/mutations';
import { MAX_PUSH_BATCH, type PullRequest, type PullResponse, type PushRequest, type PushResponse } from '../../shared/sync-protocol';
import { applyPulled, describeRefusal, resetForRefetch } from '../db/rebase';
import type { MetaRow, ReplicaDb } from '../db/schema';
import type { RefusedChange } from '../db/replica';
import { notifyEventsIn, type NotifyBatch } from '../notify/pulled-events';
import { indexWordsSlice } from '../db/word-index';
import { arrivalsIn } from './arrivals';
import { pushBatch } from './push-batch';
import { createStatus, errorCode, errorReason, LAST_ERROR } from './status';
import { readSyncMeta, saveSnapshot } from './sync-meta';

/** Push and pull as main performs them; a failure carries the bridge's `code` (offline, unauthorized, …). */
export interface LoopTransport {
  push(req: PushRequest): Promise<PushResponse>;
  pull(req: PullRequest): Promise<PullResponse>;
}

export interface SyncLoopOptions {
  batchSize?: number;
  slowPollMs?: number;
  /** Changes per Dexie transaction when a page is written (see rebase.ts SLICE). */
  slice?: number;
  /**
   * While the backend is unreachable and changes wait, how often a one-change push asks whether it is
   * back (default OFFLINE_PROBE_MS), instead of the growing backoff: the outbox drains as soon as the
   * link returns, whether or not main's realtime link has said so yet.
   */
  offlineProbeMs?: number;
  /**
   * After a push, how long the pull that brings its echo waits for more edits (default PULL_AFTER_PUSH_MS;
   * never more than ECHO_WAIT_MAX_MS in all): a burst of edits is confirmed by one rebase at its end, so
   * the window's next edit does not queue behind the last one's rebase. 0: pull at once.
   */
  pullAfterPushMs?: number;
}

export const OFFLINE_PROBE_MS = 250;
export const PULL_AFTER_PUSH_MS = 150;
export const ECHO_WAIT_MAX_MS = 1_000;

export interface SyncLoop {
  start(): void;
  stop(): Promise<void>;
  /** The outbox grew (a window wrote a change). */
  kick(): void;
  /** Try now (the agent pressed Retry). */
  syncNow(): void;
  poke(version: number): void;
  /** Main's realtime link opened or closed; rejected: the server ended the session. */
  link(up: boolean, rejected?: boolean): void;
  /** Main says who is signed in: this replica's agent again (resume) or not (pause). */
  session(signedIn: boolean): void;
  /** The console's own background service went away (or came back). */
  serviceGone(gone: boolean): void;
  status(): SyncStatus;
  /** Resolves when no step is running (tests). */
  idle(): Promise<void>;
}

export function createSyncLoop(deps: {
  db: ReplicaDb;
  actor: Actor;
  transport: LoopTransport;
  onStatus(s: SyncStatus): void;
  onRefused(r: RefusedChange): void;
  /** New open, unassigned tickets a page brought, by tier (not for a first sync's rows). */
  onArrived?(byTier: Record<number, number>): void;
  /** A pulled page's notification events for this agent (not for a first sync, a refetch or a page delivered again). */
  onNotify?(batch: NotifyBatch): void;
  clock?: Clock;
  options?: SyncLoopOptions;
}): SyncLoop {
  const { db, actor, transport } = deps;
  const clock = deps.clock ?? systemClock;
  const batchSize = Math.min(deps.options?.batchSize ?? MAX_PUSH_BATCH, MAX_PUSH_BATCH);
  const slowPollMs = deps.options?.slowPollMs ?? 30_000;
  const offlineProbeMs = deps.options?.offlineProbeMs ?? OFFLINE_PROBE_MS;
  const pullAfterPushMs = deps.options?.pullAfterPushMs ?? PULL_AFTER_PUSH_MS;
  const st = createStatus(deps.onStatus);

  let started = false;
  let paused = false;
  let gone = false;
  let running: Promise<void> | null = null;
  let again = false;
  let wantPull = true;
  let attempt = 0;
  let shrink: number | null = null;
  /** Offline: the next push carries one change (a cheap read of the outbox and a small request). */
  let probing = false;
  /** Highest mutation id the server has processed, as far as this loop has heard (push answers). */
  let pushedUpTo = 0;
  /** The cursor last written, for deciding whether a poke is news. */
  let knownCursor: number | null = null;
  /**
   * Whether the outbox may hold rows not yet pushed: set by a kick (a window wrote a change) and at start,
   * cleared when a read finds none, so a poke's pull does not wait behind an outbox read first.
   */
  let outboxDirty = true;
  const refusals = new Map<number, Refusal>();
  const reported = new Set<number>();
  const timers: { retry: TimerHandle | null; slow: TimerHandle | null; echo: TimerHandle | null } = { retry: null, slow: null, echo: null };
  /** When the first push still waiting for its echo's pull was answered (the wait's cap counts from it). */
  let echoSince: number | null = null;

  const clear = (name: keyof typeof timers) => {
    const t = timers[name];
    if (t) clock.clearTimeout(t);
    timers[name] = null;
  };
  const pending = () => db.outbox.count();

  function kick(): void {
    if (!started || paused) return;
    if (running) return void (again = true);
    running = run().finally(() => (running = null));
  }

  async function run(): Promise<void> {
    try {
      do {
        again = false;
        await step();
      } while (again && started && !paused);
    } catch (err) {
      await fail(err);
    }
  }

  async function step(): Promise<void> {
    const meta = await readSyncMeta(db);
    knownCursor = meta.cursor;
    pushedUpTo = Math.max(pushedUpTo, meta.ackedMutationId);
    await pushAll(meta.clientId);
    if (!started || paused) return;
    if (!wantPull) return st.set({ state: gone ? 'service_gone' : 'online', pending: await pending() });
    wantPull = false;
    await pullOnce(meta);
  }

  async function pushAll(clientId: string): Promise<void> {
    while (outboxDirty) {
      outboxDirty = false;
      const rows = await db.outbox.where('id').above(pushedUpTo).limit(probing ? 1 : Math.min(batchSize, shrink ?? batchSize)).toArray();
      if (!rows.length) return;
      outboxDirty = true;
      if (!started || paused) return;
      // A probe (one change, to ask whether the server is back) is not "syncing": the indicator stays offline
      // until one gets through, instead of flickering every probe.
      if (probing) st.set({ pending: await pending() });
      else st.set({ state: 'syncing', pending: await pending() });
      const batch = pushBatch(rows.map((r) => ({ id: r.id, name: r.name, args: r.args })), rows.length);
      let res: PushResponse;
      try {
        res = await transport.push({ clientId, mutations: batch });
      } catch (err) {
        // Too large for the server's body limit: halve the batch and go again, rather than stall.
        if (errorCode(err) === 'too_large' && batch.length > 1) {
          shrink = Math.max(1, Math.floor(batch.length / 2));
          continue;
        }
        throw err;
      }
      shrink = null;
      probing = false;
      succeeded();
      for (const r of res.refused) if (!reported.has(r.id)) refusals.set(r.id, r);
      if (res.lastMutationId < batch[0]!.id) {
        throw Object.assign(new Error(`the server expects mutation ${res.lastMutationId + 1}, which this workstation no longer has`), { code: 'invalid' });
      }
      pushedUpTo = Math.max(pushedUpTo, res.lastMutationId);
      // The acknowledged rows leave the outbox with the pull that carries their effects (rebase).
      echoSoon();
    }
  }

  async function pullOnce(meta: Awaited<ReturnType<typeof readSyncMeta>>): Promise<void> {
    // This pull brings every echo waited for.
    clear('echo');
    echoSince = null;
    const firstLoad = meta.cursor === null || meta.snapshot !== null;
    if (firstLoad && !st.get().initialLoad) st.set({ initialLoad: { received: meta.snapshotReceived, total: meta.snapshotTotal, done: false } });
    st.set({ state: 'syncing' });
    let hadSnapshot = meta.snapshot !== null;
    let inflight = transport.pull({
      clientId: meta.clientId,
      cursor: meta.cursor,
      ackedMutationId: meta.ackedMutationId,
      ...(meta.snapshot ? { snapshot: meta.snapshot } : {}),
    });
    for (;;) {
      const res = await inflight;
      succeeded();
      if (!started) return;
      if (res.refetch) {
        // The cursor is older than what the server kept: forget the rows (the outbox stays) and load again.
        await resetForRefetch(db, actor);
        await saveSnapshot(db, null);
        st.set({ initialLoad: null });
        wantPull = true;
        again = true;
        return;
      }
      // While this page is written, the next one is already asked for: the server and the database work
      // at once. Not with local changes waiting: those are pushed first, and the pull goes on from the
      // cursor this page leaves in the replica.
      const next = res.more && !outboxDirty ? transport.pull({ clientId: meta.clientId, cursor: res.cursor, ackedMutationId: res.lastMutationId, ...(res.snapshot ? { snapshot: res.snapshot } : {}) }) : null;
      next?.catch(() => undefined);
      await writePage(res, hadSnapshot);
      hadSnapshot = !!(res.more && res.snapshot);
      if (!res.more) return finishPulling();
      if (!next || !started || paused) {
        wantPull = true;
        again = true;
        return;
      }
      inflight = next;
    }
  }

  /** Rebases one page into the replica, moving the first-load bar with every slice written. */
  async function writePage(res: Extract<PullResponse, { cursor: number }>, hadSnapshot: boolean): Promise<void> {
    for (const r of res.refused) if (!reported.has(r.id)) refusals.set(r.id, r);
    const load = st.get().initialLoad;
    const total = load ? (load.total ?? res.total ?? null) : null;
    let received = load?.received ?? 0;
    const progress = (n: number) => {
      if (!load) return;
      received = total === null ? received + n : Math.min(total, received + n);
      st.set({ initialLoad: { received, total, done: false } });
    };
    // What is new work here is known only before the page is written (was the ticket held?).
    const redelivered = knownCursor !== null && res.cursor <= knownCursor;
    // Both read the rows as they were before the page; at once, each is a wait the page's write is behind.
    const [arrived, notify] = await Promise.all([
      !load && deps.onArrived ? arrivalsIn(db, res.changes).catch(() => ({})) : {},
      !load && deps.onNotify ? notifyEventsIn(db, { id: actor.id, tier: actor.tier }, res.changes, { redelivered }).catch(() => null) : null,
    ]);
    const slice = deps.options?.slice;
    // A first sync's tickets go in without their words; the index is built once the pull is done. The time
    // of the pull goes with the cursor, in the page's last transaction.
    const meta: MetaRow[] = [{ key: 'pulledAt', value: new Date(clock.now()).toISOString() }];
    const { dropped } = await applyPulled(db, actor, res, { ...(slice ? { slice } : {}), onSlice: progress, deferWords: !!load, meta });
    knownCursor = res.cursor;
    if (hadSnapshot || res.snapshot) await saveSnapshot(db, res.more && res.snapshot ? { token: res.snapshot, received, total } : null);
    await reportDropped(dropped);
    if (Object.keys(arrived).length) deps.onArrived?.(arrived);
    if (notify && (notify.events.length || notify.dropped)) deps.onNotify?.(notify);
  }

  /** Builds the filter's word index in bounded steps while the loop runs (a no-op once it is complete). */
  let indexing: Promise<void> | null = null;
  function indexWords(): void {
    indexing ??= (async () => {
      for (;;) {
        // The loop's own pushes and pulls go first; a step of the build waits for them.
        while (running) await running;
        if (!started || (await indexWordsSlice(db))) return;
        // A first sync started again: it defers the words anew, and the build follows it.
        if (st.get().initialLoad) return;
      }
    })()
      .catch((err: unknown) => {
        // A replica closing under a step (sign-out, the window going) is not a failure: the build resumes at the next open.
        if ((err as Error).name !== 'DatabaseClosedError') console.warn('word index: a step failed:', (err as Error).name);
      })
      .finally(() => (indexing = null));
  }

  async function finishPulling(): Promise<void> {
    indexWords();
    const done = st.get().initialLoad;
    if (done) st.set({ initialLoad: { ...done, done: true } });
    st.set({ initialLoad: null, lastSyncedAt: new Date(clock.now()).toISOString(), pending: await pending() });
    if (outboxDirty) again = true;
    else st.set({ state: gone ? 'service_gone' : 'online' });
  }

  /** Each refused change is reported once, when the rebase has rolled it back. */
  async function reportDropped(dropped: Awaited<ReturnType<typeof applyPulled>>['dropped']): Promise<void> {
    for (const row of dropped) {
      const r = refusals.get(row.id);
      refusals.delete(row.id);
      if (!r || reported.has(row.id)) continue;
      reported.add(row.id);
      const why = await describeRefusal(db, actor, row, r);
      deps.onRefused({ mutationId: row.id, name: row.name, ticketId: row.ticketId || null, code: r.code, ...why });
    }
  }

  function succeeded(): void {
    attempt = 0;
    clear('retry');
    if (st.get().lastError) st.set({ lastError: null });
  }

  function retryIn(ms: number): void {
    clear('retry');
    timers.retry = clock.setTimeout(() => {
      timers.retry = null;
      kick();
    }, ms);
  }

  async function fail(err: unknown): Promise<void> {
    wantPull = true;
    const code = errorCode(err);
    if (!started) return;
    const count = await pending().catch(() => st.get().pending);
    if (code === 'unauthorized') {
      // Signed out or expired: nothing is sent until main says this agent is signed in again.
      paused = true;
      clear('retry');
      return st.set({ state: 'offline', lastError: LAST_ERROR.expired, pending: count, initialLoad: null });
    }
    if (gone) return st.set({ state: 'service_gone', lastError: null, pending: count });
    if (code === 'invalid' || code === 'forbidden') {
      // A request the server calls wrong will not become right by hammering it: surface, retry slowly.
      st.set({ state: 'online', lastError: errorReason(err), pending: count });
      return retryIn(backoffDelay(20, clock.random));
    }
    if (code !== 'offline' && code !== 'server') console.error('sync failed:', (err as Error).message);
    st.set({ state: code === 'offline' ? 'offline' : 'connecting', lastError: code === 'offline' ? LAST_ERROR.offline : code === 'server' ? LAST_ERROR.server : LAST_ERROR.unexpected, pending: count });
    // Unreachable with changes waiting: ask often, and cheaply, whether it is back (the server was not
    // reached, so this costs it nothing); otherwise back off.
    const probe = code === 'offline' && count > 0;
    probing = probe;
    retryIn(probe ? Math.min(offlineProbeMs, backoffDelay(attempt++, clock.random)) : backoffDelay(attempt++, clock.random));
  }

  /** A push was answered: pull its echo once no further push came for pullAfterPushMs (capped). */
  function echoSoon(): void {
    if (pullAfterPushMs <= 0) return void (wantPull = true);
    const at = clock.now();
    echoSince ??= at;
    clear('echo');
    timers.echo = clock.setTimeout(
      () => {
        timers.echo = null;
        wantPull = true;
        if (!timers.retry) kick();
      },
      Math.max(0, Math.min(pullAfterPushMs, echoSince + ECHO_WAIT_MAX_MS - at)),
    );
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

  const now = () => {
    attempt = 0;
    clear('retry');
    wantPull = true;
    kick();
  };

  return {
    start() {
      if (started) return;
      started = true;
      st.set({ state: 'connecting', lastError: null });
      armSlowPoll();
      kick();
    },
    async stop() {
      started = false;
      clear('retry');
      clear('slow');
      clear('echo');
      while (running) await running;
      await indexing;
    },
    kick() {
      outboxDirty = true;
      void pending().then((n) => st.set({ pending: n }));
      if (!timers.retry) kick();
    },
    syncNow: now,
    poke(version) {
      // While an echo's pull is due, that pull brings this version too (most likely the echo itself).
      if (timers.echo) return;
      if (knownCursor === null || version > knownCursor) {
        wantPull = true;
        if (!timers.retry) kick();
      }
    },
    link(up, rejected = false) {
      // Up: the server is reachable again and pokes may have been missed. Down: say Offline now rather
      // than at the next failed request or slow poll. Rejected: pull now, so the 401 signs the agent out.
      if (up || rejected) return now();
      if (started && !paused && !gone) st.set({ state: 'offline', lastError: LAST_ERROR.offline });
    },
    session(signedIn) {
      if (!signedIn) {
        // Signed out or expired: changes stay in the outbox, shown as not sent, until a new sign-in.
        paused = true;
        clear('retry');
        return st.set({ state: 'offline', lastError: LAST_ERROR.expired, initialLoad: null });
      }
      if (!paused) return;
      paused = false;
      st.set({ state: 'connecting', lastError: null });
      now();
    },
    serviceGone(isGone) {
      gone = isGone;
      if (isGone) return st.set({ state: 'service_gone', lastError: null, initialLoad: null });
      now();
    },
    status: () => st.get(),
    async idle() {
      while (running) await running;
    },
  };
}
