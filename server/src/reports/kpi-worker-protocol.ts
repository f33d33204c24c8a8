// What the server's thread and the KPI worker (kpi-worker.ts) say to each other.
import type { KpiReportResponse } from '../../../src/shared/index';
import type { GroupBy, Period } from '../../../src/shared/kpi/index';

export interface WorkerConfig {
  /** The SQLite database file, opened read-only. */
  file: string;
  /** Test seam (KPI_REPORT_HOLD_FIFO): each report first reads this FIFO, blocking until a test writes to it. */
  holdFifo: string | null;
}

export interface ReportJob {
  id: number;
  tenantId: string;
  period: Period;
  groupBy: GroupBy;
  interval: 'day' | undefined;
}

export type WorkerAnswer = { id: number; ok: true; answer: KpiReportResponse } | { id: number; ok: false; name: string; code: string | null };
