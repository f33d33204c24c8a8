// Runs in Chromium for bench/board-update.ts (kept in this folder: the tsconfigs treat it as browser
// code). Fills a supervisor's replica with N open tickets through the app's own write path, subscribes
// the board's live queries as board/use-board.ts does (one per figure group, Dexie liveQuery), then makes
// incoming changes one at a time and times what each wakes: the write, and the board's re-reads.
import { liveQuery } from 'dexie';
import { uuidv7 } from '../../src/shared/uuid';
import { newTicket } from '../../src/shared/new-ticket';
import { TIERS, type Agent, type Channel, type Priority, type Ticket, type TicketStatus, type Tier } from '../../src/shared/domain';
import { createReplicaDb, type ReplicaDb } from '../../src/renderer/db/schema';
import { writeTickets } from '../../src/renderer/db/ticket-rows';
import { boardAgents, boardCounts, inBoardRead, openAssigned, longestWaits, slaFigures, windowFigures } from '../../src/renderer/db/board-queries';

const CHANNELS: Channel[] = ['phone', 'email', 'chat', 'social', 'web'];
const PRIORITIES: Priority[] = ['low', 'normal', 'normal', 'high', 'urgent'];
const OPEN: TicketStatus[] = ['new', 'open', 'open', 'pending', 'on_hold'];
const DAY = 86_400_000;

function openTicket(i: number, n: number, now: number, agents: string[]): Ticket {
  // Spread over the last 30 days, so "today" holds about a thirtieth of them and most are breached.
  const createdAt = new Date(now - Math.floor(((n - i) / n) * 30 * DAY)).toISOString();
  const tier = ((i % 20) < 12 ? 1 : (i % 20) < 17 ? 2 : 3) as Tier;
  const born = newTicket(createdAt, {
    id: uuidv7(), subject: `question ${i}`, channel: CHANNELS[i % CHANNELS.length]!, priority: PRIORITIES[i % PRIORITIES.length]!,
    status: OPEN[i % OPEN.length]!, tier, assigneeId: i % 3 === 0 ? null : agents[i % agents.length]!, customerId: `customer-${i % 5000}`, customerUnverified: false,
  });
  return { ...born, number: i + 1, version: i + 1, statusVersion: i + 1, assigneeVersion: i + 1, tierVersion: i + 1 };
}

/** The board's groups as live queries; each run's start and end are recorded. */
function subscribe(db: ReplicaDb, now: number, agents: string[], runs: { group: string; start: number; end: number }[]) {
  const nowIso = new Date(now).toISOString();
  const soonIso = new Date(now + 15 * 60_000).toISOString();
  const hourAgo = new Date(now - 3_600_000).toISOString();
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  const dayStart = d.toISOString();
  const last: Partial<Record<Tier, number>> = {};
  const groups: Record<string, () => Promise<unknown>> = {
    counts: () => boardCounts(db),
    waits: () => inBoardRead(db, () => longestWaits(db)),
    sla: async () => {
      const out = await inBoardRead(db, () => Promise.all(TIERS.map((t) => slaFigures(db, t, nowIso, soonIso, last[t]))));
      TIERS.forEach((t, i) => (last[t] = out[i]!.breached));
      return out;
    },
    windows: () => inBoardRead(db, () => Promise.all(TIERS.map((t) => windowFigures(db, t, hourAgo, dayStart)))),
    // As the agents panel reads them: the list, and their open counters apart.
    agents: () => boardAgents(db),
    assigned: () => openAssigned(db, agents),
  };
  const subs = Object.entries(groups).map(([group, read]) =>
    liveQuery(async () => {
      const start = performance.now();
      const value = await read();
      runs.push({ group, start, end: performance.now() });
      return value;
    }).subscribe({ next: () => undefined }),
  );
  return () => subs.forEach((s) => s.unsubscribe());
}

const quiet = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? 0;

let stage = 'start';

export async function run(n: number, changes: number): Promise<Record<string, number | string>> {
  try {
    return await measure(n, changes);
  } catch (e) {
    throw new Error(`${stage}: ${(e as Error).name}: ${(e as Error).message}`);
  }
}

