// What each row of the board shows per tier, and which ticket list its numbers open: the waiting and
// the longest wait open the tier's Unassigned queue; every other figure has no queue of its own and opens
// All in tier, which is ordered by SLA urgency (the breached and at-risk tickets at its top).
import type { Tier } from '../../shared/domain';
import type { BoardData } from './use-board';

export type RowId = 'open' | 'waiting' | 'progress' | 'pending' | 'longestWait' | 'breached' | 'atRisk' | 'createdHour' | 'createdToday' | 'solvedHour' | 'solvedToday';

export const ROWS: readonly RowId[] = ['open', 'waiting', 'progress', 'pending', 'longestWait', 'breached', 'atRisk', 'createdHour', 'createdToday', 'solvedHour', 'solvedToday'];

export const viewOf = (row: RowId) => (row === 'waiting' || row === 'longestWait' ? 'unassigned' : 'tier');

/** A count of the row in a tier (the longest wait is not a count: see waitOf). */
export function countOf(d: BoardData, row: Exclude<RowId, 'longestWait'>, tier: Tier): number {
  switch (row) {
    case 'open':
    case 'waiting':
    case 'progress':
    case 'pending':
      return d.counts[tier][row];
    case 'breached':
    case 'atRisk':
      return d.sla[tier][row];
    default:
      return d.windows[tier][row];
  }
}

/** The oldest waiting ticket's creation time across tiers (or in one); null when none waits. */
export function waitOf(d: BoardData, tiers: readonly Tier[]): string | null {
  const all = tiers.map((t) => d.waits[t]).filter((w): w is string => w !== null);
  return all.length ? all.reduce((a, b) => (a < b ? a : b)) : null;
}
