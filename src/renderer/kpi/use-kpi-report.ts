// The KPI report of a period and grouping, asked of main (which holds the token and asks the server):
// loading, the report, or the failure as the bridge classed it. A later request wins over an earlier one.
import { useCallback, useEffect, useState } from 'react';
import type { ConsoleApi } from '../../shared/api';
import type { KpiReportResponse } from '../../shared/sync-protocol';
import { ConsoleApiError } from '../bridge/bridge-error';
import type { KpiGroupBy } from './kpi-store';

export type KpiReportState = { status: 'loading' } | { status: 'ready'; report: KpiReportResponse } | { status: 'failed'; error: ConsoleApiError };

export function useKpiReport(api: ConsoleApi, range: { from: string; to: string }, groupBy: KpiGroupBy): { state: KpiReportState; reload(): void } {
  const [state, setState] = useState<KpiReportState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const { from, to } = range;
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    api.request('reports.kpis', { from, to, groupBy, interval: 'day' }).then(
      (report) => current && setState({ status: 'ready', report }),
      (err: unknown) => current && setState({ status: 'failed', error: err instanceof ConsoleApiError ? err : new ConsoleApiError('internal', { reason: 'console_failed', params: {} }) }),
    );
    return () => {
      current = false;
    };
  }, [api, from, to, groupBy, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}
