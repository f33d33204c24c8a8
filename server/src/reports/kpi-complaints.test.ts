// The KPI report's complaint query reads the tickets through (tenant_id, complaint_raised_at), never by
// scanning them: its plan on SQLite (EXPLAIN QUERY PLAN) and PostgreSQL (EXPLAIN, sequential scans
// priced out so the small demo table does not make one look cheapest), over the demo organisation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/database';
import { DEMO_TENANT_ID } from '../seed/demo';
import { openPlanDb, type PlanDb } from '../testing/plan-db';
import { complaintQuery } from './kpi-complaints';

describe.each(['sqlite', 'postgres'] as const)('the complaint query’s plan on %s', (dialect) => {
  let db: Db;
  let explain: PlanDb['explain'];
  let close: PlanDb['close'] = async () => undefined;
  beforeAll(async () => {
    ({ db, explain, close } = await openPlanDb(dialect));
  });
  afterAll(() => close());

  it('reads the period’s complaints through the raised-at index', async () => {
    const p = { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z', asOf: '2026-12-01T00:00:00.000Z' };
    const buckets = [
      { day: -1, from: p.from, to: p.to },
      { day: 0, from: p.from, to: '2026-11-02T00:00:00.000Z' },
    ];
    for (const by of ['tier', 'agent', 'channel'] as const) {
      const plan = (await explain(complaintQuery(DEMO_TENANT_ID, p, by, buckets).compile(db))).join('\n');
      if (process.env.SHOW_PLANS) console.log(plan);
      expect(plan, by).toMatch(/tickets_tenant_complaint_raised/);
      expect(plan, by).not.toMatch(/^SCAN t\b|Seq Scan on tickets/m);
    }
  });
});
