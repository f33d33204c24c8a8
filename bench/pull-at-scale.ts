// A tier 1 agent's first sync at a call center's size, against the real server: 100,000 tickets (~1 KB,
// one customer message each) and 20,000 customers generated straight into the database through the
// server's own write path (writeEffects into the seed's memory store, written out in bulk: the same rows
// a push writes), then the first sync pulled page by page while another client asks /healthz and makes
// small pulls. Prints figures, asserts nothing.
// Run: node --import tsx bench/pull-at-scale.ts   (env: TICKETS=100000 CUSTOMERS=20000 DB=sqlite|postgres|both
//      PAGE_TIMEOUT_MS=60000: a page slower than this is reported as such and the run stops)
import { openDatabase } from '../server/src/db/database';
import { generate } from '../tests/support/big-tenant';
import { call, login, type Session } from '../tests/support/api-client';
import { startPostgres } from '../tests/support/postgres';
import { startServer, type ServerHandle } from '../tests/support/server-process';

const TICKETS = Number(process.env.TICKETS ?? 100_000);
const CUSTOMERS = Number(process.env.CUSTOMERS ?? 20_000);
const PAGE_TIMEOUT_MS = Number(process.env.PAGE_TIMEOUT_MS ?? 60_000);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;

/** Another workstation meanwhile: /healthz and a small pull, one after another, timing each. */
function bystander(server: ServerHandle, other: Session, cursor: number) {
  const health: number[] = [];
  const pulls: number[] = [];
  let stop = false;
  let waiting: { what: 'health' | 'pull'; since: number } | null = null;
  const timed = async (what: 'health' | 'pull', into: number[], req: () => Promise<unknown>) => {
    waiting = { what, since: performance.now() };
    await req();
    into.push(performance.now() - waiting.since);
    waiting = null;
  };
  const running = (async () => {
    while (!stop) {
      await timed('health', health, () => fetch(`${server.url}/healthz`).then((r) => r.arrayBuffer()));
      await timed('pull', pulls, () => call(server.url, '/sync/pull', { clientId: other.clientId, cursor, ackedMutationId: 0 }, other.token));
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  return {
    health,
    pulls,
    /** Stops; a request still unanswered counts with the time it has waited so far. */
    end() {
      stop = true;
      const w = waiting as { what: 'health' | 'pull'; since: number } | null;
      if (w) (w.what === 'health' ? health : pulls).push(performance.now() - w.since);
      let late: NodeJS.Timeout | undefined;
      return Promise.race([running, new Promise((r) => (late = setTimeout(r, 100)))]).finally(() => clearTimeout(late));
    },
  };
}

async function run(db: 'sqlite' | 'postgres'): Promise<void> {
  const server = await startServer({ db, demo: true });
  try {
    const took = await generate(server, { tickets: TICKETS, customers: CUSTOMERS });
    console.log(`  generated ${TICKETS} tickets, ${CUSTOMERS} customers in ${took.toFixed(1)} s`);
    const anna = await login(server.url, 'agent1@demo.local');
    const sup = await login(server.url, 'supervisor@demo.local');
    const opened = openDatabase({ dataDir: server.dataDir, databaseUrl: server.databaseUrl ?? null });
    const { version } = await opened.db.selectFrom('tenants').select('version').executeTakeFirstOrThrow();
    await opened.db.destroy();
    const other = bystander(server, sup, version);
    const pages: { ms: number; rows: number }[] = [];
    let firstTotal: number | undefined;
    let cursor: number | null = null;
    let snapshot: string | undefined;
    const started = performance.now();
    let stoppedEarly = false;
    for (;;) {
      const t = performance.now();
      const body = { clientId: anna.clientId, cursor, ackedMutationId: 0, ...(snapshot ? { snapshot } : {}) };
      // The give-up timer is cleared with the answer: left running, the last page's kept the process
      // alive for PAGE_TIMEOUT_MS after the figures were printed.
      let giveUp: NodeJS.Timeout | undefined;
      const res = await Promise.race([
        call<Record<string, unknown>>(server.url, '/sync/pull', body, anna.token),
        new Promise<null>((r) => (giveUp = setTimeout(() => r(null), PAGE_TIMEOUT_MS))),
      ]).finally(() => clearTimeout(giveUp));
      if (!res) {
        console.log(`  page ${pages.length + 1} took over ${PAGE_TIMEOUT_MS} ms: stopped`);
        stoppedEarly = true;
        break;
      }
      const r = res.body as { changes: unknown[]; cursor: number; more: boolean; snapshot?: string; total?: number; remaining?: number };
      pages.push({ ms: performance.now() - t, rows: r.changes.length });
      firstTotal ??= r.total ?? (r.remaining !== undefined ? r.changes.length + r.remaining : undefined);
      cursor = r.cursor;
      snapshot = r.snapshot;
      if (!r.more) break;
    }
    const seconds = (performance.now() - started) / 1000;
    await other.end();
    const rows = pages.reduce((n, p) => n + p.rows, 0);
    const ms = pages.map((p) => p.ms);
    console.log(`${db}: tier 1 first sync ${stoppedEarly ? 'NOT finished' : 'finished'}: ${pages.length} pages, ${rows} rows in ${seconds.toFixed(1)} s = ${Math.round(rows / seconds)} rows/s; total announced by the first answer: ${firstTotal ?? 'none'}`);
    console.log(`  page ms: p50 ${pct(ms, 50).toFixed(0)}, p95 ${pct(ms, 95).toFixed(0)}, longest ${Math.max(...ms).toFixed(0)}; first page ${ms[0]?.toFixed(0)} ms`);
    for (const [name, xs] of [['/healthz', other.health], ['small pull', other.pulls]] as const) {
      console.log(`  meanwhile ${name}: ${xs.length} requests, p50 ${pct(xs, 50).toFixed(1)} ms, p99 ${pct(xs, 99).toFixed(1)} ms, longest ${Math.max(...xs).toFixed(1)} ms`);
    }
  } finally {
    await server.stop();
  }
}

async function main() {
  const which = process.env.DB ?? 'both';
  if (which !== 'postgres') await run('sqlite');
  if (which !== 'sqlite') {
    const pg = await startPostgres();
    process.env.CONSOLE_TEST_PG_URL = pg.url;
    try {
      await run('postgres');
    } finally {
      pg.stop();
    }
  }
}

if (!process.env.PULL_BENCH_NO_MAIN) void main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
