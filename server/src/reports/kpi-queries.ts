// The KPI report's counting, in SQL on SQLite and PostgreSQL: aggregate queries over the period's
// tickets, each joined once to per-ticket aggregates of its messages, escalations and reopens (grouped
// derived tables, no correlated subquery per row). Medians and p90 are picked in SQL by a window over
// each group's ordered durations (row_number at the nearest rank), so only two values per group come
// back. The rules are those of src/shared/kpi (index.ts); the tallies are finished there too.
//
// Every count is per bucket and group: a bucket is a period of its own ([b_from, b_to)), so a day-by-day
// series is the same statement with more buckets. Bucket -1 is the whole period, buckets 0… its days.
import { sql, type RawBuilder } from 'kysely';
import type { GroupBy, GroupKey, Period } from '../../../src/shared/kpi/index';
import type { Db, Dialect } from '../db/database';

/** Trusted column expressions only: the group never comes from the request as text. */
const GROUP_COLUMN: Record<GroupBy, string> = { tier: 'tier', agent: 'assignee_id', channel: 'channel' };

/** A period the counts are made for: -1 the whole report, 0… the days of a series. */
export interface Bucket {
  day: number;
  from: string;
  to: string;
}

function millisBetween(dialect: Dialect, later: string, earlier: string): RawBuilder<number> {
  return dialect === 'postgres'
    ? sql<number>`round(extract(epoch from (${sql.raw(later)}::timestamptz - ${sql.raw(earlier)}::timestamptz)) * 1000)::bigint`
    : sql<number>`cast(round((unixepoch(${sql.raw(later)}, 'subsec') - unixepoch(${sql.raw(earlier)}, 'subsec')) * 1000) as integer)`;
}

/** The buckets as a derived table (the instants are bound parameters, never text in the statement). */
function bucketsTable(buckets: Bucket[]) {
  return sql`buckets (day, b_from, b_to) as (values ${sql.join(buckets.map((b) => sql`(${sql.lit(b.day)}, cast(${b.from} as text), cast(${b.to} as text))`))})`;
}

/** Per ticket of the period and bucket: its group, whether it was solved / created in the bucket, and what its thread holds. */
function facts(tenantId: string, p: Period, by: GroupBy, buckets: Bucket[]) {
  return sql`
    ${bucketsTable(buckets)},
    tix as (
      select id, ${sql.raw(GROUP_COLUMN[by])} as g, tier_mask, status, created_at, solved_at, first_response_due_at, resolution_due_at
      from tickets
      where tenant_id = ${tenantId}
        and ((created_at >= ${p.from} and created_at < ${p.to}) or (solved_at >= ${p.from} and solved_at < ${p.to}))
    ),
    base as (
      select t.*, k.day, k.b_from, k.b_to
      from tix t join buckets k on (t.created_at >= k.b_from and t.created_at < k.b_to) or (t.solved_at >= k.b_from and t.solved_at < k.b_to)
    ),
    replies as (
      select m.ticket_id, count(*) as n, min(m.created_at) as first_at
      from messages m join tix b on b.id = m.ticket_id
      where m.tenant_id = ${tenantId} and m.kind in ('reply', 'call') and m.created_at > b.created_at
      group by m.ticket_id
    ),
    escalated as (
      select e.ticket_id, count(*) as n,
        sum(case when e.from_tier = 1 then 1 else 0 end) as f1,
        sum(case when e.from_tier = 2 then 1 else 0 end) as f2,
        sum(case when e.from_tier = 3 then 1 else 0 end) as f3
      from escalations e join tix b on b.id = e.ticket_id
      where e.tenant_id = ${tenantId} and e.kind = 'escalate'
      group by e.ticket_id
    ),
    reopened as (
      select r.ticket_id, count(*) as n from ticket_reopens r join tix b on b.id = r.ticket_id where r.tenant_id = ${tenantId} group by r.ticket_id
    ),
    facts as materialized (
      select b.*,
        case when b.status in ('solved', 'closed') and b.solved_at is not null then 1 else 0 end as is_solved,
        case when b.status in ('solved', 'closed') and b.solved_at >= b.b_from and b.solved_at < b.b_to then 1 else 0 end as solved_in,
        case when b.created_at >= b.b_from and b.created_at < b.b_to then 1 else 0 end as created_in,
        coalesce(r.n, 0) as replies, r.first_at,
        coalesce(e.n, 0) as escalations, coalesce(e.f1, 0) as f1, coalesce(e.f2, 0) as f2, coalesce(e.f3, 0) as f3,
        coalesce(o.n, 0) as reopens
      from base b
        left join replies r on r.ticket_id = b.id
        left join escalated e on e.ticket_id = b.id
        left join reopened o on o.ticket_id = b.id
    )`;
}

export interface CountsRow {
  day: number;
  g: GroupKey;
  solved: number;
  fcr: number;
  created: number;
  ever_solved: number;
  reopened: number;
  fr_met: number;
  fr_measured: number;
  res_met: number;
  res_measured: number;
  handled: number;
  escalated: number;
  /** Per tier N, summed over the groups: tickets created in the period that were ever in tier N (tier_mask), and of them escalated from N. */
  in_tier1: number;
  from_tier1: number;
  in_tier2: number;
  from_tier2: number;
  in_tier3: number;
  from_tier3: number;
}

