// A KPI report as CSV (RFC 4180): a header row, one row per group, CRLF line ends, '.' decimals, a
// field quoted when it holds a comma, a quote or a line break (quotes doubled). Empty field: null.
import type { KpiRow } from './tally';

export const KPI_CSV_COLUMNS = [
  'group',
  'solved',
  'created',
  'fcrPct',
  'firstResponseMedianSeconds',
  'firstResponseP90Seconds',
  'resolutionMedianSeconds',
  'resolutionP90Seconds',
  'firstResponseSlaPct',
  'resolutionSlaPct',
  'escalationRatePct',
  'reopenRatePct',
  'csatPct',
  'csatAnswers',
  'nps',
  'npsAnswers',
  'complaints',
  'complaintsOpen',
] as const;

function field(v: string | number | null): string {
  if (v === null) return '';
  // String(number) never uses a locale's separators: '.' decimals, no grouping.
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function values(r: KpiRow): (string | number | null)[] {
  const { complaints, ...rest } = r;
  const out: (string | number | null)[] = KPI_CSV_COLUMNS.slice(0, -2).map((c) => rest[c as keyof typeof rest]);
  out.push(complaints?.count ?? null, complaints?.open ?? null);
  return out;
}

export function kpiCsv(rows: KpiRow[]): string {
  const lines = [KPI_CSV_COLUMNS.join(','), ...rows.map((r) => values(r).map(field).join(','))];
  return lines.join('\r\n') + '\r\n';
}

/** A day-by-day series: the same columns after the day's period (from, to), a row per day and group. */
export function kpiSeriesCsv(days: { from: string; to: string; rows: KpiRow[] }[]): string {
  const lines = [['from', 'to', ...KPI_CSV_COLUMNS].join(',')];
  for (const d of days) for (const r of d.rows) lines.push([d.from, d.to, ...values(r)].map(field).join(','));
  return lines.join('\r\n') + '\r\n';
}
