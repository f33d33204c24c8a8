// Rebase on a pulled batch (Replicache semantics), slice by slice: undo every optimistic change, apply
// the server's changes, drop acknowledged mutations, replay the pending ones on top — or, with nothing
// pending, only write the server's rows.
import type { Actor } from '../../shared/domain';
import { parseMutation, type Refusal } from '../../shared/mutations';
import { readReason, reason, type Reason } from '../../shared/reasons';
import type { Change } from '../../shared/sync-protocol';
import { ENTITIES } from '../../shared/entities/registry';
import { applyLocal, restoreShadows } from './local-apply';
import { countPending, recountPending } from './pending-counts';
import { emptyBatch, writeBatch } from './entity-writes';
import { ALL_TABLES, REPLICATED, type MetaRow, type OutboxRow, type ReplicaDb } from './schema';
import { tablesWritten } from './write-scope';
import { wordsState } from './word-index';

/** A pulled page: its changes, the cursor after it and this client's last processed mutation id. */
type Pulled = { cursor: number; lastMutationId: number; changes: Change[] };

export interface ApplyOptions {
  /** Changes per transaction; the UI thread gets a turn between two (default SLICE). */
  slice?: number;
  /** false: always the full rebase, even with nothing pending (tests compare the two paths). */
  fastPath?: boolean;
  /** Runs after each slice but the last, while the UI would get its turn (tests look at the screen's data). */
  betweenSlices?: () => Promise<void>;
  /** A first sync: tickets go in without their words rows; the worker builds them afterwards (word-index.ts). */
  deferWords?: boolean;
  /** Called after each slice's transaction committed, with the number of changes it wrote (progress). */
  onSlice?: (changes: number) => void;
  /** More replica meta rows to write with the cursor (one transaction less for the window to wait behind). */
  meta?: readonly MetaRow[];
}

/** About 10–20 ms of work in Chromium: a slice never holds the UI thread long, and a page stays cheap. */
export const SLICE = 1_000;

/**
 * A page is written in slices, each its own transaction, so the queue shows the first rows at once and
 * the UI thread gets a turn between slices. Each slice is a complete rebase (or, with nothing pending, a
 * plain write); the cursor moves only with the last one, so a page cut short is pulled and written again
 * (every write here is idempotent).
 */
export async function applyPulled(db: ReplicaDb, actor: Actor, p: Pulled, opts: ApplyOptions = {}): Promise<{ dropped: OutboxRow[] }> {
  const size = Math.max(1, opts.slice ?? SLICE);
  const dropped: OutboxRow[] = [];
  for (let from = 0; ; from += size) {
    const last = from + size >= p.changes.length;
    const slice = p.changes.slice(from, from + size);
    // Over the tables this slice writes only, while nothing is pending (a window's read of another table
    // need not wait for it); a change made meanwhile makes it start over over every table.
    let scope: readonly string[] = opts.fastPath === false ? ALL_TABLES : tablesWritten(slice);
    for (;;) {
      try {
        await writeSlice(db, actor, p, slice, { last, scope, deferWords: opts.deferWords === true, meta: opts.meta ?? [] }, dropped);
        break;
      } catch (err) {
        if (!(err instanceof NeedsEveryTable)) throw err;
        scope = ALL_TABLES;
      }
    }
    opts.onSlice?.(slice.length);
    if (last) return { dropped };
    await (opts.betweenSlices ?? yieldToUi)();
  }
}

class NeedsEveryTable extends Error {}