async function measure(n: number, changes: number): Promise<Record<string, number | string>> {
  const db = createReplicaDb(`board-bench-${Date.now()}`);
  await db.open();
  const now = Date.now();
  const agents = Array.from({ length: 300 }, (_, a) => `agent-${a}`);
  await db.agents.bulkPut(agents.map((id, a) => ({ id, name: `Agent ${a}`, email: `a${a}@demo.local`, role: 'agent', tier: ((a % 3) + 1) as Tier, presence: 'available', version: 1 }) as Agent));
  const t0 = performance.now();
  const held: Ticket[] = [];
  for (let i = 0; i < n; i += 2_000) {
    const batch = Array.from({ length: Math.min(2_000, n - i) }, (_, j) => openTicket(i + j, n, now, agents));
    held.push(...batch);
    await db.transaction('rw', [db.tickets, db.counters, db.customers, db.escalations, db.words, db.meta], async () => {
      await writeTickets(db, batch);
    });
  }
  const fillSeconds = (performance.now() - t0) / 1000;
  stage = 'subscribed';
  const runs: { group: string; start: number; end: number }[] = [];
  const firstAt = performance.now();
  const stop = subscribe(db, now, agents, runs);
  while (new Set(runs.map((r) => r.group)).size < 6) await quiet(20);
  await quiet(200);
  const firstLoadMs = Math.max(...runs.map((r) => r.end)) - firstAt;
  const breached = (await slaFigures(db, 1, new Date(now).toISOString(), new Date(now + 15 * 60_000).toISOString())).breached;

  const kinds = {
    inbound: (i: number) => [{ ...newTicket(new Date().toISOString(), { id: uuidv7(), subject: `inbound ${i}`, channel: 'phone', priority: 'normal', status: 'new', tier: 1, assigneeId: null, customerId: 'customer-1', customerUnverified: false }), number: n + i + 1, version: n + i + 1 }],
    take: (i: number) => {
      const t = held.find((x, k) => k >= i * 97 && x.assigneeId === null && x.tier === 1)!;
      t.assigneeId = agents[i % agents.length]!;
      return [{ ...t, status: 'open' as const, version: t.version + 1000 }];
    },
    solve: (i: number) => {
      const t = held[(i * 131) % held.length]!;
      return [{ ...t, status: 'solved' as const, solvedAt: new Date().toISOString(), version: t.version + 2000 }];
    },
  };
  const out: Record<string, number | string> = { tickets: n, fillSeconds, firstLoadMs, breachedTier1: breached };
  for (const [kind, make] of Object.entries(kinds)) {
    const cost: number[] = [];
    const latency: number[] = [];
    const woken: string[] = [];
    for (let i = 0; i < changes; i++) {
      stage = `${kind} ${i}`;
      const puts = make(i);
      runs.length = 0;
      const w0 = performance.now();
      // An async body: a plain arrow returning the promise loses Dexie's zone on an update (PrematureCommitError).
      await db.transaction('rw', [db.tickets, db.counters, db.customers, db.escalations, db.words, db.meta], async () => {
        await writeTickets(db, puts);
      });
      const written = performance.now();
      await quiet(150);
      const after = runs.filter((r) => r.start >= w0);
      // After the write committed: until the last re-read the change woke has its answer.
      cost.push(after.length ? Math.max(...after.map((r) => r.end)) - written : 0);
      latency.push(after.length ? Math.max(...after.map((r) => r.end)) - w0 : written - w0);
      if (i === changes - 1) woken.push(...after.map((r) => `${r.group} ${(r.end - r.start).toFixed(1)}`));
      out[`${kind}WriteMs`] = (Number(out[`${kind}WriteMs`] ?? 0) * i + (written - w0)) / (i + 1);
    }
    out[`${kind}CostP50`] = pct(cost, 0.5);
    out[`${kind}CostP95`] = pct(cost, 0.95);
    out[`${kind}LatencyP50`] = pct(latency, 0.5);
    out[`${kind}LatencyP95`] = pct(latency, 0.95);
    out[`${kind}Woken`] = woken.join(', ') || 'none';
  }
  stop();
  db.close();
  return out;
}
