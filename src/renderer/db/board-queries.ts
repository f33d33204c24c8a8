// The supervisor's board (board/), read from the replica: counts from maintained counters (one bulkGet),
// time-window figures from one indexed range count each, the longest wait from one key read per tier.
// Never a walk of the tickets. Each group is its own read, so a live query over one wakes only for
// writes in its own keys and ranges (an inbound ticket due next week does not re-count the breached).
import Dexie from 'dexie';
import { CHANNELS, TIERS, type Agent, type Channel, type Tier } from '../../shared/domain';
import { ALL_BOARD_KEYS, channelKey, pendingKey, progressKey, solvedDayKey } from './board-counters';
import type { ReplicaDb } from './schema';

export interface TierCounts {
  /** Open tickets in the tier. */
  open: number;
  /** Open and unassigned (the tier's Unassigned queue). */
  waiting: number;
  /** Assigned, status new or open. */
  progress: number;
  /** Status pending (on the customer), assigned or not. */
  pending: number;
  /** Open tickets by channel. */
  channels: Record<Channel, number>;
}

export async function boardCounts(db: ReplicaDb): Promise<Record<Tier, TierCounts>> {
  const keys = [...TIERS.flatMap((t) => [`tier:${t}`, `unassigned:${t}`]), ...ALL_BOARD_KEYS];
  const rows = await db.counters.bulkGet(keys);
  const n = new Map(keys.map((k, i) => [k, rows[i]?.n ?? 0]));
  const of = (k: string) => n.get(k) ?? 0;
  const counts = (tier: Tier): TierCounts => ({
    open: of(`tier:${tier}`),
    waiting: of(`unassigned:${tier}`),
    progress: of(progressKey(tier)),
    pending: of(pendingKey(tier)),
    channels: Object.fromEntries(CHANNELS.map((ch) => [ch, of(channelKey(ch, tier))])) as Record<Channel, number>,
  });
  return { 1: counts(1), 2: counts(2), 3: counts(3) };
}

/** The creation time of each tier's oldest open unassigned ticket (null: none waits). */
export async function longestWaits(db: ReplicaDb): Promise<Record<Tier, string | null>> {
  const oldest = (tier: Tier) =>
    db.tickets
      .where('[_open+tier+_assignee+createdAt]')
      .between([1, tier, '', Dexie.minKey], [1, tier, '', Dexie.maxKey])
      .limit(1)
      .keys()
      .then((keys) => ((keys[0] as unknown[] | undefined)?.[3] as string | undefined) ?? null);
  const [a, b, c] = await Promise.all(TIERS.map(oldest));
  return { 1: a ?? null, 2: b ?? null, 3: c ?? null };
}

export interface SlaFigures {
  /** Open, next deadline before now. */
  breached: number;
  /** Open, next deadline from now to now + the warning threshold. */
  atRisk: number;
}

/**
 * The _sort key starts with the next deadline (queueSortKey), so both are a range of [_open+tier+_sort].
 * Breached can be most of a big replica: when the last answer (`was`) was large and over half the tier's
 * open tickets, it counts the open tickets not yet due and subtracts them from the tier's open counter,
 * so the count walks the smaller side.
 */
export async function slaFigures(db: ReplicaDb, tier: Tier, nowIso: string, soonIso: string, was?: number): Promise<SlaFigures> {
  const range = (lo: unknown, hi: unknown) => db.tickets.where('[_open+tier+_sort]').between([1, tier, lo], [1, tier, hi], true, false).count();
  const count = async () => {
    // Only while breached is large: the tier's open counter then wakes this count on every change in the tier.
    if (was === undefined || was <= BIG) return range('', nowIso);
    const open = (await db.counters.get(`tier:${tier}`))?.n ?? 0;
    return was * 2 > open ? open - (await range(nowIso, Dexie.maxKey)) : range('', nowIso);
  };
  const [breached, atRisk] = await Promise.all([count(), range(nowIso, soonIso)]);
  return { breached, atRisk };
}

/** From this many breached tickets on, they are counted as the open ones minus the ones not yet due. */
const BIG = 2_000;

export interface WindowFigures {
  createdHour: number;
  createdToday: number;
  solvedHour: number;
  solvedToday: number;
}

/** Tickets of the tier (as it is now) created / solved since an hour ago and since the day began. */
export async function windowFigures(db: ReplicaDb, tier: Tier, hourAgoIso: string, dayStartIso: string): Promise<WindowFigures> {
  const since = (index: string, from: string) => db.tickets.where(index).between([tier, from], [tier, Dexie.maxKey]).count();
  const [createdHour, createdToday, solvedHour, solvedToday] = await Promise.all([
    since('[tier+createdAt]', hourAgoIso),
    since('[tier+createdAt]', dayStartIso),
    since('[tier+solvedAt]', hourAgoIso),
    since('[tier+solvedAt]', dayStartIso),
  ]);
  return { createdHour, createdToday, solvedHour, solvedToday };
}

export interface AgentLoad {
  agent: Agent;
  /** Open tickets assigned to the agent (the mine:<id> counter). */
  open: number;
}

/** Every agent the replica holds, by tier (supervisors last) then name. */
export async function boardAgents(db: ReplicaDb): Promise<Agent[]> {
  const agents = await db.agents.toArray();
  return agents.sort((x, y) => (x.tier ?? 9) - (y.tier ?? 9) || x.name.localeCompare(y.name) || (x.id < y.id ? -1 : 1));
}

/**
 * Open tickets assigned to each of these agents (their mine:<id> counters): apart from the agents list,
 * so a take or a status change re-reads the counters only, not every agent.
 */
export async function openAssigned(db: ReplicaDb, agentIds: readonly string[]): Promise<number[]> {
  const counters = await db.counters.bulkGet(agentIds.map((id) => `mine:${id}`));
  return counters.map((c) => c?.n ?? 0);
}

/** Tickets each agent solved on a local day (their solved-on-a-day counters: one get each). */
export async function solvedOn(db: ReplicaDb, agentIds: readonly string[], day: string): Promise<number[]> {
  const counters = await db.counters.bulkGet(agentIds.map((id) => solvedDayKey(id, day)));
  return counters.map((c) => c?.n ?? 0);
}

/** The agents with their open tickets (the panel's two reads together). */
export async function agentLoads(db: ReplicaDb): Promise<AgentLoad[]> {
  const agents = await boardAgents(db);
  const open = await openAssigned(db, agents.map((a) => a.id));
  return agents.map((agent, i) => ({ agent, open: open[i] ?? 0 }));
}

/**
 * Runs one group's reads in one read transaction: a live query then holds one transaction, not one per
 * read (and a write waits behind one, not a dozen).
 */
export function inBoardRead<T>(db: ReplicaDb, read: () => Promise<T>): Promise<T> {
  return db.transaction('r', [db.tickets, db.counters, db.agents], async () => read());
}

/** When this replica last applied a pull (local clock), for "as of HH:MM" while not online. */
export async function lastPulledAt(db: ReplicaDb): Promise<string | null> {
  const v = (await db.meta.get('pulledAt'))?.value;
  return typeof v === 'string' ? v : null;
}
