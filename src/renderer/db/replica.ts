// The renderer's local database, the UI's source of truth. Writes are optimistic and atomic with their
// outbox entry; the replica's sync loop (a worker beside this database: sync-loop/) pushes them and
// rebases pulled pages; a window only kicks it and hears its status and refusals.
import type { Actor, Agent } from '../../shared/domain';
import { MutationArgs, type ArgsOf, type MutationName, type RefusalCode } from '../../shared/mutations';
import { historyCutoff } from '../../shared/history';
import type { Reason } from '../../shared/reasons';
import { validationReason } from '../../shared/validation-reason';
import type { SyncHandle } from '../sync-loop/handle';
import { ensureClientId } from '../sync-loop/sync-meta';
import { applyLocal } from './local-apply';
import { countPending, PENDING_COUNTED, recountPending } from './pending-counts';
import { pruneBeyondHistory } from './prune';
import { markEmptyIndexed } from './word-index';
import { resetForRefetch } from './rebase';
import { ALL_TABLES, createReplicaDb, replicaDbName, type ReplicaDb } from './schema';

/** A change refused here, before it was saved: its class and why (messages/reason-text says it). */
export type MutateResult = { ok: true } | ({ ok: false; code: RefusalCode } & Reason);
/** A change the server refused, rolled back by the rebase: which one, its class and why. */
export type RefusedChange = {
  mutationId: number;
  name: MutationName;
  ticketId: string | null;
  code: RefusalCode;
} & Reason;

export interface Replica {
  db: ReplicaDb;
  agent: Agent;
  /** The replica's sync loop, as this window sees it (status, refusals, kick). */
  sync: SyncHandle;
  mutate<N extends MutationName>(name: N, args: ArgsOf<N>): Promise<MutateResult>;
  onRefused(cb: (r: RefusedChange) => void): () => void;
  /** Changes still waiting in the outbox (not yet processed by the server). */
  pendingCount(): Promise<number>;
  close(): Promise<void>;
  /** Closes the replica and deletes its database from this workstation, outbox included. */
  erase(): Promise<void>;
}

export interface OpenReplicaOptions {
  agent: Agent;
  /** Starts (or joins) the replica's sync loop once the database is open: a worker, or in-process in tests. */
  sync(ctx: { db: ReplicaDb; dbName: string; actor: Actor }): SyncHandle;
  dbName?: string;
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** Local clock for optimistic timestamps (tests). */
  now?: () => Date;
  /** When the first prune runs after opening (default FIRST_PRUNE_AFTER_MS; tests use 0). */
  firstPruneAfterMs?: number;
}

class Refused extends Error {
  constructor(readonly outcome: { ok: false; code: RefusalCode } & Reason) {
    super(outcome.reason);
  }
}

const PRUNE_EVERY_MS = 60 * 60_000;
/** Not at open: a reload's first queue read must not wait behind a prune; a minute later it costs nothing. */
const FIRST_PRUNE_AFTER_MS = 60_000;
/** Start over a day before the window ends rather than a day after. */
const STALE_MARGIN_MS = 86_400_000;

async function metaNumber(db: ReplicaDb, key: 'nextMutationId'): Promise<number | null> {
  const v = (await db.meta.get(key))?.value;
  return typeof v === 'number' ? v : null;
}

export async function openReplica(opts: OpenReplicaOptions): Promise<Replica> {
  const { agent } = opts;
  const actor: Actor = { id: agent.id, name: agent.name, role: agent.role, tier: agent.tier };
  const now = opts.now ?? (() => new Date());
  const dbName = opts.dbName ?? replicaDbName(agent.id);
  const db = createReplicaDb(dbName, opts);
  await db.open();
  void requestPersistence();
  await ensureClientId(db);
  await markEmptyIndexed(db);
  // A replica from before the per-ticket pending counters: count its outbox once.
  if ((await db.meta.get(PENDING_COUNTED))?.value !== 1) await db.transaction('rw', db.outbox, db.counters, db.meta, () => recountPending(db));

  // Away for longer than the history window: changes to tickets that have since left every scope (a
  // ticket closed while this workstation was away) will never be sent, so start the replica over. The
  // outbox stays and is replayed.
  const pulledAt = (await db.meta.get('pulledAt'))?.value;
  if (typeof pulledAt === 'string' && pulledAt < historyCutoff(new Date(now().getTime() + STALE_MARGIN_MS))) {
    await resetForRefetch(db, actor);
  }

  let closed = false;
  const sync = opts.sync({ db, dbName, actor });

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
    sync,
    async mutate(name, args) {
      const parsed = MutationArgs[name].safeParse(args);
      if (!parsed.success) return { ok: false, code: 'invalid', ...validationReason(parsed.error) };
      const data = parsed.data as Record<string, unknown>;
      const ticketId = typeof data.ticketId === 'string' ? data.ticketId : name === 'createTicket' ? String(data.id) : '';
      try {
        await db.transaction('rw', [...ALL_TABLES], async () => {
          // Requests that do not depend on each other go out together: each wait here is one the agent
          // sees between the key and the paint (the mutation's id is not part of its effects).
          const at = now().toISOString();
          const [next, res] = await Promise.all([metaNumber(db, 'nextMutationId'), applyLocal(db, actor, { id: 0, name, args: data } as never, at, true)]);
          if (!res.ok) throw new Refused(res);
          const id = next ?? 1;
          await Promise.all([
            db.outbox.add({ id, name, args: data, ticketId, at }),
            countPending(db, [{ ticketId }], 1),
            db.meta.put({ key: 'nextMutationId', value: id + 1 }),
          ]);
        });
      } catch (err) {
        if (err instanceof Refused) return err.outcome;
        throw err;
      }
      // The change is durable already; the loop reads the outbox (a missed kick costs only latency).
      sync.kick();
      return { ok: true };
    },
    onRefused: (cb) => sync.onRefused(cb),
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
    await sync.close();
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
