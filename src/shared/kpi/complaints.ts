// Complaints per group: raised in the period, still open (now), by category. A complaint lives on its
// ticket (shared/complaint.ts; one at a time); the server counts the same from the ticket rows
// (server/src/reports/kpi-complaints.ts). Without complaint data (input.complaints absent) the
// report's complaints are null, "not measured", rather than a misleading zero.
import { groupOf, inPeriod, type GroupBy, type GroupKey, type KpiComplaint, type KpiTicket, type Period } from './rows';
import type { Tally } from './tally';

export function countComplaints(complaints: KpiComplaint[], tickets: Map<string, KpiTicket>, p: Period, by: GroupBy, tally: (g: GroupKey) => Tally): void {
  // Every group of the period gets counts (zero when none were raised): the data exists.
  for (const t of tickets.values()) {
    if (inPeriod(t.createdAt, p) || inPeriod(t.solvedAt, p)) tally(groupOf(t, by)).complaints ??= { count: 0, open: 0, byCategory: [] };
  }
  for (const c of complaints) {
    const t = tickets.get(c.ticketId);
    if (!t || !inPeriod(c.at, p)) continue;
    const row = tally(groupOf(t, by));
    const counts = (row.complaints ??= { count: 0, open: 0, byCategory: [] });
    counts.count++;
    if (c.open) counts.open++;
    const same = counts.byCategory.find((x) => x.category === c.category);
    if (same) same.count++;
    else counts.byCategory = [...counts.byCategory, { category: c.category, count: 1 }].sort((a, b) => (a.category < b.category ? -1 : 1));
  }
}
