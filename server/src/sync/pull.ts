// POST /sync/pull: every change in the agent's replication scope since the cursor, the new cursor, the
// client's lastMutationId and the refusals the client has not seen yet. Each answer is one consistent
// read; a first sync is a snapshot walked by key in pages, then a catch-up by version (pull/first-sync.ts).
// Every page is bounded by rows and by time, so no pull keeps the server from answering others.
import type { Change, PullResponse, Refusal } from '../../../src/shared/index';
import { historyCutoff } from '../../../src/shared/index';
import type { Db, Dialect, Tx } from '../db/database';
import type { RequestAgent } from './actor';
import { bindClient } from './clients';
import { catchUp, startSnapshot, walkSnapshot, type Page } from './pull/first-sync';
import { collectChanges, pageEnd } from './pull/incremental';
import type { PullScope } from './pull/scope-sql';
import { decodeSnapshot } from './pull/snapshot-token';
import { snapshotTotal } from './pull/snapshot-total';
import type { StepRunner } from './pull/snapshot-walk';
import { REFUSAL_COLUMNS, refusalFromRow } from './refusal-rows';
import { scopeKeysOf } from './ticket-scopes';

/** Rows (any table) in one pull answer, by default; a first sync of a big tenant comes in pages. */
export const PULL_PAGE_ROWS = 5_000;
/**
 * Milliseconds one page may take, by default (PULL_PAGE_MS): far below the client's 20 s request
 * timeout, so a retry never finds the page it retries still running. A first sync's page reads in
 * steps of a few milliseconds with other requests answered between them (SQLite runs one query at a
 * time), so no request waits behind a whole page.
 */
export const PULL_PAGE_MS = 250;

export interface PullDeps {
  db: Db;
  dialect: Dialect;
  pageRows?: number;
  pageMs?: number;
  /** Milliseconds, monotonic: the page's time budget is measured with it. */
  now?: () => number;
}
export interface PullRequestIn {
  clientId: string;
  cursor: number | null;
  ackedMutationId: number;
  snapshot?: string | undefined;
}

// An identical pull of the same client still being answered (a retry after a lost answer) shares it.
const inFlight = new Map<string, Promise<PullResponse>>();

export function handlePull(deps: PullDeps, agent: RequestAgent, req: PullRequestIn): Promise<PullResponse> {
  const key = JSON.stringify([agent.id, req.clientId, req.cursor, req.ackedMutationId, req.snapshot ?? null]);
  const running = inFlight.get(key);
  if (running) return running;
  const answer = pullOnce(deps, agent, req).finally(() => inFlight.delete(key));
  inFlight.set(key, answer);
  return answer;
}

async function pullOnce(deps: PullDeps, agent: RequestAgent, req: PullRequestIn): Promise<PullResponse> {
  const now = deps.now ?? (() => performance.now());
  const budget = { rows: deps.pageRows ?? PULL_PAGE_ROWS, deadline: now() + (deps.pageMs ?? PULL_PAGE_MS), now };
  const read: StepRunner = (fn) => (deps.dialect === 'postgres' ? deps.db.transaction().setIsolationLevel('repeatable read').execute(fn) : deps.db.transaction().execute(fn));
  const s: PullScope = { tenantId: agent.tenantId, keys: scopeKeysOf(agent), cutoff: historyCutoff(new Date()) };
  const resume = req.snapshot === undefined ? null : decodeSnapshot(req.snapshot, agent.id);
  const first = resume !== null || !req.cursor;
  // An incremental pull is one consistent read; so is the end of a first sync (its catch-up and acks).
  const answer = (fn: (tx: Tx, version: number) => Promise<Page>) =>
    read(async (tx): Promise<PullResponse> => {
      const tenant = await tx.selectFrom('tenants').selectAll().where('id', '=', agent.tenantId).executeTakeFirstOrThrow();
      if (req.snapshot !== undefined) {
        // A continuation that does not parse, is another agent's, or predates what the server kept: start again.
        if (!resume || (req.cursor ?? 0) !== 0 || resume.v < tenant.min_cursor || resume.v > tenant.version) return { refetch: true };
      } else if (req.cursor !== null && (req.cursor < tenant.min_cursor || req.cursor > tenant.version)) return { refetch: true };
      const bound = await bindClient(tx, req.clientId, agent);
      const page = await fn(tx, tenant.version);
      return { ...page, ...(await acknowledged(tx, req, page.more ? Math.min(bound, req.ackedMutationId) : bound)) };
    });
  if (!first) return answer((tx, version) => incrementalPage(tx, s, req.cursor!, version, budget.rows));
  // A first sync: the snapshot is walked in steps of their own, between which others are answered.
  let start = resume;
  const changes: Change[] = [];
  if (!start) {
    // Counted before the snapshot's version is read: a few rows changed in between make it a little off.
    const total = await snapshotTotal(read, s);
    const begun = await answer(async (tx, version) => {
      const r = await startSnapshot(tx, s, agent.id, version, total);
      start = r.start;
      changes.push(...r.head);
      return { changes: [], cursor: 0, more: true, remaining: 0 };
    });
    if (begun.refetch) return begun;
  }
  const begun = start!;
  const cut = await walkSnapshot(read, s, begun, changes, budget);
  // A page is not the whole picture yet: acknowledge the client's mutations (and report refusals)
  // only with the last page, so the replica keeps its optimistic changes until their effects arrive.
  if (cut) return answer(async () => cut);
  return answer((tx, version) => catchUp(tx, s, begun, version, changes, budget));
}

/** The client's mutations this answer acknowledges, and the refusals among them it has not seen. */
async function acknowledged(tx: Tx, req: PullRequestIn, lastMutationId: number): Promise<{ lastMutationId: number; refused: Refusal[] }> {
  const rows = await tx
    .selectFrom('refusals')
    .select(REFUSAL_COLUMNS)
    .where('client_id', '=', req.clientId)
    .where('mutation_id', '>', req.ackedMutationId)
    .where('mutation_id', '<=', lastMutationId)
    .orderBy('mutation_id')
    .execute();
  return { lastMutationId, refused: rows.map(refusalFromRow) };
}

/** Changes since the cursor, cut by version at about pageRows rows. */
async function incrementalPage(tx: Tx, s: PullScope, from: number, newest: number, pageRows: number): Promise<Page> {
  const { to, total } = await pageEnd(tx, s, from, newest, pageRows);
  const more = to < newest;
  const changes = await collectChanges(tx, s, from, to);
  const sent = changes.filter((c) => c.entity !== 'delete').length;
  return { changes, cursor: to, more, remaining: more && total !== null ? Math.max(0, total - sent) : 0 };
}
