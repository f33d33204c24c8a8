// One KPI's trend by day, a line per group (uPlot, on a canvas), and the numbers behind it as a table
// for screen readers and keyboards (the canvas itself is hidden from them). Groups beyond MAX_LINES are
// left out of the drawing (the busiest are drawn) but never out of the table.
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { KpiReportResponse } from '../../shared/sync-protocol';
import type { Strings } from '../i18n';
import { KPI_COLUMNS, kpiValue, type KpiKey, type KpiRow } from './kpi-columns';
import { kpiFigure } from './kpi-table';

const MAX_LINES = 6;
/** Distinguishable on the console's light background, and not by colour alone: each line has its own dash. */
const STROKES = ['#1f5fbf', '#b3470f', '#2e7d32', '#7b1fa2', '#00838f', '#6d4c41'];
const DASHES = [[], [8, 4], [2, 3], [12, 4, 2, 4], [4, 4], [1, 6]];

type Series = NonNullable<KpiReportResponse['series']>;

export interface TrendProps {
  t: Strings;
  kpi: KpiKey;
  series: Series;
  groups: KpiRow[];
  groupName(group: KpiRow['group']): string;
}

const rowOf = (day: Series[number], g: KpiRow['group']) => day.rows.find((r) => r.group === g);
/** The groups a chart draws: those with the most tickets in the period. */
const busiest = (groups: KpiRow[]) => [...groups].sort((a, b) => b.created + b.solved - (a.created + a.solved)).slice(0, MAX_LINES);

/** Whether this page can draw on a canvas (happy-dom and some locked-down renderers cannot). */
const canDraw = () => typeof document !== 'undefined' && !!document.createElement('canvas').getContext?.('2d');

export function TrendChart({ t, kpi, series, groups, groupName }: TrendProps) {
  const box = useRef<HTMLDivElement>(null);
  const col = KPI_COLUMNS.find((c) => c.key === kpi)!;
  const kind = col.kind;
  const drawn = busiest(groups);
  const drawable = canDraw();

  useEffect(() => {
    const el = box.current;
    if (!el || !drawable) return;
    const lines = busiest(groups);
    const xs = series.map((d) => Date.parse(d.from) / 1000);
    const ys = lines.map((g) => series.map((d) => {
      const row = rowOf(d, g.group);
      return row ? kpiValue(row, kpi) : null;
    }));
    const plot = new uPlot(
      {
        width: Math.max(320, el.clientWidth || 640),
        height: 220,
        series: [{}, ...lines.map((g, i) => ({ label: groupName(g.group), stroke: STROKES[i % STROKES.length], dash: DASHES[i % DASHES.length], width: 2, spanGaps: false }))],
        axes: [{}, { values: (_u: uPlot, ticks: number[]) => ticks.map((v) => t.kpi.figure(kind, v, t.format.duration)) }],
        legend: { show: true },
        cursor: { show: true },
      },
      [xs, ...ys],
      el,
    );
    return () => plot.destroy();
  }, [series, groups, kpi, kind, t, drawable, groupName]);

  const title = t.kpi.trend.title(t.kpi.col[kpi]);
  return (
    <figure className="kpi-trend" data-testid="kpi-trend" aria-label={title}>
      <figcaption>{title}</figcaption>
      {drawable ? <div ref={box} className="kpi-chart" aria-hidden="true" /> : <p className="kpi-note">{t.kpi.trend.noChart}</p>}
      {groups.length > drawn.length && <p className="kpi-note">{t.kpi.trend.some(drawn.length, groups.length)}</p>}
      <details className="kpi-numbers">
        <summary>{t.kpi.trend.numbers}</summary>
        <table className="kpi-table" data-testid="kpi-trend-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t.kpi.trend.day}</th>
              {groups.map((g) => (
                <th scope="col" key={String(g.group)}>
                  {groupName(g.group)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {series.map((d) => (
              <tr key={d.from}>
                <th scope="row">{t.kpi.day(d.from)}</th>
                {groups.map((g) => {
                  const row = rowOf(d, g.group);
                  return <td key={String(g.group)}>{row ? kpiFigure(t, row, col) : t.kpi.notMeasured}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
