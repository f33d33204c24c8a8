// The board's figures after seeded random sequences of writes (creates, status changes, assignments,
// escalations, deletes and prunes through the replica's write path), held against a plain filter/count
// over the same rows kept in the test: the oracle never reads the counters the write path kept.
import { describe, expect, it } from 'vitest';
import { CHANNELS, STATUSES, TIERS, type Ticket, type Tier } from '../../shared/domain';
import { agent, ticket, uid } from '../test-support/builders';
import { agentLoads, boardCounts, longestWaits, slaFigures, windowFigures } from './board-queries';
import { ALL_TABLES, createReplicaDb, type ReplicaDb } from './schema';
import { writeTickets } from './ticket-rows';

const NOW = Date.parse('2026-12-01T12:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();
const MIN = 60_000;
const agents = [agent(1), agent(2), agent(3, { tier: 2 })];

/** mulberry32: a seeded generator, so a failing sequence replays from its seed. */
function rng(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  return { next, pick, int: (n: number) => Math.floor(next() * n) };
}

const OPEN = ['new', 'open', 'pending', 'on_hold'];
/** The oracle's own reading of the SLA rule: first response until answered, then resolution. */
const dueOf = (t: Ticket) => (t.firstResponseAt ? t.resolutionDueAt : t.firstResponseDueAt < t.resolutionDueAt ? t.firstResponseDueAt : t.resolutionDueAt);

function oracle(rows: Ticket[], tier: Tier, warnMs: number, dayStart: string) {
  const mine = rows.filter((t) => t.tier === tier);
  const open = mine.filter((t) => OPEN.includes(t.status));
  const waiting = open.filter((t) => !t.assigneeId);
  const since = (at: string | null, from: string) => at !== null && at >= from;
  return {
    counts: {
      open: open.length,
      waiting: waiting.length,
      progress: open.filter((t) => t.assigneeId && (t.status === 'new' || t.status === 'open')).length,
      pending: open.filter((t) => t.status === 'pending').length,
      channels: Object.fromEntries(CHANNELS.map((ch) => [ch, open.filter((t) => t.channel === ch).length])),
    },
    wait: waiting.map((t) => t.createdAt).sort()[0] ?? null,
    sla: {
      breached: open.filter((t) => Date.parse(dueOf(t)) < NOW).length,
      atRisk: open.filter((t) => Date.parse(dueOf(t)) >= NOW && Date.parse(dueOf(t)) < NOW + warnMs).length,
    },
    window: {
      createdHour: mine.filter((t) => since(t.createdAt, iso(NOW - 60 * MIN))).length,
      createdToday: mine.filter((t) => since(t.createdAt, dayStart)).length,
      solvedHour: mine.filter((t) => since(t.solvedAt, iso(NOW - 60 * MIN))).length,
      solvedToday: mine.filter((t) => since(t.solvedAt, dayStart)).length,
    },
  };
}

function randomTicket(r: ReturnType<typeof rng>, n: number): Ticket {
  const createdAt = iso(NOW - r.int(36 * 60) * MIN);
  const status = r.pick(STATUSES);
  const answered = r.next() < 0.4;
  return ticket(n, {
    tier: r.pick(TIERS),
    channel: r.pick(CHANNELS),
    status,
    assigneeId: r.next() < 0.5 ? r.pick(agents).id : null,
    createdAt,
    solvedAt: status === 'solved' || status === 'closed' ? iso(NOW - r.int(30 * 60) * MIN) : null,
    firstResponseAt: answered ? createdAt : null,
    firstResponseDueAt: iso(NOW + (r.int(240) - 120) * MIN),
    resolutionDueAt: iso(NOW + (r.int(48 * 60) - 24 * 60) * MIN),
  });
}

/** One random change to the model, and the same change written through the replica's write path. */
async function step(db: ReplicaDb, r: ReturnType<typeof rng>, model: Map<string, Ticket>, n: number): Promise<void> {
  const held = [...model.values()];
  const some = held.length ? r.pick(held) : undefined;
  const kind = !some ? 0 : r.int(6);
  let puts: Ticket[] = [];
  let deletes: string[] = [];
  if (kind === 0 || !some) puts = [randomTicket(r, n)];
  else if (kind === 1) {
    const status = r.pick(STATUSES);
    puts = [{ ...some, status, solvedAt: status === 'solved' || status === 'closed' ? (some.solvedAt ?? iso(NOW - r.int(120) * MIN)) : null }];
  } else if (kind === 2) puts = [{ ...some, assigneeId: r.next() < 0.3 ? null : r.pick(agents).id }];
  else if (kind === 3) puts = [{ ...some, tier: (some.tier === 3 ? 3 : some.tier + 1) as Tier, assigneeId: null }];
  else if (kind === 4) deletes = [some.id];
  else deletes = held.filter(() => r.next() < 0.1).map((t) => t.id);
  for (const t of puts) model.set(t.id, t);
  for (const id of deletes) model.delete(id);
  // As the app writes: one transaction over the replica (an async body: Dexie keeps its zone across the awaits).
  await db.transaction('rw', [...ALL_TABLES], async () => {
    await writeTickets(db, puts, deletes);
  });
}

let dbs = 0;
describe('the board figures', () => {
  for (const seed of [1, 7, 42, 2026]) {
    it(`equal a plain count over the same rows after random writes (seed ${seed})`, async () => {
      const db = createReplicaDb(`board-${Date.now()}-${++dbs}`);
      await db.open();
      await db.agents.bulkPut(agents);
      const r = rng(seed);
      const model = new Map<string, Ticket>();
      const warnMs = 15 * MIN;
      const dayStart = iso(NOW - 11 * 60 * MIN);
      for (let i = 1; i <= 160; i += 1) {
        await step(db, r, model, i);
        if (i % 40 !== 0) continue;
        const rows = [...model.values()];
        const counts = await boardCounts(db);
        const waits = await longestWaits(db);
        for (const tier of TIERS) {
          const want = oracle(rows, tier, warnMs, dayStart);
          expect(counts[tier]).toEqual(want.counts);
          expect(waits[tier]).toBe(want.wait);
          expect(await slaFigures(db, tier, iso(NOW), iso(NOW + warnMs))).toEqual(want.sla);
          // The other side of the count (taken when breached was large) gives the same.
          expect(await slaFigures(db, tier, iso(NOW), iso(NOW + warnMs), 1_000_000)).toEqual(want.sla);
          expect(await windowFigures(db, tier, iso(NOW - 60 * MIN), dayStart)).toEqual(want.window);
        }
        const loads = await agentLoads(db);
        for (const a of agents) {
          const open = rows.filter((t) => t.assigneeId === a.id && OPEN.includes(t.status)).length;
          expect(loads.find((l) => l.agent.id === a.id)?.open).toBe(open);
        }
      }
      db.close();
    });
  }

  it('lists agents by tier, then name', async () => {
    const db = createReplicaDb(`board-agents-${Date.now()}`);
    await db.open();
    await db.agents.bulkPut([agent(5, { name: 'Zoe', tier: 1 }), agent(6, { name: 'Sam', role: 'supervisor', tier: null }), agent(7, { name: 'Ada', tier: 2 }), agent(8, { name: 'Bo', tier: 1 })]);
    expect((await agentLoads(db)).map((l) => l.agent.name)).toEqual(['Bo', 'Zoe', 'Ada', 'Sam']);
    expect(uid('a', 5)).toBe((await agentLoads(db))[1]?.agent.id);
    db.close();
  });
});
