// The pull queries' plans on SQLite (EXPLAIN QUERY PLAN) and PostgreSQL (EXPLAIN, sequential scans
// priced out so a small demo table does not make one look cheapest): a snapshot page and an incremental
// pull read the big tables through indexes only, never by scanning them. The queries are the ones pull
// really runs, captured from the query log.
import type { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../src/shared/index';
import type { Db } from '../../db/database';
import { DEMO_TENANT_ID } from '../../seed/demo';
import { openPlanDb, type PlanDb } from '../../testing/plan-db';
import type { RequestAgent } from '../actor';
import { handlePull } from '../pull';

const BIG = ['tickets', 'messages', 'escalations', 'history', 'customers', 'ticket_scopes'];

describe.each(['sqlite', 'postgres'] as const)('pull query plans on %s', (dialect) => {
  const queries: CompiledQuery[] = [];
  let db: Db;
  let explain: PlanDb['explain'];
  let close: PlanDb['close'] | undefined;
  beforeAll(async () => {
    const log = (e: { level: string; query: CompiledQuery }) => void (e.level === 'query' && queries.push(e.query));
    ({ db, explain, close } = await openPlanDb(dialect, log));
  });
  afterAll(() => close?.());

  async function agent(email: string): Promise<RequestAgent> {
    const a = await db.selectFrom('agents').selectAll().where('email', '=', email).executeTakeFirstOrThrow();
    return { id: a.id, name: a.name, role: a.role as RequestAgent['role'], tier: a.tier as RequestAgent['tier'], tenantId: DEMO_TENANT_ID };
  }

  /**
   * The table a plan line reads whole, if it does: SQLite's SCAN (of the table or all of an index);
   * PostgreSQL's Seq Scan, or an index scan with no Index Cond under it (all of the index).
   */
  function scannedTable(lines: string[], i: number): string | undefined {
    const line = lines[i]!;
    let table: string | undefined;
    if (dialect === 'sqlite') table = /^SCAN (\w+)/.exec(line)?.[1];
    else {
      table = /Seq Scan on (\w+)/.exec(line)?.[1];
      const index = /Index (?:Only )?Scan (?:Backward )?using \w+ on (\w+)/.exec(line)?.[1];
      if (index) {
        const next = lines.findIndex((l, j) => j > i && l.includes('->'));
        const detail = lines.slice(i + 1, next === -1 ? undefined : next);
        if (!detail.some((l) => l.includes('Index Cond'))) table = index;
      }
    }
    // An alias stands for its table: th is messages or escalations, cs ticket_scopes.
    return table === 'th' ? 'messages' : table === 'cs' ? 'ticket_scopes' : table;
  }

  /** Plan lines that read a big table whole. */
  async function scans(run: () => Promise<unknown>): Promise<string[]> {
    queries.length = 0;
    await run();
    const selects = queries.filter((q) => /^\s*(select|with)\b/i.test(q.sql));
    expect(selects.length).toBeGreaterThan(3);
    const bad: string[] = [];
    for (const q of selects) {
      const lines = await explain(q);
      for (const [i, line] of lines.entries()) {
        if (process.env.SHOW_PLANS) console.log(line);
        if (BIG.includes(scannedTable(lines, i) ?? '')) bad.push(`${line}  <-  ${q.sql}`);
      }
    }
    return bad;
  }

  it('a snapshot page and its continuation read through indexes', async () => {
    const anna = await agent('agent1@demo.local');
    const deps = { db, dialect, pageRows: 100 };
    const clientId = uuidv7();
    let token: string | undefined;
    expect(
      await scans(async () => {
        const r = await handlePull(deps, anna, { clientId, cursor: null, ackedMutationId: 0 });
        token = 'snapshot' in r ? r.snapshot : undefined;
      }),
    ).toEqual([]);
    expect(token).toBeDefined();
    expect(await scans(() => handlePull(deps, anna, { clientId, cursor: 0, ackedMutationId: 0, snapshot: token }))).toEqual([]);
  });

  it('an incremental pull reads through indexes', async () => {
    const { version } = await db.selectFrom('tenants').select('version').where('id', '=', DEMO_TENANT_ID).executeTakeFirstOrThrow();
    for (const email of ['agent1@demo.local', 'supervisor@demo.local']) {
      const a = await agent(email);
      expect(await scans(() => handlePull({ db, dialect }, a, { clientId: uuidv7(), cursor: Number(version) - 20, ackedMutationId: 0 }))).toEqual([]);
    }
  });
});
