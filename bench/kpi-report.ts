// The KPI report (GET /reports/kpis) over a call center's month, on SQLite and PostgreSQL: 100,000
// tickets generated through the server's write path (tests/support/big-tenant.ts), then, written
// straight into the tables, what the KPIs read besides: a reply on 60% of them (a second on 15%), an
// escalation on 10%, a reopen on 5%, a survey answer on 20%. Times each groupBy over the whole month
// (median of RUNS requests, after one warm-up) and prints the EXPLAIN of the main aggregate, to show
// every table is read once (grouped joins, no correlated subquery per row), and the latency of /healthz
// called by another client while each report runs. Prints figures, asserts nothing.
// Run: node --import tsx bench/kpi-report.ts   (env: TICKETS=100000 RUNS=5 DB=sqlite|postgres|both HEALTH_EVERY_MS=20)
import { uuidv7 } from '../src/shared/index';
import { GROUP_BYS } from '../src/shared/kpi/index';
import { openDatabase, type OpenedDb } from '../server/src/db/database';
import { reportQuery } from '../server/src/reports/kpi-queries';
import { login } from '../tests/support/api-client';
import { generate } from '../tests/support/big-tenant';
import { startPostgres } from '../tests/support/postgres';
import { startServer } from '../tests/support/server-process';

const TICKETS = Number(process.env.TICKETS ?? 100_000);
const RUNS = Number(process.env.RUNS ?? 5);
const CHUNK = 500;
/** Pause between the concurrent client's /healthz requests (HEALTH_EVERY_MS). */
const HEALTH_EVERY_MS = Number(process.env.HEALTH_EVERY_MS ?? 20);

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

async function insertChunks<R>(opened: OpenedDb, table: 'messages' | 'escalations' | 'ticket_reopens' | 'surveys', rows: R[]) {
  for (let i = 0; i < rows.length; i += CHUNK) await opened.db.insertInto(table).values(rows.slice(i, i + CHUNK) as never).execute();
}

/** The thread rows the KPIs read, for the generated tickets (seeded: every run the same). */
async function addKpiRows(opened: OpenedDb) {
  const r = rng(11);
  const tickets = await opened.db.selectFrom('tickets').select(['id', 'tenant_id', 'tier', 'channel', 'created_at', 'solved_at', 'updated_at']).execute();
  const later = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();
  const messages = [];
  const escalations = [];
  const reopens = [];
  const surveys = [];
  const author = uuidv7();
  for (const t of tickets) {
    const base = { tenant_id: t.tenant_id, ticket_id: t.id };
    if (r() < 0.6) messages.push({ ...base, id: uuidv7(), kind: 'reply', author_id: author, author_name: 'Agent', channel: t.channel, body: 'Try this', created_at: later(t.created_at, 1 + Math.floor(r() * 600)), version: 1 });
    if (r() < 0.15) messages.push({ ...base, id: uuidv7(), kind: 'reply', author_id: author, author_name: 'Agent', channel: t.channel, body: 'And this', created_at: later(t.created_at, 700), version: 1 });
    if (t.tier > 1 && r() < 0.25) escalations.push({ ...base, id: uuidv7(), kind: 'escalate', from_tier: t.tier - 1, to_tier: t.tier, reason: 'specialist', summary: 'tried the usual', by_agent_id: author, created_at: later(t.created_at, 5), version: 1 });
    if (t.solved_at && r() < 0.05) reopens.push({ ...base, from_status: 'solved', to_status: 'open', at: later(t.created_at, 30) });
    if (r() < 0.2) surveys.push({ ...base, id: uuidv7(), csat: r() < 0.9 ? 1 + Math.floor(r() * 5) : null, nps: r() < 0.7 ? Math.floor(r() * 11) : null, comment: null, source: 'inbound', at: t.updated_at });
  }
  await insertChunks(opened, 'messages', messages);
  await insertChunks(opened, 'escalations', escalations);
  await insertChunks(opened, 'ticket_reopens', reopens);
  await insertChunks(opened, 'surveys', surveys);
  // Fresh statistics, as autovacuum (PostgreSQL) or a periodic ANALYZE (SQLite) would have them (the
  // bench has no kysely of its own: a compiled statement with its text swapped).
  const any = reportQuery(opened.dialect, '', { from: '', to: '', asOf: '' }, 'tier').compile(opened.db);
  await opened.db.executeQuery({ ...any, sql: 'analyze', parameters: [] });
  return { tickets: tickets.length, messages: messages.length, escalations: escalations.length, reopens: reopens.length, surveys: surveys.length };
}

