// A tier 1 agent's first sync at a call center's size, against the real server: 100,000 tickets (~1 KB,
// one customer message each) and 20,000 customers generated straight into the database through the
// server's own write path (writeEffects into the seed's memory store, written out in bulk: the same rows
// a push writes), then the first sync pulled page by page while another client asks /healthz and makes
// small pulls. Prints figures, asserts nothing.
// Run: node --import tsx bench/pull-at-scale.ts   (env: TICKETS=100000 CUSTOMERS=20000 DB=sqlite|postgres|both
//      PAGE_TIMEOUT_MS=60000: a page slower than this is reported as such and the run stops)
import type { Customer, Effects, Message, Ticket } from '../src/shared/index';
import { uuidv7 } from '../src/shared/index';
import { openDatabase } from '../server/src/db/database';
import { MemoryStore } from '../server/src/seed/memory-store';
import { writeEffects, type ServerWriteContext } from '../server/src/sync/write-effects';
import { call, login, type Session } from '../tests/support/api-client';
import { startPostgres } from '../tests/support/postgres';
import { startServer, type ServerHandle } from '../tests/support/server-process';

const TICKETS = Number(process.env.TICKETS ?? 100_000);
const CUSTOMERS = Number(process.env.CUSTOMERS ?? 20_000);
const PAGE_TIMEOUT_MS = Number(process.env.PAGE_TIMEOUT_MS ?? 60_000);
const DAY = 86_400_000;

/** A seeded generator, so every run writes the same organisation. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

export async function generate(server: Pick<ServerHandle, "dataDir" | "databaseUrl">): Promise<void> {
  const opened = openDatabase({ dataDir: server.dataDir, databaseUrl: server.databaseUrl ?? null });
  const started = performance.now();
  try {
    const tenant = await opened.db.selectFrom('tenants').selectAll().executeTakeFirstOrThrow();
    const agents = await opened.db.selectFrom('agents').selectAll().where('tenant_id', '=', tenant.id).where('role', '=', 'agent').execute();
    const r = rng(8);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
    const now = Date.now();
    const iso = (ms: number) => new Date(ms).toISOString();
    const filler = 'The customer describes the problem in detail, with what they tried and when it happens. '.repeat(10);
    await opened.db.transaction().execute(async (tx) => {
      const store = new MemoryStore();
      let number = tenant.next_ticket_number;
      let version = tenant.version + 1;
      const ctx = (): ServerWriteContext => ({ tx, tenantId: tenant.id, version, clientId: null, actor: null, now: iso(now), nextTicketNumber: () => number++, store });
      const customers: Customer[] = Array.from({ length: CUSTOMERS }, (_, i) => ({
        id: uuidv7(),
        name: `Customer ${i}`,
        email: `customer${i}@example.com`,
        phone: null,
        language: pick(['en', 'en', 'hu', 'lv'] as const),
        preferredChannel: pick(['phone', 'email', 'chat', 'social', 'web'] as const),
        vip: r() < 0.05,
        notes: '',
        createdAt: iso(now - 400 * DAY),
        updatedAt: iso(now - 400 * DAY),
        version,
      }));
      // All the cards in one commit, as an import would write them (the case that made pages slow).
      await writeEffects(ctx(), { customers, tickets: [], messages: [], escalations: [], agents: [], overwrites: [] } satisfies Effects, undefined);
      for (let i = 0; i < TICKETS; i++) {
        if (i % 100 === 0) version += 1;
        const tier = (r() < 0.6 ? 1 : r() < 0.75 ? 2 : 3) as 1 | 2 | 3;
        const status = pick(['new', 'open', 'open', 'open', 'pending', 'on_hold', 'solved', 'closed', 'closed'] as const);
        const created = now - Math.floor(r() * 25 * DAY);
        const crew = agents.filter((a) => a.tier === tier);
        const assignee = status !== 'new' && r() < 0.5 && crew.length ? pick(crew).id : null;
        const t: Ticket = {
          id: uuidv7(),
          number: null,
          subject: `Problem report ${i}: the service drops in the evening`,
          channel: pick(['phone', 'email', 'chat', 'social', 'web'] as const),
          priority: pick(['low', 'normal', 'normal', 'high', 'urgent'] as const),
          status,
          tier,
          assigneeId: assignee,
          customerId: customers[Math.floor(r() * customers.length)]!.id,
          tags: [],
          firstResponseDueAt: iso(created + DAY),
          resolutionDueAt: iso(created + 5 * DAY),
          createdAt: iso(created),
          updatedAt: iso(created + 3_600_000),
          firstResponseAt: null,
          solvedAt: status === 'solved' || status === 'closed' ? iso(created + 3_600_000) : null,
          engineeringLink: null,
          customerUnverified: false,
          version,
          statusVersion: version,
          assigneeVersion: version,
          tierVersion: version,
        };
        const m: Message = { id: uuidv7(), ticketId: t.id, kind: 'customer', authorId: t.customerId, authorName: 'Customer', channel: t.channel, body: filler.slice(0, 700 + Math.floor(r() * 300)), createdAt: iso(created), version };
        await writeEffects(ctx(), { customers: [], tickets: [t], messages: [m], escalations: [], agents: [], overwrites: [] }, undefined);
      }
      await store.flush(tx);
      await tx.updateTable('tenants').set({ version, next_ticket_number: number }).where('id', '=', tenant.id).execute();
    });
    // PostgreSQL plans by statistics; autovacuum gathers them soon after a bulk load, here at once.
    await opened.pgPool?.query('analyze');
  } finally {
    await opened.db.destroy();
  }
  console.log(`  generated ${TICKETS} tickets, ${CUSTOMERS} customers in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

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
      return Promise.race([running, new Promise((r) => setTimeout(r, 100))]);
    },
  };
}

async function run(db: 'sqlite' | 'postgres'): Promise<void> {
  const server = await startServer({ db, demo: true });
  try {
    await generate(server);
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
      const res = await Promise.race([call<Record<string, unknown>>(server.url, '/sync/pull', body, anna.token), new Promise<null>((r) => setTimeout(() => r(null), PAGE_TIMEOUT_MS))]);
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
