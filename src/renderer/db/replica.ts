// The renderer's local database, the UI's source of truth. Writes are optimistic and atomic with their
// outbox entry; main pushes them; pulled batches come back as events and are rebased in order.
import { z } from 'zod';
import type { ApiEventPayload, ConsoleApi } from '../../shared/api';
import type { Actor, Agent } from '../../shared/domain';
import { MutationArgs, type ArgsOf, type MutationName, type Refusal, type RefusalCode } from '../../shared/mutations';
import { uuidv7 } from '../../shared/uuid';
import { historyCutoff } from '../../shared/history';
import { applyLocal } from './local-apply';
import { pruneBeyondHistory } from './prune';
import { applyPulled, describeRefusal, resetForRefetch } from './rebase';
import { ALL_TABLES, createReplicaDb, replicaDbName, type ReplicaDb } from './schema';

export type MutateResult = { ok: true } | { ok: false; message: string };
export interface RefusedChange {
  mutationId: number;
  name: MutationName;
  ticketId: string | null;
  code: RefusalCode;
  message: string;
}

export interface Replica {
  db: ReplicaDb;
  agent: Agent;
  mutate<N extends MutationName>(name: N, args: ArgsOf<N>): Promise<MutateResult>;
  onRefused(cb: (r: RefusedChange) => void): () => void;
  /** Changes still waiting in the outbox (not yet processed by the server). */
  pendingCount(): Promise<number>;
  close(): Promise<void>;
  /** Closes the replica and deletes its database from this workstation, outbox included. */
  erase(): Promise<void>;
}

export interface OpenReplicaOptions {
  api: ConsoleApi;
  agent: Agent;
  dbName?: string;
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** Local clock for optimistic timestamps (tests). */
  now?: () => Date;
  /** When the first prune runs after opening (default FIRST_PRUNE_AFTER_MS; tests use 0). */
  firstPruneAfterMs?: number;
}

class Refused extends Error {}

const PRUNE_EVERY_MS = 60 * 60_000;
/** Not at open: a reload's first queue read must not wait behind a prune; a minute later it costs nothing. */
const FIRST_PRUNE_AFTER_MS = 60_000;
/** Start over a day before the window ends rather than a day after. */
const STALE_MARGIN_MS = 86_400_000;

async function metaNumber(db: ReplicaDb, key: 'cursor' | 'ackedMutationId' | 'nextMutationId'): Promise<number | null> {
  const v = (await db.meta.get(key))?.value;
  return typeof v === 'number' ? v : null;
}

