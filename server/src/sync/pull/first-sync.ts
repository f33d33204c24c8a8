// A first sync (cursor null or 0): a snapshot of the scope walked by key in pages (snapshot-walk.ts), its
// total counted once at the start and carried in the continuation, then a catch-up by version from the
// snapshot's version. Rows changed while the pages were walked come again with the catch-up (the client's
// upserts are idempotent), so nothing changed meanwhile is missed.
import type { Change } from '../../../../src/shared/index';
import type { Tx } from '../../db/database';
import { cardRows, everyonesRows } from './entity-queries';
import { collectChanges, pageEnd } from './incremental';
import type { PullScope } from './scope-sql';
import { encodeSnapshot, type SnapshotPosition } from './snapshot-token';
import { snapshotWalk, type StepRunner, type WalkBudget } from './snapshot-walk';

export interface Page {
  changes: Change[];
  cursor: number;
  more: boolean;
  remaining: number;
  snapshot?: string;
  total?: number;
}

/** Where a first sync begins (total: snapshot-total.ts), and the rows that lead its first page. */
export async function startSnapshot(tx: Tx, s: PullScope, agentId: string, version: number, total: number): Promise<{ start: SnapshotPosition; head: Change[] }> {
  const start = { v: version, a: agentId, c: '', t: '', n: total, s: 0 };
  // The rows every workstation gets (agents), and history about neither a ticket nor a customer.
  return { start, head: [...(await everyonesRows(tx, s)), ...(await cardRows(tx, s, null))] };
}

/** Walks the snapshot on: the page to answer while it is not whole yet, else null (the catch-up follows). */
export async function walkSnapshot(read: StepRunner, s: PullScope, start: SnapshotPosition, changes: Change[], budget: WalkBudget): Promise<Page | null> {
  const { pos, done } = await snapshotWalk(read, s, { c: start.c, t: start.t }, changes, budget);
  const sent = start.s + changes.length;
  if (done) return null;
  return { changes, cursor: 0, more: true, remaining: Math.max(0, start.n - sent), total: start.n, snapshot: encodeSnapshot({ ...start, ...pos, s: sent }) };
}

/** The snapshot is whole: its catch-up starts in this answer (in the caller's transaction) while the page has room. */
export async function catchUp(tx: Tx, s: PullScope, start: SnapshotPosition, version: number, changes: Change[], budget: WalkBudget): Promise<Page> {
  const remaining = Math.max(0, start.n - start.s - changes.length);
  if (start.v === version || changes.length >= budget.rows || budget.now() >= budget.deadline) {
    return { changes, cursor: start.v, more: start.v < version, remaining, total: start.n };
  }
  const { to } = await pageEnd(tx, s, start.v, version, Math.max(1, budget.rows - changes.length));
  const caught = await collectChanges(tx, s, start.v, to);
  // Each row once per answer: the catch-up's copy is the newer.
  const again = new Set(caught.map((c) => c.value.id));
  const more = to < version;
  return { changes: [...changes.filter((c) => !again.has(c.value.id)), ...caught], cursor: to, more, remaining: more ? Math.max(0, remaining - caught.length) : 0, total: start.n };
}
