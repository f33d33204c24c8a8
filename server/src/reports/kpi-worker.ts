// The KPI report's own thread (SQLite only): better-sqlite3 runs a statement synchronously, so a report
// over 100k tickets (~2 s) on the server's thread held every other request back. Here it runs on a
// read-only connection of its own to the same file (WAL: readers never wait for the writer, and see the
// last commit), and answers the thread that asked. Started by kpi-reporter.ts.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Schema } from '../db/schema';
import { kpiReport } from './kpi-report';
import type { ReportJob, WorkerAnswer, WorkerConfig } from './kpi-worker-protocol';

const cfg = workerData as WorkerConfig;
const file = new Database(cfg.file, { readonly: true, fileMustExist: true });
file.pragma('busy_timeout = 5000');
const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: file }) });
// Test seam: block this thread as a long statement would, until the test writes to the FIFO.
const hold = cfg.holdFifo ? () => void readFileSync(cfg.holdFifo!) : undefined;

parentPort!.on('message', (job: ReportJob) => {
  void kpiReport({ db, dialect: 'sqlite', hold }, job.tenantId, job.period, job.groupBy, job.interval).then(
    (answer) => parentPort!.postMessage({ id: job.id, ok: true, answer } satisfies WorkerAnswer),
    // The error's name and code only: a message could quote data.
    (err: Error & { code?: string }) => parentPort!.postMessage({ id: job.id, ok: false, name: err.name, code: err.code ?? null } satisfies WorkerAnswer),
  );
});
