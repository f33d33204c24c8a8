// POST /sync/pull: every change in the agent's replication scope since the cursor, the new cursor, the
// client's lastMutationId and the refusals the client has not seen yet. One consistent snapshot.
import { sql, type ExpressionBuilder } from 'kysely';
import { historyCutoff, type Change, type PullResponse, type Refusal, type RefusalCode } from '../../../src/shared/index';
import type { Db, Dialect, Tx } from '../db/database';
import type { Schema } from '../db/schema';
import type { RequestAgent } from './actor';
import { bindClient } from './clients';
import { agentFromRow, customerFromRow, escalationFromRow, historyFromRow, messageFromRow, ticketFromRow } from './rows';

const CHUNK = 500;

/**
 * Tickets a workstation holds: for an agent its tiers' queues (past and present), its own, the ones it
 * worked on; for a supervisor all work. Closed tickets only while within the history window (shared/history).
 */
function inScope(agent: RequestAgent, cutoff: string) {
  return (eb: ExpressionBuilder<Schema, 'tickets'>) => {
    const recent = eb.or([eb('tickets.status', '<>', 'closed'), eb('tickets.updated_at', '>=', cutoff)]);
    if (agent.role !== 'agent' || agent.tier === null) return recent;
    return eb.and([recent, eb.or([
      eb(sql<number>`(tickets.tier_mask & ${1 << agent.tier})`, '<>', 0),
      eb('tickets.assignee_id', '=', agent.id),
      eb.exists(
        eb
          .selectFrom('ticket_participants')
          .select('ticket_participants.agent_id')
          .whereRef('ticket_participants.ticket_id', '=', 'tickets.id')
          .where('ticket_participants.agent_id', '=', agent.id),
      ),
    ])]);
  };
}

type Scope = ReturnType<typeof inScope>;

/** Has the customer (a column: the card's id, or a history row's customer) a ticket in this scope? */
function customerHasTicketIn(eb: ExpressionBuilder<Schema, 'customers' | 'history'>, customer: 'customers.id' | 'history.customer_id', scope: Scope) {
  return eb.exists(
    eb
      .selectFrom('tickets')
      .select('tickets.id')
      .whereRef('tickets.customer_id', '=', customer)
      .where((inner) => scope(inner as unknown as ExpressionBuilder<Schema, 'tickets'>)),
  );
}

/** A customer travels only to workstations holding one of their tickets (data minimisation). */
function customerInScope(agent: RequestAgent, cutoff: string) {
  const scope = inScope(agent, cutoff);
  return (eb: ExpressionBuilder<Schema, 'customers'>) => customerHasTicketIn(eb as ExpressionBuilder<Schema, 'customers' | 'history'>, 'customers.id', scope);
}

/**
 * History rows: a ticket's go where the ticket is; a customer's (edits of name, contact, notes) only where
 * one of that customer's tickets is, like the customer card itself.
 */
function historyInScope(agent: RequestAgent, cutoff: string) {
  const scope = inScope(agent, cutoff);
  return (eb: ExpressionBuilder<Schema, 'history' | 'tickets'>) =>
    eb.or([
      eb.and([
        eb('history.ticket_id', 'is', null),
        eb.or([
          eb('history.customer_id', 'is', null),
          customerHasTicketIn(eb as unknown as ExpressionBuilder<Schema, 'customers' | 'history'>, 'history.customer_id', scope),
        ]),
      ]),
      scope(eb as unknown as ExpressionBuilder<Schema, 'tickets'>),
    ]);
}

/** Rows (any table) in one pull answer, by default; a first sync of a big tenant comes in pages. */
export const PULL_PAGE_ROWS = 5_000;