async function run(db: 'sqlite' | 'postgres') {
  const server = await startServer({ db, demo: true });
  try {
    const seconds = await generate(server, { tickets: TICKETS, customers: Math.ceil(TICKETS / 5) });
    const opened = openDatabase({ dataDir: server.dataDir, databaseUrl: server.databaseUrl ?? null });
    const rows = await addKpiRows(opened);
    console.log(`${db}: ${TICKETS} tickets generated in ${seconds.toFixed(1)} s; rows in the tenant: ${JSON.stringify(rows)}`);
    const sup = await login(server.url, 'supervisor@demo.local');
    const to = new Date(Date.now() + 86_400_000).toISOString();
    const from = new Date(Date.now() - 31 * 86_400_000).toISOString();
    // While each report runs, another client calls /healthz one request after another: its latency is
    // what a report costs everyone else (on SQLite the report runs in its own worker thread).
    const concurrent = async (running: Promise<unknown>) => {
      const ms: number[] = [];
      let done = false;
      void running.finally(() => (done = true));
      while (!done) {
        const t0 = performance.now();
        await fetch(`${server.url}/healthz`);
        ms.push(performance.now() - t0);
        // A steady client, not a flood: back to back it would take a core of the two from the report.
        await new Promise((r) => setTimeout(r, HEALTH_EVERY_MS));
      }
      return ms;
    };
    const cases = [...GROUP_BYS.map((groupBy) => ({ groupBy, interval: null as string | null })), { groupBy: 'tier', interval: 'day' }];
    for (const { groupBy, interval } of cases) {
      const ms: number[] = [];
      const health: number[] = [];
      let groups = 0;
      for (let i = 0; i <= RUNS; i++) {
        const started = performance.now();
        const query = new URLSearchParams({ from, to, groupBy, ...(interval ? { interval } : {}) }).toString();
        const running = fetch(`${server.url}/api/v1/reports/kpis?${query}`, { headers: { authorization: `Bearer ${sup.token}` } }).then(async (res) => {
          const body = (await res.json()) as { rows: { solved: number }[] };
          if (res.status !== 200) throw new Error(`report ${res.status}: ${JSON.stringify(body)}`);
          return body;
        });
        const latencies = await concurrent(running);
        const body = await running;
        if (i > 0) {
          ms.push(performance.now() - started);
          health.push(...latencies);
        }
        groups = body.rows.length;
      }
      ms.sort((a, b) => a - b);
      health.sort((a, b) => a - b);
      const q = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!.toFixed(1);
      console.log(
        `  groupBy=${groupBy}${interval ? `&interval=${interval}` : ''}: ${groups} groups, median ${ms[Math.floor((ms.length - 1) / 2)]!.toFixed(0)} ms, slowest ${ms.at(-1)!.toFixed(0)} ms (${RUNS} runs); ` +
          `/healthz meanwhile: ${health.length} answered, p50 ${q(health, 50)} ms, p99 ${q(health, 99)} ms, longest ${health.at(-1)!.toFixed(1)} ms`,
      );
    }
    const tenant = await opened.db.selectFrom('tenants').select('id').executeTakeFirstOrThrow();
    const q = reportQuery(opened.dialect, tenant.id, { from, to, asOf: new Date().toISOString() }, 'agent').compile(opened.db);
    const explain = db === 'postgres' ? 'explain (analyze, costs off, timing off, summary on)' : 'explain query plan';
    const plan = await opened.db.executeQuery<Record<string, unknown>>({ ...q, sql: `${explain} ${q.sql}` });
    console.log(`  EXPLAIN of the main statement (groupBy=agent):`);
    for (const line of plan.rows) console.log(`    ${db === 'postgres' ? String(line['QUERY PLAN']) : `${String(line.id)}<${String(line.parent)} ${String(line.detail)}`}`);
    await opened.db.destroy();
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

void main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
