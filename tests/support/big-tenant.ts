// A call center's organisation written straight into a server's database through the server's own write
// path (writeEffects into the seed's memory store, flushed in bulk: the same rows a push writes), for
// benchmarks and scale tests. Seeded, so every run writes the same organisation.
// The server may be running meanwhile: on SQLite this is a second connection to its WAL database, on
// PostgreSQL a second client; the server reads the tenant's version from the database on every pull.
import type { Customer, Message, Ticket } from '../../src/shared/index';
import { uuidv7 } from '../../src/shared/index';
import { openDatabase } from '../../server/src/db/database';
import { MemoryStore } from '../../server/src/seed/memory-store';
import { writeEffects, type ServerWriteContext } from '../../server/src/sync/write-effects';
import type { ServerHandle } from './server-process';

export interface BigTenant {
  tickets: number;
  customers: number;
  /** Every ticket in this tier; by default 60% tier 1, the rest tiers 2 and 3. */
  tier?: 1 | 2 | 3;
  seed?: number;
}

const DAY = 86_400_000;
const FILLER = 'The customer describes the problem in detail, with what they tried and when it happens. '.repeat(10);

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

const none = { customers: [], tickets: [], messages: [], escalations: [], agents: [], overwrites: [] };

/** Writes the organisation into the server's (demo) tenant; resolves with the seconds it took. */
export async function generate(
  server: Pick<ServerHandle, 'dataDir' | 'databaseUrl'>,
  opts: BigTenant,
): Promise<number> {
  const opened = openDatabase({ dataDir: server.dataDir, databaseUrl: server.databaseUrl ?? null });
  const started = performance.now();
  try {
    const tenant = await opened.db.selectFrom('tenants').selectAll().executeTakeFirstOrThrow();
    const agents = await opened.db
      .selectFrom('agents')
      .selectAll()
      .where('tenant_id', '=', tenant.id)
      .where('role', '=', 'agent')
      .execute();
    const r = rng(opts.seed ?? 8);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
    const now = Date.now();
    const iso = (ms: number) => new Date(ms).toISOString();
    await opened.db.transaction().execute(async (tx) => {
      const store = new MemoryStore();
      let number = tenant.next_ticket_number;
      let version = tenant.version + 1;
      const ctx = (): ServerWriteContext => ({
        tx,
        tenantId: tenant.id,
        version,
        clientId: null,
        actor: null,
        now: iso(now),
        nextTicketNumber: () => number++,
        store,
      });
      const customers: Customer[] = Array.from({ length: opts.customers }, (_, i) => ({
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
      // All the cards in one commit, as an import would write them (the case that once made pages slow).
      await writeEffects(ctx(), { ...none, customers }, undefined);
      for (let i = 0; i < opts.tickets; i++) {
        if (i % 100 === 0) version += 1;
        const mixed = (r() < 0.6 ? 1 : r() < 0.75 ? 2 : 3) as 1 | 2 | 3;
        const tier = opts.tier ?? mixed;
        const status = pick([
          'new',
          'open',
          'open',
          'open',
          'pending',
          'on_hold',
          'solved',
          'closed',
          'closed',
        ] as const);
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
        const body = FILLER.slice(0, 700 + Math.floor(r() * 300));
        const m: Message = {
          id: uuidv7(),
          ticketId: t.id,
          kind: 'customer',
          authorId: t.customerId,
          authorName: 'Customer',
          channel: t.channel,
          body,
          createdAt: iso(created),
          version,
        };
        await writeEffects(ctx(), { ...none, tickets: [t], messages: [m] }, undefined);
      }
      await store.flush(tx);
      await tx
        .updateTable('tenants')
        .set({ version, next_ticket_number: number })
        .where('id', '=', tenant.id)
        .execute();
    });
    // PostgreSQL plans by statistics; autovacuum gathers them soon after a bulk load, here at once.
    await opened.pgPool?.query('analyze');
  } finally {
    await opened.db.destroy();
  }
  return (performance.now() - started) / 1000;
}