export async function openReplica(opts: OpenReplicaOptions): Promise<Replica> {
  const { api, agent } = opts;
  const actor: Actor = { id: agent.id, name: agent.name, role: agent.role, tier: agent.tier };
  const now = opts.now ?? (() => new Date());
  const db = createReplicaDb(opts.dbName ?? replicaDbName(agent.id), opts);
  await db.open();
  void requestPersistence();

  const clientId = await db.transaction('rw', db.meta, async () => {
    const existing = (await db.meta.get('clientId'))?.value;
    if (typeof existing === 'string') return existing;
    const id = uuidv7();
    await db.meta.put({ key: 'clientId', value: id });
    return id;
  });

  // Away for longer than the history window: changes to tickets that have since left every scope (a
  // ticket closed while this workstation was away) will never be sent, so start the replica over. The
  // outbox stays and is replayed.
  const pulledAt = (await db.meta.get('pulledAt'))?.value;
  if (typeof pulledAt === 'string' && pulledAt < historyCutoff(new Date(now().getTime() + STALE_MARGIN_MS))) {
    await resetForRefetch(db, actor);
  }

  const listeners = new Set<(r: RefusedChange) => void>();
  const refusals = new Map<number, Refusal>();
  const reported = new Set<number>();
  let chain: Promise<void> = Promise.resolve();
  let closed = false;

  const report = (r: RefusedChange) => {
    for (const l of [...listeners]) l(r);
  };

  async function onPulled(p: ApiEventPayload<'sync.pulled'>): Promise<void> {
    if (closed) return;
    if (p.refetch) {
      await resetForRefetch(db, actor);
      return;
    }
    for (const r of p.refused) refusals.set(r.id, r);
    const { dropped } = await applyPulled(db, actor, p);
    await db.meta.put({ key: 'pulledAt', value: now().toISOString() });
    for (const row of dropped) {
      const r = refusals.get(row.id);
      refusals.delete(row.id);
      if (!r || reported.has(row.id)) continue;
      reported.add(row.id);
      const message = await describeRefusal(db, actor, row, r);
      report({ mutationId: row.id, name: row.name, ticketId: row.ticketId || null, code: r.code, message });
    }
    if (!closed) await api.request('sync.ack', { cursor: p.cursor, ackedMutationId: p.lastMutationId });
  }

  const enqueueWork = (work: () => Promise<void>) => {
    chain = chain.then(work).catch((err: unknown) => {
      // The batch stays unacknowledged: main pulls it again after its ack timeout.
      if (!closed) console.error('replica: applying a pulled batch failed:', (err as Error).message);
    });
  };
  const unsubscribe = [
    api.on('sync.pulled', (p) => enqueueWork(() => onPulled(p))),
    api.on('sync.refused', ({ refused }) => {
      for (const r of refused) if (!reported.has(r.id)) refusals.set(r.id, r);
    }),
  ];

  /** Hands main the client id, cursor and the whole outbox (main's copy is only a mirror). */
  const attach = async () => {
    const [cursor, acked, outbox] = await Promise.all([metaNumber(db, 'cursor'), metaNumber(db, 'ackedMutationId'), db.outbox.orderBy('id').toArray()]);
    try {
      await api.request('sync.attach', {
        clientId,
        cursor,
        ackedMutationId: acked ?? 0,
        mutations: outbox.map((m) => ({ id: m.id, name: m.name, args: m.args })),
      });
    } catch (err) {
      // Main not ready (signed out, restarting): local work goes on; the next sign-in re-attaches.
      console.warn('replica: attach failed:', (err as Error).message);
    }
  };
  unsubscribe.push(
    api.on('session.changed', (info) => {
      // Signed in again as this agent (session expired, main restarted): main forgot us; attach again.
      if (info.agent?.id === agent.id) enqueueWork(attach);
    }),
  );
  await attach();

  // History beyond the window goes a minute after opening and every hour the console stays open.
  let pruning: Promise<unknown> = Promise.resolve();
  const prune = () => {
    if (closed) return;
    pruning = pruneBeyondHistory(db, now()).catch((err: unknown) => console.warn('replica: pruning old history failed:', (err as Error).message));
  };
  const firstPrune = setTimeout(prune, opts.firstPruneAfterMs ?? FIRST_PRUNE_AFTER_MS);
  const pruneTimer = setInterval(prune, PRUNE_EVERY_MS);

  return {
    db,
    agent,
    async mutate(name, args) {
      const parsed = MutationArgs[name].safeParse(args);
      if (!parsed.success) return { ok: false, message: z.prettifyError(parsed.error) };
      const data = parsed.data as Record<string, unknown>;
      const ticketId = typeof data.ticketId === 'string' ? data.ticketId : name === 'createTicket' ? String(data.id) : '';
      let entry: { id: number; name: MutationName; args: unknown };
      try {
        entry = await db.transaction('rw', [...ALL_TABLES], async () => {
          const id = (await metaNumber(db, 'nextMutationId')) ?? 1;
          const at = now().toISOString();
          const m = { id, name, args: data } as never;
          const res = await applyLocal(db, actor, m, at, true);
          if (!res.ok) throw new Refused(res.message);
          await db.outbox.add({ id, name, args: data, ticketId, at });
          await db.meta.put({ key: 'nextMutationId', value: id + 1 });
          return { id, name, args: data };
        });
      } catch (err) {
        if (err instanceof Refused) return { ok: false, message: err.message };
        throw err;
      }
      // The change is durable already; if main misses this, the next attach carries it.
      api.request('sync.enqueue', { mutations: [entry] }).catch(() => {});
      return { ok: true };
    },
    onRefused(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    pendingCount: () => db.outbox.count(),
    close,
    async erase() {
      await close();
      await db.delete();
    },
  };

  async function close(): Promise<void> {
    if (closed) return;
    clearTimeout(firstPrune);
    clearInterval(pruneTimer);
    unsubscribe.forEach((u) => u());
    await chain;
    await pruning;
    closed = true;
    db.close();
  }
}

async function requestPersistence(): Promise<void> {
  try {
    const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
    if (storage?.persist && !(await storage.persisted?.())) await storage.persist();
  } catch {
    // Best effort: without persistence the browser may evict the replica under storage pressure.
  }
}
