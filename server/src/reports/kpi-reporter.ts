// Runs KPI reports without holding up other requests. PostgreSQL's queries are asynchronous: they run
// here. SQLite's are synchronous (better-sqlite3): they run in one worker thread with its own read-only
// connection (kpi-worker.ts), started at the first report, one report at a time; at most
// MAX_WAITING_REPORTS wait behind it, more are refused at once (503 reports_busy) rather than queued
// without bound.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { reason, type KpiReportResponse } from '../../../src/shared/index';
import type { GroupBy, Period } from '../../../src/shared/kpi/index';
import type { OpenedDb } from '../db/database';
import { HttpError } from '../sync/errors';
import { kpiReport } from './kpi-report';
import type { ReportJob, WorkerAnswer, WorkerConfig } from './kpi-worker-protocol';

export const MAX_WAITING_REPORTS = 4;

export interface KpiReporter {
  run(tenantId: string, p: Period, by: GroupBy, interval: 'day' | undefined): Promise<KpiReportResponse>;
  close(): Promise<void>;
}

export interface ReporterOptions {
  /** The SQLite file (SQLite only). */
  sqliteFile: string | null;
  /** Test seam: a FIFO each report reads before it counts (KPI_REPORT_HOLD_FIFO). */
  holdFifo: string | null;
}

export function createKpiReporter(opened: OpenedDb, opts: ReporterOptions): KpiReporter {
  if (opened.dialect === 'postgres' || !opts.sqliteFile) {
    const hold = opts.holdFifo ? async () => void (await readFile(opts.holdFifo!)) : undefined;
    return { run: (tenantId, p, by, interval) => kpiReport({ db: opened.db, dialect: opened.dialect, hold }, tenantId, p, by, interval), close: async () => undefined };
  }
  return workerReporter({ file: opts.sqliteFile, holdFifo: opts.holdFifo });
}

function workerReporter(cfg: WorkerConfig): KpiReporter {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { ok(a: KpiReportResponse): void; fail(e: Error): void }>();
  const failAll = () => {
    for (const p of pending.values()) p.fail(new HttpError(503, 'unavailable', reason('server_failed')));
    pending.clear();
    worker = null;
  };
  const start = () => {
    // The server runs under tsx: the worker loads it the same way (a worker does not inherit its loader).
    const entry = join(__dirname, 'kpi-worker.ts');
    const w = new Worker(`require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(entry)});`, { eval: true, workerData: cfg });
    w.unref(); // an idle worker never keeps the process alive
    w.on('message', (m: WorkerAnswer) => {
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (!p) return;
      if (m.ok) p.ok(m.answer);
      else p.fail(Object.assign(new Error('report failed'), { name: m.name, code: m.code ?? undefined }));
    });
    // A crashed worker fails what it held; the next report starts a new one.
    w.on('error', failAll);
    w.on('exit', () => {
      if (worker === w) failAll();
    });
    return w;
  };
  return {
    run(tenantId, period, groupBy, interval) {
      if (pending.size > MAX_WAITING_REPORTS) return Promise.reject(new HttpError(503, 'busy', reason('reports_busy')));
      worker ??= start();
      const id = nextId++;
      const job: ReportJob = { id, tenantId, period, groupBy, interval };
      return new Promise((ok, fail) => {
        pending.set(id, { ok, fail });
        worker!.postMessage(job);
      });
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