/** Versions of every row in the agent's scope changed in (from, to]: what a pull from `from` sends. */
function versionsInScope(tx: Tx, agent: RequestAgent, from: number, to: number, cutoff: string) {
  const t = agent.tenantId;
  const scope = inScope(agent, cutoff);
  // Messages and escalations hang off a ticket the same way (ticket_id, tenant_id, version): one query
  // shape, typed as messages, run on either table.
  const threadVersions = (table: 'messages' | 'escalations') =>
    tx
      .selectFrom(`${table} as th` as 'messages as th')
      .innerJoin('tickets', 'tickets.id', 'th.ticket_id')
      .select('th.version as version')
      .where('th.tenant_id', '=', t)
      .where('th.version', '>', from)
      .where('th.version', '<=', to)
      .where(scope);
  return tx
    .selectFrom('agents')
    .select('agents.version as version')
    .where('agents.tenant_id', '=', t)
    .where('agents.version', '>', from)
    .where('agents.version', '<=', to)
    .unionAll(
      tx
        .selectFrom('customers')
        .select('customers.version as version')
        .where('customers.tenant_id', '=', t)
        .where('customers.version', '>', from)
        .where('customers.version', '<=', to)
        .where(customerInScope(agent, cutoff)),
    )
    .unionAll(
      tx.selectFrom('tickets').select('tickets.version as version').where('tickets.tenant_id', '=', t).where('tickets.version', '>', from).where('tickets.version', '<=', to).where(scope),
    )
    .unionAll(threadVersions('messages'))
    .unionAll(threadVersions('escalations'))
    .unionAll(
      tx
        .selectFrom('history')
        .leftJoin('tickets', 'tickets.id', 'history.ticket_id')
        .select('history.version as version')
        .where('history.tenant_id', '=', t)
        .where('history.version', '>', from)
        .where('history.version', '<=', to)
        .where(historyInScope(agent, cutoff)),
    );
}

/**
 * Where this answer ends: the newest version, or — when more than pageRows rows changed — the version
 * of the pageRows-th oldest change (rows sharing that version come along). Only a cut answer counts
 * the rows still in range, for the progress figure: an ordinary pull reads two versions at most.
 */
async function pageEnd(tx: Tx, agent: RequestAgent, from: number, newest: number, pageRows: number, cutoff: string): Promise<{ to: number; total: number | null }> {
  const edge = await tx
    .selectFrom(versionsInScope(tx, agent, from, newest, cutoff).as('v'))
    .select('v.version')
    .orderBy('v.version')
    .limit(2)
    .offset(pageRows - 1)
    .execute();
  // At most pageRows rows, or the page's last version is the newest anyway: the whole range fits.
  const cut = edge.length < 2 ? newest : Number(edge[0]!.version);
  if (cut >= newest) return { to: newest, total: null };
  const { n } = await tx
    .selectFrom(versionsInScope(tx, agent, from, newest, cutoff).as('v'))
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
    .executeTakeFirstOrThrow();
  return { to: cut, total: Number(n) };
}

export async function handlePull(
  deps: { db: Db; dialect: Dialect; pageRows?: number },
  agent: RequestAgent,
  req: { clientId: string; cursor: number | null; ackedMutationId: number },
): Promise<PullResponse> {
  const run = async (tx: Tx): Promise<PullResponse> => {
    const tenant = await tx.selectFrom('tenants').selectAll().where('id', '=', agent.tenantId).executeTakeFirstOrThrow();
    if (req.cursor !== null && (req.cursor < tenant.min_cursor || req.cursor > tenant.version)) return { refetch: true };
    const boundMutationId = await bindClient(tx, req.clientId, agent);
    const from = req.cursor ?? 0;
    const cutoff = historyCutoff(new Date());
    const { to, total } = await pageEnd(tx, agent, from, tenant.version, deps.pageRows ?? PULL_PAGE_ROWS, cutoff);
    const more = to < tenant.version;
    // A page is not the whole picture yet: acknowledge the client's mutations (and report refusals)
    // only with the last page, so the replica keeps its optimistic changes until their effects arrive.
    const lastMutationId = more ? Math.min(boundMutationId, req.ackedMutationId) : boundMutationId;
    const changes = await collectChanges(tx, agent, from, to, cutoff);
    const sent = changes.filter((c) => c.entity !== 'delete').length;
    const refusedRows = await tx
      .selectFrom('refusals')
      .select(['mutation_id', 'code', 'message'])
      .where('client_id', '=', req.clientId)
      .where('mutation_id', '>', req.ackedMutationId)
      .where('mutation_id', '<=', lastMutationId)
      .orderBy('mutation_id')
      .execute();
    const refused: Refusal[] = refusedRows.map((r) => ({ id: r.mutation_id, code: r.code as RefusalCode, message: r.message }));
    return { cursor: to, lastMutationId, changes, refused, more, remaining: more && total !== null ? Math.max(0, total - sent) : 0 };
  };
  if (deps.dialect === 'postgres') {
    return deps.db.transaction().setIsolationLevel('repeatable read').execute(run);
  }
  return deps.db.transaction().execute(run);
}

