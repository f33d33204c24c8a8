// A supervisor's KPI reports, fetched by main with the session token (the renderer never holds it). The
// server decides who may read them (403 → 'forbidden'); a 401 ends the session as a sync request's does.
import type { KpiReportRequest } from '../../shared/api';
import type { KpiReportResponse } from '../../shared/sync-protocol';
import { BackendError, type BackendClient } from './backend-client';

export interface ReportsService {
  kpis(q: KpiReportRequest): Promise<KpiReportResponse>;
  kpisCsv(q: KpiReportRequest, maxChars: number): Promise<string>;
}

export function createReportsService(deps: { backend: BackendClient; onUnauthorized(): Promise<void> }): ReportsService {
  const guarded = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (err) {
      if (err instanceof BackendError && err.kind === 'unauthorized') await deps.onUnauthorized();
      throw err;
    }
  };
  return {
    kpis: (q) => guarded(() => deps.backend.kpis(q)),
    kpisCsv: (q, maxChars) => guarded(() => deps.backend.kpisCsv(q, maxChars)),
  };
}