async function writeSlice(
  db: ReplicaDb,
  actor: Actor,
  p: Pulled,
  slice: Change[],
  at: { last: boolean; scope: readonly string[]; deferWords: boolean; meta: readonly MetaRow[] },
  dropped: OutboxRow[],
): Promise<void> {
  const { last, scope } = at;
  await db.transaction('rw', [...scope], async () => {
    // A fresh workstation has nothing pending: no shadows to restore, nothing to drop or replay. The
    // outbox is read once, here (each read is a wait a window's edit may be queued behind).
    const [outbox, shadows] = await Promise.all([db.outbox.orderBy('id').toArray(), db.shadows.count()]);
    const pending = scope === ALL_TABLES || outbox.length > 0 || shadows > 0;
    if (pending && scope !== ALL_TABLES) throw new NeedsEveryTable();
    // A row this slice writes need not be put back first: the server's row replaces it anyway.
    if (pending) await restoreShadows(db, writtenKeys(slice));
    // Acknowledged changes go only with the last slice: their effects may sit in a later slice of this
    // page, and dropping one earlier would show the ticket without it in between.
    const acked = pending && last ? outbox.filter((o) => o.id <= p.lastMutationId) : [];
    const dropAcked = async () => {
      if (!acked.length) return;
      await db.outbox.bulkDelete(acked.map((d) => d.id));
      await countPending(db, acked, -1);
    };
    // The server's rows and the acknowledged outbox rows touch different rows: both go out at once.
    await Promise.all([writeChanges(db, slice, at.deferWords), dropAcked()]);
    dropped.push(...acked);
    if (pending) await replayRows(db, actor, outbox.filter((o) => !acked.includes(o)));
    if (last) {
      await db.meta.bulkPut([
        { key: 'cursor', value: p.cursor },
        { key: 'ackedMutationId', value: p.lastMutationId },
        ...at.meta,
      ]);
    }
  });
}

/** The shadow keys (table:id) of the rows a slice puts or deletes. */
function writtenKeys(changes: Change[]): Set<string> {
  return new Set(changes.map((c) => (c.entity === 'delete' ? `${ENTITIES[c.value.kind].replica.table}:${c.value.id}` : `${ENTITIES[c.entity].replica.table}:${c.value.id}`)));
}

const yieldToUi = () => new Promise<void>((ok) => setTimeout(ok, 0));

async function writeChanges(db: ReplicaDb, changes: Pulled['changes'], deferWords: boolean): Promise<void> {
  const batch = emptyBatch();
  for (const c of changes) {
    if (c.entity === 'delete') batch[c.value.kind].deletes.push(c.value.id);
    else batch[c.entity].puts.push(c.value);
  }
  await writeBatch(db, batch, { deferWords });
}

/** Re-apply every pending mutation, in order, on the current rows (re-creating shadows). */
export async function replayOutbox(db: ReplicaDb, actor: Actor): Promise<void> {
  await replayRows(db, actor, await db.outbox.orderBy('id').toArray());
}

async function replayRows(db: ReplicaDb, actor: Actor, pending: OutboxRow[]): Promise<void> {
  for (const row of pending) {
    const parsed = parseMutation({ id: row.id, name: row.name, args: row.args });
    // A mutation that no longer applies here stays pending: the server decides and reports it.
    if (parsed.ok) await applyLocal(db, actor, parsed.mutation, row.at, false);
  }
}

/** Refetch: the cursor is too old. Forget the replicated rows (keep the outbox and the client id). */
export async function resetForRefetch(db: ReplicaDb, actor: Actor): Promise<void> {
  await db.transaction('rw', [...ALL_TABLES], async () => {
    for (const t of REPLICATED) await db.table(t).clear();
    await db.shadows.clear();
    await db.counters.clear();
    // The words go with their tickets; an empty replica's index is complete (the next first sync defers it).
    await db.words.clear();
    await db.meta.delete('wordsAt');
    await db.meta.put({ key: 'words', value: { done: true, gen: (await wordsState(db)).gen + 1 } });
    // The outbox stays, and so do its per-ticket counts.
    await recountPending(db);
    await db.meta.put({ key: 'cursor', value: null });
    // A first sync's snapshot token belongs to the rows just forgotten: the next pull starts a new one.
    await db.meta.delete('snapshot');
    await replayOutbox(db, actor);
  });
}

/** Why a change was refused; a lost take names the winner, as the agent needs to know who has it. */
export async function describeRefusal(db: ReplicaDb, me: Actor, row: OutboxRow, r: Refusal): Promise<Reason> {
  if (r.code === 'conflict' && row.name === 'assign' && row.ticketId) {
    const t = await db.tickets.get(row.ticketId);
    if (t?.assigneeId && t.assigneeId !== me.id) {
      const winner = await db.agents.get(t.assigneeId);
      if (winner) return reason('taken_by', { who: winner.name });
    }
  }
  return readReason(r);
}
