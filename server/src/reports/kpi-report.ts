// GET /reports/kpis: a period's KPIs per tier, agent or channel, for supervisors and admins. Counted in
// SQL (kpi-queries.ts), finished by the shared KPI module, so the numbers are the module's own.
import type { z } from 'zod';
import { isSupervisor, MAX_REPORT_DAYS, MAX_SERIES_DAYS, reason, type KpiReportQuery, type KpiReportResponse } from '../../../src/shared/index';
import { emptyTally, report, type GroupBy, type GroupKey, type Period, type Tally } from '../../../src/shared/kpi/index';
import type { Db, Dialect } from '../db/database';
import type { RequestAgent } from '../sync/actor';
import { HttpError } from '../sync/errors';
import { addComplaints } from './kpi-complaints';
import { runQueries, type Bucket } from './kpi-queries';

type Query = z.infer<typeof KpiReportQuery>;

/** Who may read reports, and a period that is one: from before to, at most MAX_REPORT_DAYS long. */
export function checkReportRequest(agent: Pick<RequestAgent, 'role'>, q: Query, now: Date): Period {
  if (!isSupervisor(agent)) throw new HttpError(403, 'forbidden', reason('reports_supervisors_only'));
  // Stored instants are toISOString text: compare in that form (an input without milliseconds is the same instant).
  const from = new Date(q.from).toISOString();
  const to = new Date(q.to).toISOString();
  if (from >= to) throw new HttpError(400, 'invalid', reason('report_range_backwards'));
  if (Date.parse(to) - Date.parse(from) > MAX_REPORT_DAYS * 86_400_000) throw new HttpError(400, 'invalid', reason('report_range_too_long', { maxDays: MAX_REPORT_DAYS }));
  // A series has a row per day and group: its period is shorter, so the answer stays bounded.
  if (q.interval === 'day' && Date.parse(to) - Date.parse(from) > MAX_SERIES_DAYS * 86_400_000) throw new HttpError(400, 'invalid', reason('report_range_too_long', { maxDays: MAX_SERIES_DAYS }));
  return { from, to, asOf: now.toISOString() };
}

const DAY_MS = 86_400_000;

/**
 * The whole period (bucket -1) and, for a series, its days: 24-hour steps from `from` (a console that asks
 * from its local midnight gets its local days), the last one cut at `to`.
 */
export function bucketsOf(p: Period, interval: 'day' | undefined): Bucket[] {
  const buckets: Bucket[] = [{ day: -1, from: p.from, to: p.to }];
  if (interval !== 'day') return buckets;
  const end = Date.parse(p.to);
  for (let day = 0, at = Date.parse(p.from); at < end; day++, at += DAY_MS) {
    buckets.push({ day, from: new Date(at).toISOString(), to: new Date(Math.min(at + DAY_MS, end)).toISOString() });
  }
  return buckets;
}

/** hold: a test seam that makes a report take as long as a test wants (kpi-reporter.ts). */
export async function kpiReport(deps: { db: Db; dialect: Dialect; hold?: (() => void | Promise<void>) | undefined }, tenantId: string, p: Period, by: GroupBy, interval?: 'day'): Promise<KpiReportResponse> {
  await deps.hold?.();
  const buckets = bucketsOf(p, interval);
  const got = await runQueries(deps.db, deps.dialect, tenantId, p, by, buckets);
  const tallies = new Map<number, Map<string, Tally>>(buckets.map((b) => [b.day, new Map()]));
  const tally = (day: number, g: GroupKey) => {
    const of = tallies.get(Number(day))!;
    const key = JSON.stringify(g);
    let t = of.get(key);
    if (!t) of.set(key, (t = emptyTally(g)));
    return t;
  };
  for (const r of got.counts) {
    Object.assign(tally(r.day, r.g), {
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
  // per-tier sums over all groups of the bucket (one row per current tier).
  if (by === 'tier') {
    for (const b of buckets) {
      const rows = got.counts.filter((r) => Number(r.day) === b.day);
      for (const n of [1, 2, 3] as const) {
        const handled = rows.reduce((sum, r) => sum + r[`in_tier${n}`], 0);
        const escalated = rows.reduce((sum, r) => sum + r[`from_tier${n}`], 0);
        if (handled > 0 || tallies.get(b.day)!.has(String(n))) Object.assign(tally(b.day, n), { handled, escalated });
      }
    }
  }
  for (const r of got.surveys) {
    Object.assign(tally(r.day, r.g), { csatAnswers: r.csat_answers, csatSatisfied: r.csat_satisfied ?? 0, npsAnswers: r.nps_answers, promoters: r.promoters ?? 0, detractors: r.detractors ?? 0 });
  }
  const rowsOf = (day: number) => report(tallies.get(day)!.values()) as KpiReportResponse['rows'];
  await addComplaints(deps.db, tenantId, p, by, buckets, got.counts, tally);
  const answer: KpiReportResponse = { from: p.from, to: p.to, asOf: p.asOf, groupBy: by, rows: rowsOf(-1) };
  if (interval === 'day') answer.series = buckets.slice(1).map((b) => ({ from: b.from, to: b.to, rows: rowsOf(b.day) }));
  return answer;
}
