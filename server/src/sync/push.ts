// POST /sync/push: apply a client's mutations in id order, each at most once, in one transaction with
// the client's lastMutationId. Refusals (the rules said no, and will say no again) are recorded and
// still advance lastMutationId. A failure the rules did not decide (a busy or lost database, a bug) is
// never a refusal: the client would roll back a valid change. The push answers 503 instead, and the
// client sends the same mutations again later. The one exception is a database refusing the data a
// mutation writes (isDataError, met while applying it): that fails the same way on every retry and would
// block every change queued after it, so that one mutation is refused as invalid and the rest apply.
import {
  applyMutation,
  authorize,
  canWorkTicket,
  casFieldOf,
  parseMutation,
  reason,
  targetsOf,
  type Mutation,
  type PushRequest,
  type PushResponse,
  type RawMutation,
  type Reason,
  type Refusal,
  type RefusalCode,
  type TicketStatus,
  type Tier,
} from '../../../src/shared/index';
import { lockTenant, type Db, type Dialect, type Tx } from '../db/database';
import type { TicketsTable } from '../db/schema';
import type { RequestAgent } from './actor';
import { autoAssign, type AutoAssignSetting } from './auto-assign';
import { bindClient } from './clients';
import { ticketVisible } from './complaint-scope';
import { customerWorkable } from './customer-scope';
import { HttpError, MutationDataError, isDataError } from './errors';
import { REFUSAL_COLUMNS, refusalFromRow } from './refusal-rows';
import { customerFromRow, ticketFromRow, agentFromRow } from './rows';
import { writeEffects, type WriteContext } from './write-effects';

export interface PushDeps {
  db: Db;
  dialect: Dialect;
  onCommit(tenantId: string, version: number): void;
}

type Outcome = { ok: true } | ({ ok: false; code: RefusalCode } & Reason);

