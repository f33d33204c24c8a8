// GET /reports/kpis: a period's KPIs per tier, agent or channel, for supervisors and admins. Counted in
// SQL (kpi-queries.ts), finished by the shared KPI module, so the numbers are the module's own.
import type { z } from 'zod';
import { isSupervisor, MAX_REPORT_DAYS, reason, type KpiReportQuery, type KpiReportResponse } from '../../../src/shared/index';
import { emptyTally, report, type GroupBy, type GroupKey, type Period, type Tally } from '../../../src/shared/kpi/index';
import type { Db, Dialect } from '../db/database';
import type { RequestAgent } from '../sync/actor';
import { HttpError } from '../sync/errors';
import { runQueries } from './kpi-queries';

type Query = z.infer<typeof KpiReportQuery>;

/** Who may read reports, and a period that is one: from before to, at most MAX_REPORT_DAYS long. */
export function checkReportRequest(agent: Pick<RequestAgent, 'role'>, q: Query, now: Date): Period {
  if (!isSupervisor(agent)) throw new HttpError(403, 'forbidden', reason('reports_supervisors_only'));
  // Stored instants are toISOString text: compare in that form (an input without milliseconds is the same instant).
  const from = new Date(q.from).toISOString();
  const to = new Date(q.to).toISOString();
  if (from >= to) throw new HttpError(400, 'invalid', reason('report_range_backwards'));
  if (Date.parse(to) - Date.parse(from) > MAX_REPORT_DAYS * 86_400_000) throw new HttpError(400, 'invalid', reason('report_range_too_long', { maxDays: MAX_REPORT_DAYS }));
  return { from, to, asOf: now.toISOString() };
}

export async function kpiReport(deps: { db: Db; dialect: Dialect }, tenantId: string, p: Period, by: GroupBy): Promise<KpiReportResponse> {
  const got = await runQueries(deps.db, deps.dialect, tenantId, p, by);
  const tallies = new Map<string, Tally>();
  const tally = (g: GroupKey) => {
    const key = JSON.stringify(g);
    let t = tallies.get(key);
    if (!t) tallies.set(key, (t = emptyTally(g)));
    return t;
  };
  for (const r of got.counts) {
    Object.assign(tally(r.g), {
      solved: r.solved,
      fcr: r.fcr,
      created: r.created,
      everSolved: r.ever_solved,
      reopened: r.reopened,
      firstResponseMet: r.fr_met,
      firstResponseMeasured: r.fr_measured,
      resolutionMet: r.res_met,
      resolutionMeasured: r.res_measured,
      handled: r.handled,
      escalated: r.escalated,
      firstResponseMs: r.fr_median === null || r.fr_p90 === null ? null : { median: r.fr_median, p90: r.fr_p90 },
      resolutionMs: r.res_median === null || r.res_p90 === null ? null : { median: r.res_median, p90: r.res_p90 },
    });
  }
  // Per tier the escalation rate counts every tier a ticket was in, not only its current one: the
  // per-tier sums over all groups (one row per current tier).
  if (by === 'tier') {
    for (const n of [1, 2, 3] as const) {
      const handled = got.counts.reduce((sum, r) => sum + r[`in_tier${n}`], 0);
      const escalated = got.counts.reduce((sum, r) => sum + r[`from_tier${n}`], 0);
      if (handled > 0 || tallies.has(String(n))) Object.assign(tally(n), { handled, escalated });
    }
  }
  for (const r of got.surveys) {
    Object.assign(tally(r.g), { csatAnswers: r.csat_answers, csatSatisfied: r.csat_satisfied ?? 0, npsAnswers: r.nps_answers, promoters: r.promoters ?? 0, detractors: r.detractors ?? 0 });
  }
  // No complaint data on the server yet: complaints stay null (a later step adds the complaint flag).
  return { from: p.from, to: p.to, asOf: p.asOf, groupBy: by, rows: report(tallies.values()) as KpiReportResponse['rows'] };
}
