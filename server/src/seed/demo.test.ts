// The demo organisation as every demo account sees it, against a real server on SQLite and PostgreSQL:
// each agent's own pull holds exactly the open work of its tier that the supervisor's pull shows; the
// demo looks like a worked queue; and seeding is the same every time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isOpen, nextDueAt, PullResponse, uuidv7, type Change, type Ticket } from '../../../src/shared/index';
import { login, pull, snapshot } from '../../../tests/support/api-client';
import { createDatabase } from '../../../tests/support/postgres';
import { startServer, type ServerHandle } from '../../../tests/support/server-process';
import { migrate, openDatabase } from '../db/database';
import type { Schema } from '../db/schema';
import { AGENTS } from './demo-content';
import { seedDemo } from './demo';

/** Open tickets of one tier: all of them, the unassigned ones, and the ones assigned to `agentId`. */
function counts(tickets: Iterable<Ticket>, tier: number, agentId: string) {
  const open = [...tickets].filter((t) => isOpen(t.status));
  const inTier = open.filter((t) => t.tier === tier);
  return {
    tier: inTier.length,
    unassigned: inTier.filter((t) => t.assigneeId === null).length,
    mine: open.filter((t) => t.assigneeId === agentId).length,
  };
}

describe.each(['sqlite', 'postgres'] as const)('demo organisation on %s', (db) => {
  let server: ServerHandle;
  beforeAll(async () => {
    server = await startServer({ db, demo: true });
  });
  afterAll(() => server?.stop());

  it("gives every agent the same queue counts for its tier as the supervisor's view", async () => {
    const sup = await snapshot(server.url, await login(server.url, 'supervisor@demo.local'));
    const agents = AGENTS.filter((a) => a.role === 'agent');
    expect(agents.length).toBeGreaterThan(5);
    const mismatches: string[] = [];
    for (const a of agents) {
      const s = await login(server.url, a.email);
      const mine = await snapshot(server.url, s);
      const got = counts(mine.tickets.values(), a.tier!, s.agent.id);
      const want = counts(sup.tickets.values(), a.tier!, s.agent.id);
      if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push(`${a.email}: ${JSON.stringify(got)} ≠ supervisor ${JSON.stringify(want)}`);
    }
    expect(mismatches).toEqual([]);
    // Every tier has open work to show, so the comparison above compared something.
    for (const tier of [1, 2, 3]) expect(counts(sup.tickets.values(), tier, '').tier, `tier ${tier}`).toBeGreaterThan(10);
  });

  it('looks like a worked queue, in rows the contract accepts', async () => {
    const sup = await login(server.url, 'supervisor@demo.local');
    const changes: Change[] = [];
    const client = { ...sup, clientId: uuidv7() };
    for (let cursor: number | null = null, snapshot: string | undefined, more = true; more; ) {
      // The seed's changes are typed, not parsed: the contract's schemas check what it wrote.
      const page = PullResponse.parse(await pull(server.url, client, cursor, 0, snapshot));
      if (!('changes' in page)) throw new Error('refetch');
      changes.push(...page.changes);
      ({ cursor, more, snapshot } = page);
    }
    const of = <E extends Change['entity']>(e: E) => changes.flatMap((c) => (c.entity === e ? [c.value as Extract<Change, { entity: E }>['value']] : []));
    const tickets = of('ticket');
    const open = tickets.filter((t) => isOpen(t.status));
    const pastDue = open.filter((t) => nextDueAt(t)! < new Date().toISOString()).length / open.length;
    expect(tickets).toHaveLength(500);
    expect(pastDue).toBeGreaterThan(1 / 9);
    expect(pastDue).toBeLessThan(1 / 4);
    expect(new Set(tickets.map((t) => t.status))).toEqual(new Set(['new', 'open', 'pending', 'on_hold', 'solved', 'closed']));
    expect(new Set(tickets.map((t) => t.number))).toEqual(new Set(tickets.map((_, i) => i + 1)));
    const escalations = of('escalation');
    expect(escalations.length).toBeGreaterThan(100);
    expect(escalations.every((e) => e.summary.length >= 10)).toBe(true);
    const tier3 = tickets.filter((t) => t.tier === 3);
    expect(tier3.filter((t) => t.engineeringLink).length).toBeGreaterThan(5);
    expect(tier3.length).toBeGreaterThan(20);
    // Contacts from known addresses: most confirmed by the agent who worked them, the new ones not yet.
    expect(tickets.filter((t) => t.status === 'new').every((t) => t.customerUnverified)).toBe(true);
    expect(tickets.filter((t) => t.customerUnverified).length).toBeLessThan(tickets.length / 4);
    expect(of('message').filter((m) => m.kind === 'customer').length).toBeGreaterThan(tickets.length);
  });
});

describe.each(['sqlite', 'postgres'] as const)('demo seed on %s', (kind) => {
  it('writes the same rows every time', async () => {
    const now = Date.parse('2026-11-25T12:00:00.000Z');
    const tables: (keyof Schema)[] = ['tenants', 'agents', 'customers', 'tickets', 'ticket_participants', 'messages', 'escalations', 'history'];
    const dump = async () => {
      const dir = mkdtempSync(join(tmpdir(), 'demo-seed-'));
      const opened = openDatabase({ dataDir: dir, databaseUrl: kind === 'postgres' ? await createDatabase() : null });
      try {
        await migrate(opened.db);
        expect(await seedDemo(opened.db, now)).toBe(true);
        expect(await seedDemo(opened.db, now)).toBe(false);
        const rows: Record<string, unknown[]> = {};
        for (const t of tables) {
          const all = (await opened.db.selectFrom(t).selectAll().execute()) as Record<string, unknown>[];
          // Password hashes are salted; everything else is the seed's.
          rows[t] = all.map((r) => JSON.stringify({ ...r, password_hash: undefined })).sort();
        }
        return rows;
      } finally {
        await opened.db.destroy();
        rmSync(dir, { recursive: true, force: true });
      }
    };
    const first = await dump();
    expect(first.tickets).toHaveLength(500);
    expect(await dump()).toEqual(first);
  });
});