export async function handlePush(deps: PushDeps, agent: RequestAgent, req: PushRequest): Promise<PushResponse> {
  const mutations = [...req.mutations].sort((a, b) => a.id - b.id);
  let last: number;
  try {
    last = await runBatch(deps, agent, req.clientId, mutations);
  } catch (err) {
    if (err instanceof HttpError) throw err;
    // Go one by one: what applies now stays applied (each commit carries its lastMutationId), and the
    // first mutation that still fails, other than for its own data, stops the push before lastMutationId
    // passes it.
    last = 0;
    for (const m of mutations) last = await runAlone(deps, agent, req.clientId, m);
  }
  const ids = mutations.map((m) => m.id).filter((id) => id <= last);
  const refused: Refusal[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await deps.db
      .selectFrom('refusals')
      .select(REFUSAL_COLUMNS)
      .where('client_id', '=', req.clientId)
      .where('mutation_id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const r of rows) refused.push(refusalFromRow(r));
  }
  return { lastMutationId: last, refused: refused.sort((a, b) => a.id - b.id) };
}

/** One mutation in its own transaction; one whose data the database refuses is recorded as refused. */
async function runAlone(deps: PushDeps, agent: RequestAgent, clientId: string, m: RawMutation): Promise<number> {
  let cause: unknown;
  try {
    return await runBatch(deps, agent, clientId, [m]);
  } catch (err) {
    if (err instanceof HttpError) throw err;
    cause = err;
  }
  if (cause instanceof MutationDataError) {
    const refusal: Outcome = { ok: false, code: 'invalid', ...reason('value_not_storable', { dbCode: cause.dbCode }) };
    try {
      return await runBatch(deps, agent, clientId, [m], refusal);
    } catch (err) {
      if (err instanceof HttpError) throw err;
      cause = err;
    }
  }
  throw new HttpError(503, 'unavailable', reason('save_failed'), { cause });
}

/** Applies the mutations in one transaction; `decided` records each as that outcome instead. */
async function runBatch(deps: PushDeps, agent: RequestAgent, clientId: string, mutations: RawMutation[], decided?: Outcome): Promise<number> {
  let committed: number | null = null;
  const last = await deps.db.transaction().execute(async (tx) => {
    const tenant = await lockTenant(tx, deps.dialect, agent.tenantId);
    let last = await bindClient(tx, clientId, agent);
    const now = new Date().toISOString();
    const version = tenant.version + 1;
    let nextNumber = tenant.next_ticket_number;
    let wrote = false;
    const ctx: WriteContext = {
      tx,
      tenantId: agent.tenantId,
      version,
      clientId,
      actor: agent,
      now,
      nextTicketNumber: () => nextNumber++,
      participating: new Set(),
    };
    for (const raw of mutations) {
      if (raw.id <= last) continue; // seen before: skipped, never applied twice
      if (raw.id > last + 1) break; // a gap: wait for the missing ones
      const outcome = decided ?? (await applyOne(ctx, tenant, raw).catch(mutationDataError));
      if (outcome.ok) wrote = true;
      else {
        await tx
          .insertInto('refusals')
          .values({ client_id: clientId, mutation_id: raw.id, code: outcome.code, message: '', reason: outcome.reason, params: JSON.stringify(outcome.params) })
          .execute();
      }
      last = raw.id;
    }
    await tx.updateTable('clients').set({ last_mutation_id: last }).where('client_id', '=', clientId).execute();
    if (wrote) {
      await tx
        .updateTable('tenants')
        .set({ version, next_ticket_number: nextNumber })
        .where('id', '=', agent.tenantId)
        .execute();
      committed = version;
    }
    return last;
  });
  if (committed !== null) deps.onCommit(agent.tenantId, committed);
  return last;
}

async function applyOne(ctx: WriteContext, tenant: AutoAssignSetting, raw: RawMutation): Promise<Outcome> {
  const parsed = parseMutation(raw);
  if (!parsed.ok) return { ...parsed, code: 'invalid' };
  const m = parsed.mutation;
  const { tx, actor } = ctx;
  const targets = targetsOf(m, actor);
  const ticketRow = targets.ticketId
    ? await tx.selectFrom('tickets').selectAll().where('id', '=', targets.ticketId).where('tenant_id', '=', ctx.tenantId).executeTakeFirst()
    : undefined;
  const customerRow = targets.customerId
    ? await tx.selectFrom('customers').selectAll().where('id', '=', targets.customerId).where('tenant_id', '=', ctx.tenantId).executeTakeFirst()
    : undefined;
  const agentRow = targets.agentId
    ? await tx.selectFrom('agents').selectAll().where('id', '=', targets.agentId).where('tenant_id', '=', ctx.tenantId).executeTakeFirst()
    : undefined;
  const ticket = ticketRow && ticketFromRow(ticketRow);
  const targetAgent = agentRow && agentFromRow(agentRow);

  // Authorization first: whoever may not work the ticket hears "forbidden" and nothing about its state
  // (who changed it, which ids it holds). Someone who may work it and lost a race is told who won, even
  // when the winner's change is what now forbids the write (a colleague took the ticket first).
  const decision = authorize(actor, m, ticket, targetAgent, {
    customerWorkable: m.name === 'updateCustomer' ? await customerWorkable(tx, ctx.tenantId, actor, m.args.id) : undefined,
    customerOpenable: m.name === 'createTicket' ? await customerWorkable(tx, ctx.tenantId, actor, m.args.customerId, { orCreated: true }) : undefined,
    ticketVisible: m.name === 'raiseComplaint' ? await ticketVisible(tx, actor, ticketRow?.id) : undefined,
  });
  if (!decision.ok && !(ticket && canWorkTicket(actor, ticket))) return decision;
  const conflict = ticketRow && (await casConflict(ctx, m, ticketRow));
  if (conflict) return { ok: false, code: 'conflict', ...conflict };
  if (!decision.ok) return decision;
  if (await idTaken(tx, m)) return { ok: false, code: 'invalid', ...reason('id_taken') };
  const out = applyMutation(actor, ctx.now, m, {
    ticket,
    customer: customerRow && customerFromRow(customerRow),
    agent: targetAgent,
  });
  if (!out.ok) return out;
  // A ticket made in a console (by a supervisor: an agent's own is theirs) is auto-assigned like an
  // inbound one, in this transaction, under the tenant lock taken above (auto-assign.ts).
  if (m.name === 'createTicket') out.effects.tickets = await Promise.all(out.effects.tickets.map((t) => autoAssign(tx, tenant, t)));
  await writeEffects(ctx, out.effects, ticketRow);
  return { ok: true };
}

/** A data error met while applying one mutation is that mutation's; anything else passes unchanged. */
function mutationDataError(err: unknown): never {
  throw isDataError(err) ? new MutationDataError(err) : err;
}

/** Ids are made on the client; one that is already taken is refused, not overwritten. */
async function idTaken(tx: Tx, m: Mutation): Promise<boolean> {
  const probe = async (table: 'tickets' | 'messages' | 'escalations' | 'customers', id: string) =>
    !!(await tx.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst());
  switch (m.name) {
    case 'createTicket':
      return (await probe('tickets', m.args.id)) || (await probe('messages', m.args.messageId));
    case 'addMessage':
      return probe('messages', m.args.id);
    case 'createCustomer':
      return probe('customers', m.args.id);
    case 'escalate':
    case 'handBack':
      return probe('escalations', m.args.id);
    default:
      return false;
  }
}

/** Compare-and-set: a write based on an older field version loses, unless the newer write was ours. */
async function casConflict(ctx: WriteContext, m: Mutation, row: TicketsTable): Promise<Reason | null> {
  const cas = casFieldOf(m);
  if (!cas || !('baseVersion' in m.args)) return null;
  const [field] = cas;
  const col = { status: 'status', assigneeId: 'assignee', tier: 'tier' }[field] as 'status' | 'assignee' | 'tier';
  const fieldVersion = row[`${col}_version`];
  const writer = row[`${col}_client`];
  if (m.args.baseVersion >= fieldVersion || writer === ctx.clientId) return null;
  // null: an agent this server no longer knows; the console says "someone".
  const name = async (agentId: string | null | undefined) =>
    agentId ? ((await ctx.tx.selectFrom('agents').select('name').where('id', '=', agentId).executeTakeFirst())?.name ?? null) : null;
  const writerAgent = writer
    ? (await ctx.tx.selectFrom('clients').select('agent_id').where('client_id', '=', writer).executeTakeFirst())?.agent_id
    : null;
  const who = await name(writerAgent);
  if (col === 'assignee') {
    if (!row.assignee_id) return reason('released_by', { who });
    if (row.assignee_id === writerAgent) return reason('taken_by', { who });
    return reason('assigned_by', { who, to: await name(row.assignee_id) });
  }
  // Stored values are the contract's (migration 0005); a client reads any other as reason unknown.
  if (col === 'status') return reason('status_changed_by', { who, status: row.status as TicketStatus });
  return reason('tier_changed_by', { who, tier: row.tier as Tier });
}
