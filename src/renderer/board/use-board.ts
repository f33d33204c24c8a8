// The board's figures as live queries, one per group, so a write wakes only the groups whose keys or
// ranges it touched (db/board-queries.ts): counters on every change, the windows on a ticket created or
// solved, the SLA counts on a ticket whose deadline falls in their ranges.
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef } from 'react';
import { TIERS, type Tier } from '../../shared/domain';
import { boardCounts, inBoardRead, lastPulledAt, longestWaits, slaFigures, windowFigures, type SlaFigures, type TierCounts, type WindowFigures } from '../db/board-queries';
import type { ReplicaDb } from '../db/schema';

export interface BoardData {
  counts: Record<Tier, TierCounts>;
  waits: Record<Tier, string | null>;
  sla: Record<Tier, SlaFigures>;
  windows: Record<Tier, WindowFigures>;
}

const byTier = async <T,>(read: (tier: Tier) => Promise<T>): Promise<Record<Tier, T>> => {
  const [a, b, c] = await Promise.all(TIERS.map(read));
  return { 1: a!, 2: b!, 3: c! };
};

/** Local midnight of the day `now` falls in, as a UTC instant. */
export function dayStartOf(now: number): string {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  return d.toISOString();
}

export function useBoard(db: ReplicaDb, now: number, warnMinutes: number): BoardData | undefined {
  const nowIso = new Date(now).toISOString();
  const soonIso = new Date(now + warnMinutes * 60_000).toISOString();
  const hourAgo = new Date(now - 3_600_000).toISOString();
  const dayStart = dayStartOf(now);
  // The last breached counts, so the next count walks the smaller side (see slaFigures).
  const last = useRef<Partial<Record<Tier, number>>>({});
  const counts = useLiveQuery(() => boardCounts(db), [db]);
  const waits = useLiveQuery(() => inBoardRead(db, () => longestWaits(db)), [db]);
  const sla = useLiveQuery(async () => {
    const out = await inBoardRead(db, () => byTier((tier) => slaFigures(db, tier, nowIso, soonIso, last.current[tier])));
    last.current = { 1: out[1].breached, 2: out[2].breached, 3: out[3].breached };
    return out;
  }, [db, nowIso, soonIso]);
  const windows = useLiveQuery(() => inBoardRead(db, () => byTier((tier) => windowFigures(db, tier, hourAgo, dayStart))), [db, hourAgo, dayStart]);
  if (!counts || !waits || !sla || !windows) return undefined;
  return { counts, waits, sla, windows };
}

export function usePulledAt(db: ReplicaDb): string | null | undefined {
  return useLiveQuery(() => lastPulledAt(db), [db]);
}