async function collectChanges(tx: Tx, agent: RequestAgent, from: number, to: number, cutoff: string): Promise<Change[]> {
  const t = agent.tenantId;
  const changes: Change[] = [];
  // Each row once per answer: a thread or customer card resent with a ticket entering the scope may
  // already be in it.
  const seen = new Set<string>();
  const push = (c: Change) => {
    if (seen.has(c.value.id)) return;
    seen.add(c.value.id);
    changes.push(c);
  };
  const agents = await tx.selectFrom('agents').selectAll().where('tenant_id', '=', t).where('version', '>', from).where('version', '<=', to).execute();
  for (const a of agents) changes.push({ entity: 'agent', value: agentFromRow(a) });
  const customers = await tx
    .selectFrom('customers')
    .selectAll()
    .where('tenant_id', '=', t)
    .where('version', '>', from)
    .where('version', '<=', to)
    .where(customerInScope(agent, cutoff))
    .execute();
  for (const c of customers) push({ entity: 'customer', value: customerFromRow(c) });

  const tickets = await tx
    .selectFrom('tickets')
    .selectAll()
    .where('tenant_id', '=', t)
    .where('version', '>', from)
    .where('version', '<=', to)
    .where(inScope(agent, cutoff))
    .execute();
  for (const row of tickets) changes.push({ entity: 'ticket', value: ticketFromRow(row) });

  // Tickets that entered this agent's scope since the cursor: their whole thread travels with them.
  const entered =
    from === 0
      ? []
      : (
          await tx
            .selectFrom('tickets')
            .select('id')
            .where('tenant_id', '=', t)
            .where('scope_version', '>', from)
            .where('scope_version', '<=', to)
            .where(inScope(agent, cutoff))
            .execute()
        ).map((r) => r.id);

  const escalations = await tx
    .selectFrom('escalations')
    .innerJoin('tickets', 'tickets.id', 'escalations.ticket_id')
    .selectAll('escalations')
    .where('escalations.tenant_id', '=', t)
    .where('escalations.version', '>', from)
    .where('escalations.version', '<=', to)
    .where(inScope(agent, cutoff))
    .execute();
  for (const e of escalations) push({ entity: 'escalation', value: escalationFromRow(e) });
  const messages = await tx
    .selectFrom('messages')
    .innerJoin('tickets', 'tickets.id', 'messages.ticket_id')
    .selectAll('messages')
    .where('messages.tenant_id', '=', t)
    .where('messages.version', '>', from)
    .where('messages.version', '<=', to)
    .where(inScope(agent, cutoff))
    .execute();
  for (const m of messages) push({ entity: 'message', value: messageFromRow(m) });
  const history = await tx
    .selectFrom('history')
    .leftJoin('tickets', 'tickets.id', 'history.ticket_id')
    .selectAll('history')
    .where('history.tenant_id', '=', t)
    .where('history.version', '>', from)
    .where('history.version', '<=', to)
    .where(historyInScope(agent, cutoff))
    .execute();
  for (const h of history) push({ entity: 'history', value: historyFromRow(h) });

  for (let i = 0; i < entered.length; i += CHUNK) {
    const ids = entered.slice(i, i + CHUNK);
    // The customer card comes along: the customer may never have been in this scope before.
    const owners = await tx
      .selectFrom('customers')
      .innerJoin('tickets', 'tickets.customer_id', 'customers.id')
      .selectAll('customers')
      .where('tickets.id', 'in', ids)
      .where('customers.version', '<=', to)
      .execute();
    for (const c of owners) push({ entity: 'customer', value: customerFromRow(c) });
    for (const e of await tx.selectFrom('escalations').selectAll().where('ticket_id', 'in', ids).where('version', '<=', to).execute()) {
      push({ entity: 'escalation', value: escalationFromRow(e) });
    }
    for (const m of await tx.selectFrom('messages').selectAll().where('ticket_id', 'in', ids).where('version', '<=', to).execute()) {
      push({ entity: 'message', value: messageFromRow(m) });
    }
    for (const h of await tx.selectFrom('history').selectAll().where('ticket_id', 'in', ids).where('version', '<=', to).execute()) {
      push({ entity: 'history', value: historyFromRow(h) });
    }
  }
  return changes;
}
