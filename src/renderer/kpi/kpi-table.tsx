// Every KPI per group as a table: a row per group, a column per KPI, each figure in the console's
// locale or "not measured". The arrows move across the figures as on the wallboard (grid-keys.ts);
// a column's header chooses the trend drawn below.
import type { Strings } from '../i18n';
import { onGridKey } from '../board/grid-keys';
import { KPI_COLUMNS, kpiValue, type KpiKey, type KpiRow } from './kpi-columns';

export interface KpiTableProps {
  t: Strings;
  rows: KpiRow[];
  groupName(group: KpiRow['group']): string;
  trend: KpiKey;
  onTrend(key: KpiKey): void;
}

export function kpiFigure(t: Strings, row: KpiRow, col: (typeof KPI_COLUMNS)[number]): string {
  if (col.kind === 'complaints') return row.complaints ? t.kpi.complaints(row.complaints.count, row.complaints.open) : t.kpi.notMeasured;
  return t.kpi.figure(col.kind, kpiValue(row, col.key), t.format.duration);
}

export function KpiTable({ t, rows, groupName, trend, onTrend }: KpiTableProps) {
  return (
    <div className="kpi-scroll">
      <table className="kpi-table" onKeyDown={onGridKey} data-testid="kpi-table">
        <caption className="visually-hidden">{t.kpi.title}</caption>
        <thead>
          <tr>
            <th scope="col">{t.kpi.col['group']}</th>
            {KPI_COLUMNS.map((c) => (
              <th scope="col" key={c.key}>
                <button type="button" className="kpi-col" aria-pressed={trend === c.key} onClick={() => onTrend(c.key)} data-testid={`kpi-col-${c.key}`}>
                  {t.kpi.col[c.key]}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={String(row.group)} data-testid="kpi-row" data-group={String(row.group)}>
              <th scope="row">{groupName(row.group)}</th>
              {KPI_COLUMNS.map((c, i) => (
                <td key={c.key} data-cell={`${r},${i}`} tabIndex={r === 0 && i === 0 ? 0 : -1} data-kpi={c.key} data-null={kpiValue(row, c.key) === null}>
                  {kpiFigure(t, row, c)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
