// An incremental pull: every change in the scope with a version in (from, to], found through the tables'
// (tenant, version) indexes and checked against the scope by index probes (scope-sql.ts), one query per
// entity of the registry, each by its scope rule (entity-queries.ts); tickets that entered the scope in
// that range bring their whole thread and customer card along.
import type { Change } from '../../../../src/shared/index';
import type { Tx } from '../../db/database';
import { cardsOfTickets, changedRows, versionsInScope } from './entity-queries';
import { ticketInScope, type PullScope } from './scope-sql';
import { threadsOf } from './thread';

const CHUNK = 500;

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
  const changes: Change[] = [];
  // Each row once per answer: a thread or customer card resent with a ticket entering the scope may
  // already be in it.
  const seen = new Set<string>();
  const push = (c: Change) => {
    const key = `${c.entity}:${c.value.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    changes.push(c);
  };
  for (const c of await changedRows(tx, s, from, to)) push(c);

  // Tickets that entered this agent's scope since the cursor: their whole thread travels with them.
  const entered =
    from === 0
      ? []
      : (
          await tx
            .selectFrom('tickets')
            .select('id')
            .where('tenant_id', '=', s.tenantId)
            .where('scope_version', '>', from)
            .where('scope_version', '<=', to)
            .where(ticketInScope(s))
            .execute()
        ).map((r) => r.id);
  for (let i = 0; i < entered.length; i += CHUNK) {
    const ids = entered.slice(i, i + CHUNK);
    // The customer card comes along: the customer may never have been in this scope before.
    for (const c of await cardsOfTickets(tx, ids, to)) push(c);
    for (const c of await threadsOf(tx, ids, to)) push(c);
  }
  return changes;
}
