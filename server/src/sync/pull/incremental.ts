// An incremental pull: every change in the scope with a version in (from, to], found through the tables'
// (tenant, version) indexes and checked against the scope by index probes (scope-sql.ts); tickets that
// entered the scope in that range bring their whole thread and customer card along.
import type { Change } from '../../../../src/shared/index';
import type { Tx } from '../../db/database';
import { agentFromRow, customerFromRow, escalationFromRow, historyFromRow, messageFromRow, ticketFromRow } from '../rows';
import { customerInScope, historyInScope, ticketInScope, type PullScope } from './scope-sql';
import { threadsOf } from './thread';

const CHUNK = 500;

/** Versions of every row in the agent's scope changed in (from, to]: what a pull from `from` sends. */
function versionsInScope(tx: Tx, s: PullScope, from: number, to: number) {
  const t = s.tenantId;
  const scope = ticketInScope(s);
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
        .where(customerInScope(s)),
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
        .where(historyInScope(s)),
    );
}

/**
 * Where this answer ends: the newest version, or — when more than pageRows rows changed — the version
 * of the pageRows-th oldest change (rows sharing that version come along). Only a cut answer counts
 * the rows still in range, for the progress figure: an ordinary pull reads two versions at most.
 */
export async function pageEnd(tx: Tx, s: PullScope, from: number, newest: number, pageRows: number): Promise<{ to: number; total: number | null }> {
  const edge = await tx
    .selectFrom(versionsInScope(tx, s, from, newest).as('v'))
    .select('v.version')
    .orderBy('v.version')
    .limit(2)
    .offset(pageRows - 1)
    .execute();
  // At most pageRows rows, or the page's last version is the newest anyway: the whole range fits.
  const cut = edge.length < 2 ? newest : Number(edge[0]!.version);
  if (cut >= newest) return { to: newest, total: null };
  const { n } = await tx
    .selectFrom(versionsInScope(tx, s, from, newest).as('v'))
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
    .executeTakeFirstOrThrow();
  return { to: cut, total: Number(n) };
}


export async function collectChanges(tx: Tx, s: PullScope, from: number, to: number): Promise<Change[]> {
  const t = s.tenantId;
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
    .where(customerInScope(s))
    .execute();
  for (const c of customers) push({ entity: 'customer', value: customerFromRow(c) });

  const tickets = await tx
    .selectFrom('tickets')
    .selectAll()
    .where('tenant_id', '=', t)
    .where('version', '>', from)
    .where('version', '<=', to)
    .where(ticketInScope(s))
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
            .where(ticketInScope(s))
            .execute()
        ).map((r) => r.id);

  const escalations = await tx
    .selectFrom('escalations')
    .innerJoin('tickets', 'tickets.id', 'escalations.ticket_id')
    .selectAll('escalations')
    .where('escalations.tenant_id', '=', t)
    .where('escalations.version', '>', from)
    .where('escalations.version', '<=', to)
    .where(ticketInScope(s))
    .execute();
  for (const e of escalations) push({ entity: 'escalation', value: escalationFromRow(e) });
  const messages = await tx
    .selectFrom('messages')
    .innerJoin('tickets', 'tickets.id', 'messages.ticket_id')
    .selectAll('messages')
    .where('messages.tenant_id', '=', t)
    .where('messages.version', '>', from)
    .where('messages.version', '<=', to)
    .where(ticketInScope(s))
    .execute();
  for (const m of messages) push({ entity: 'message', value: messageFromRow(m) });
  const history = await tx
    .selectFrom('history')
    .leftJoin('tickets', 'tickets.id', 'history.ticket_id')
    .selectAll('history')
    .where('history.tenant_id', '=', t)
    .where('history.version', '>', from)
    .where('history.version', '<=', to)
    .where(historyInScope(s))
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
    for (const c of await threadsOf(tx, ids, to)) push(c);
  }
  return changes;
}
