// The KPI screen's periods in the console's local days: today, the last 7 days and the last 30 days,
// each from a local midnight to the next local midnight after now. The server's series steps 24 hours
// from `from`, so its days are the console's days (a day with a DST change is an hour off at its end).
export const PERIODS = ['today', 'week', 'month'] as const;
export type PeriodKind = (typeof PERIODS)[number];
const DAYS: Record<PeriodKind, number> = { today: 1, week: 7, month: 30 };

export function periodRange(kind: PeriodKind, now: Date): { from: string; to: string } {
  const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  const from = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1 - DAYS[kind]);
  return { from: from.toISOString(), to: tomorrow.toISOString() };
}
