// The KPI screen's columns: every KPI of a report row, in the order the README defines them, with the
// kind of number each is (how it is formatted and charted).
import type { KpiReportResponse } from '../../shared/sync-protocol';

export type KpiRow = KpiReportResponse['rows'][number];
export type KpiKind = 'pct' | 'seconds' | 'nps' | 'complaints';

export const KPI_COLUMNS = [
  { key: 'fcrPct', kind: 'pct' },
  { key: 'firstResponseMedian', kind: 'seconds' },
  { key: 'firstResponseP90', kind: 'seconds' },
  { key: 'resolutionMedian', kind: 'seconds' },
  { key: 'resolutionP90', kind: 'seconds' },
  { key: 'firstResponseSlaPct', kind: 'pct' },
  { key: 'resolutionSlaPct', kind: 'pct' },
  { key: 'escalationRatePct', kind: 'pct' },
  { key: 'reopenRatePct', kind: 'pct' },
  { key: 'csatPct', kind: 'pct' },
  { key: 'nps', kind: 'nps' },
  { key: 'complaints', kind: 'complaints' },
] as const satisfies readonly { key: string; kind: KpiKind }[];

export type KpiKey = (typeof KPI_COLUMNS)[number]['key'];

/** A KPI's number in a row (complaints: their count); null where nothing was measured. */
export function kpiValue(row: KpiRow, key: KpiKey): number | null {
  switch (key) {
    case 'firstResponseMedian':
      return row.firstResponseMedianSeconds;
    case 'firstResponseP90':
      return row.firstResponseP90Seconds;
    case 'resolutionMedian':
      return row.resolutionMedianSeconds;
    case 'resolutionP90':
      return row.resolutionP90Seconds;
    case 'complaints':
      return row.complaints?.count ?? null;
    default:
      return row[key];
  }
}
