// The KPI report's complaints, in SQL on SQLite and PostgreSQL: complaints raised in each bucket of the
// period, per group of their ticket and category, with how many are still open. A complaint lives on
// its ticket's row (migration 0010), so this reads tickets by (tenant_id, complaint_raised_at): the
// period filter is that index's range, never a scan of the tenant's tickets. The rule is the shared
// module's (src/shared/kpi/complaints.ts): counted in the period it was raised in; every group with
// tickets in the period gets counts, zero when none was raised.
import { sql } from 'kysely';
import type { GroupBy, GroupKey, Period, Tally } from '../../../src/shared/kpi/index';
import type { Db } from '../db/database';
import type { Bucket } from './kpi-queries';

/** Trusted column expressions only (the same as kpi-queries.ts): the group never comes from the request as text. */
const GROUP_COLUMN: Record<GroupBy, string> = { tier: 'tier', agent: 'assignee_id', channel: 'channel' };

export interface ComplaintRow {
  day: number;
  g: GroupKey;
  category: string;
  n: number;
  open: number;
}

export function complaintQuery(tenantId: string, p: Period, by: GroupBy, buckets: Bucket[]) {
  const g = sql.raw(`t.${GROUP_COLUMN[by]}`);
  return sql<ComplaintRow>`
    with buckets (day, b_from, b_to) as (values ${sql.join(buckets.map((b) => sql`(${sql.lit(b.day)}, cast(${b.from} as text), cast(${b.to} as text))`))})
    select k.day, ${g} as g, t.complaint_category as category, count(*) as n,
      sum(case when t.complaint_state = 'open' then 1 else 0 end) as open
    from tickets t join buckets k on t.complaint_raised_at >= k.b_from and t.complaint_raised_at < k.b_to
    where t.tenant_id = ${tenantId} and t.complaint_raised_at >= ${p.from} and t.complaint_raised_at < ${p.to}
    group by k.day, ${g}, t.complaint_category`;
}

/**
 * Puts the complaints into the report's tallies: zero counts for every group of a bucket (the groups of
 * its counted tickets), then the rows of the query, categories in alphabetical order as the module has them.
 */
export async function addComplaints(
  db: Db,
  tenantId: string,
  p: Period,
  by: GroupBy,
  buckets: Bucket[],
  groups: readonly { day: number | string; g: GroupKey }[],
  tally: (day: number, g: GroupKey) => Tally,
): Promise<void> {
  const zero = () => ({ count: 0, open: 0, byCategory: [] as { category: string; count: number }[] });
  for (const r of groups) tally(Number(r.day), r.g).complaints ??= zero();
  const { rows } = await complaintQuery(tenantId, p, by, buckets).execute(db);
  for (const r of rows) {
    const counts = (tally(Number(r.day), r.g).complaints ??= zero());
    counts.count += Number(r.n);
    counts.open += Number(r.open);
    counts.byCategory = [...counts.byCategory, { category: r.category, count: Number(r.n) }].sort((a, b) => (a.category < b.category ? -1 : 1));
  }
}