/**
 * The main aggregate, one row per group: the counts, and the median and p90 of each duration by nearest
 * rank — rank ceil(p·n/100) = (p·n + 99) div 100 of the group's ordered durations. One statement, with the
 * per-ticket facts materialized once for both (SQLite would otherwise inline them into each use).
 */
export function reportQuery(dialect: Dialect, tenantId: string, p: Period, by: GroupBy, buckets: Bucket[] = [{ day: -1, from: p.from, to: p.to }]) {
  const at = (metric: string, pct: 50 | 90) => sql`max(case when metric = ${sql.lit(metric)} and rn = (${sql.lit(pct)} * n + 99) / 100 then v end)`;
  return sql<CountsRow & SpreadColumns>`with ${facts(tenantId, p, by, buckets)},
    counts as (
      select day, g,
        sum(solved_in) as solved,
        sum(case when solved_in = 1 and escalations = 0 and reopens = 0 and replies <= 1 then 1 else 0 end) as fcr,
        sum(created_in) as created,
        sum(case when created_in = 1 and (is_solved = 1 or reopens > 0) then 1 else 0 end) as ever_solved,
        sum(case when created_in = 1 and reopens > 0 then 1 else 0 end) as reopened,
        sum(case when created_in = 1 and first_at is not null and first_at <= first_response_due_at then 1 else 0 end) as fr_met,
        sum(case when created_in = 1 and (first_at is not null or first_response_due_at < ${p.asOf}) then 1 else 0 end) as fr_measured,
        sum(case when created_in = 1 and is_solved = 1 and solved_at <= resolution_due_at then 1 else 0 end) as res_met,
        sum(case when created_in = 1 and (is_solved = 1 or resolution_due_at < ${p.asOf}) then 1 else 0 end) as res_measured,
        sum(created_in) as handled,
        sum(case when created_in = 1 and escalations > 0 then 1 else 0 end) as escalated,
        ${sql.join(([1, 2, 3] as const).map((n) => sql`sum(case when created_in = 1 and (tier_mask & ${sql.lit(1 << n)}) <> 0 then 1 else 0 end) as ${sql.raw(`in_tier${n}`)}, sum(case when created_in = 1 and ${sql.raw(`f${n}`)} > 0 then 1 else 0 end) as ${sql.raw(`from_tier${n}`)}`))}
      from facts group by day, g
    ),
    durations as (
      select 'fr' as metric, day, g, ${millisBetween(dialect, 'first_at', 'created_at')} as v from facts where created_in = 1 and first_at is not null
      union all
      select 'res' as metric, day, g, ${millisBetween(dialect, 'solved_at', 'created_at')} as v from facts where solved_in = 1
    ),
    ranked as (
      select metric, day, g, v,
        row_number() over (partition by metric, day, g order by v) as rn,
        count(*) over (partition by metric, day, g) as n
      from durations
    ),
    spread as (
      select day, g, ${at('fr', 50)} as fr_median, ${at('fr', 90)} as fr_p90, ${at('res', 50)} as res_median, ${at('res', 90)} as res_p90
      from ranked group by day, g
    )
    select c.*, s.fr_median, s.fr_p90, s.res_median, s.res_p90
    from counts c left join spread s on s.day = c.day and s.g is not distinct from c.g`;
}

/** Null where the group has no such duration. */
export interface SpreadColumns {
  fr_median: number | null;
  fr_p90: number | null;
  res_median: number | null;
  res_p90: number | null;
}

export interface SurveyRow {
  day: number;
  g: GroupKey;
  csat_answers: number;
  csat_satisfied: number;
  nps_answers: number;
  promoters: number;
  detractors: number;
}

/** Survey answers given in each bucket, grouped by their ticket's group. */
export function surveyQuery(tenantId: string, p: Period, by: GroupBy, buckets: Bucket[] = [{ day: -1, from: p.from, to: p.to }]) {
  return sql<SurveyRow>`
    with ${bucketsTable(buckets)}
    select k.day, t.${sql.raw(GROUP_COLUMN[by])} as g,
      count(s.csat) as csat_answers,
      sum(case when s.csat >= 4 then 1 else 0 end) as csat_satisfied,
      count(s.nps) as nps_answers,
      sum(case when s.nps >= 9 then 1 else 0 end) as promoters,
      sum(case when s.nps <= 6 then 1 else 0 end) as detractors
    from surveys s join tickets t on t.id = s.ticket_id join buckets k on s.at >= k.b_from and s.at < k.b_to
    where s.tenant_id = ${tenantId} and s.at >= ${p.from} and s.at < ${p.to}
    group by k.day, t.${sql.raw(GROUP_COLUMN[by])}`;
}

export async function runQueries(db: Db, dialect: Dialect, tenantId: string, p: Period, by: GroupBy, buckets?: Bucket[]) {
  const [counts, surveys] = await Promise.all([reportQuery(dialect, tenantId, p, by, buckets).execute(db), surveyQuery(tenantId, p, by, buckets).execute(db)]);
  return { counts: counts.rows, surveys: surveys.rows };
}
