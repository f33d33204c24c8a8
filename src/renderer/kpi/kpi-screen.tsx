// The supervisors' KPI screen (`g k`): a period (today, 7 or 30 days) and a grouping (tier, agent,
// channel); every KPI per group in a table; a chosen KPI's trend by day, drawn and as a table; "Export
// CSV". The report is the server's (GET /reports/kpis through main, which holds the token): it needs the
// connection, and says so when there is none. Keys while the focus is in it: 1/2/3 the period, t/a/c the
// grouping, e export, arrows across the table. Mounted for supervisors only (console-shell.tsx).
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useConsole } from '../app/console-context';
import { useUiStore } from '../app/ui-store';
import { ConsoleApiError } from '../bridge/bridge-error';
import { agentsById } from '../db/queries';
import { useStrings } from '../i18n';
import { KPI_COLUMNS, type KpiRow } from './kpi-columns';
import { PERIODS, periodRange, type PeriodKind } from './kpi-period';
import { useKpiStore, type KpiGroupBy } from './kpi-store';
import { KpiTable } from './kpi-table';
import { saveCsv } from './save-csv';
import { TrendChart } from './trend-chart';
import { useKpiReport } from './use-kpi-report';
import './kpi.css';

const GROUPS: readonly KpiGroupBy[] = ['tier', 'agent', 'channel'];
const PERIOD_KEYS: Record<string, PeriodKind> = { '1': 'today', '2': 'week', '3': 'month' };
const GROUP_KEYS: Record<string, KpiGroupBy> = { t: 'tier', a: 'agent', c: 'channel' };

export function KpiScreen() {
  const t = useStrings();
  const { api, replica } = useConsole();
  const { period, groupBy, trend, focusWanted } = useKpiStore();
  // The period is fixed when it is chosen (not moved on every render): a new choice asks again.
  const range = useMemo(() => periodRange(period, new Date()), [period]);
  const { state, reload } = useKpiReport(api, range, groupBy);
  const agents = useLiveQuery(() => agentsById(replica.db), [replica.db]);
  const [exportError, setExportError] = useState<string | null>(null);
  const root = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!focusWanted) return;
    root.current?.focus();
    useKpiStore.getState().focused();
  }, [focusWanted]);

  const groupName = useCallback(
    (g: KpiRow['group']): string => {
      if (g === null) return t.kpi.group.unassigned;
      if (typeof g === 'number') return t.board.tier(g);
      if (groupBy === 'channel') return t.channel[g as keyof typeof t.channel] ?? g;
      return agents?.get(g)?.name ?? t.kpi.group.unknownAgent;
    },
    [t, groupBy, agents],
  );

  const exportCsv = async () => {
    setExportError(null);
    try {
      const { csv, fileName } = await api.request('reports.kpisCsv', { ...range, groupBy });
      saveCsv(fileName, csv);
      useUiStore.getState().announce(t.kpi.exported(fileName));
    } catch (err) {
      setExportError(errorWords(err));
    }
  };
  const errorWords = (err: unknown): string => {
    const e = err instanceof ConsoleApiError ? err : null;
    if (e?.code === 'offline') return t.kpi.error.offline;
    if (e?.code === 'forbidden') return t.kpi.error.forbidden;
    return t.kpi.error.other(t.reason(e));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey || (e.target as HTMLElement).closest('select, input')) return;
    const p = PERIOD_KEYS[e.key];
    const g = GROUP_KEYS[e.key];
    if (p) useKpiStore.getState().setPeriod(p);
    else if (g) useKpiStore.getState().setGroupBy(g);
    else if (e.key === 'e') void exportCsv();
    else return;
    // These keys are the screen's here, not the console's (t is the ticket's tags elsewhere).
    e.preventDefault();
  };

  const report = state.status === 'ready' ? state.report : null;
  return (
    <section className="kpi" ref={root} tabIndex={-1} aria-labelledby="kpi-title" aria-busy={state.status === 'loading'} onKeyDown={onKeyDown} data-testid="kpi-screen" data-from={range.from} data-to={range.to}>
      <header className="kpi-head">
        <h2 id="kpi-title">{t.kpi.title}</h2>
        {report && <span className="kpi-as-of">{t.kpi.asOf(report.asOf)}</span>}
      </header>
      <p className="kpi-note">{t.kpi.keys}</p>
      <div className="kpi-controls">
        <div role="group" aria-label={t.kpi.period.label}>
          {PERIODS.map((p, i) => (
            <button key={p} type="button" aria-pressed={period === p} aria-keyshortcuts={String(i + 1)} onClick={() => useKpiStore.getState().setPeriod(p)} data-testid={`kpi-period-${p}`}>
              {t.kpi.period[p]}
            </button>
          ))}
        </div>
        <div role="group" aria-label={t.kpi.group.label}>
          {GROUPS.map((g) => (
            <button key={g} type="button" aria-pressed={groupBy === g} aria-keyshortcuts={g[0]} onClick={() => useKpiStore.getState().setGroupBy(g)} data-testid={`kpi-group-${g}`}>
              {t.kpi.group[g]}
            </button>
          ))}
        </div>
        <button type="button" aria-keyshortcuts="e" onClick={() => void exportCsv()} data-testid="kpi-export">
          {t.kpi.export}
        </button>
      </div>
      {exportError && (
        <p role="alert" className="kpi-error">
          {exportError}
        </p>
      )}
      {state.status === 'loading' && (
        <p role="status" className="kpi-note" data-testid="kpi-loading">
          {t.kpi.loading}
        </p>
      )}
      {state.status === 'failed' && (
        <div role="alert" className="kpi-error" data-testid="kpi-error">
          <p>{errorWords(state.error)}</p>
          <button type="button" onClick={reload}>
            {t.kpi.retry}
          </button>
        </div>
      )}
      {report && report.rows.length === 0 && <p className="kpi-note">{t.kpi.empty}</p>}
      {report && report.rows.length > 0 && (
        <>
          <KpiTable t={t} rows={report.rows} groupName={groupName} trend={trend} onTrend={(k) => useKpiStore.getState().setTrend(k)} />
          <label className="kpi-trend-pick">
            {t.kpi.trend.label}{' '}
            <select value={trend} onChange={(e) => useKpiStore.getState().setTrend(e.target.value as typeof trend)} data-testid="kpi-trend-pick">
              {KPI_COLUMNS.map((c) => (
                <option key={c.key} value={c.key}>
                  {t.kpi.col[c.key]}
                </option>
              ))}
            </select>
          </label>
          <TrendChart t={t} kpi={trend} series={report.series ?? []} groups={report.rows} groupName={groupName} />
        </>
      )}
    </section>
  );
}
