// The wallboard's counters (board/): kept by counterKeys in the write's own transaction, like the queue
// counters, so every count on the board is one get() and never a count() over the tickets.
import type { Channel, Ticket, Tier } from '../../shared/domain';
import { CHANNELS, TIERS } from '../../shared/domain';
import { isOpen } from '../../shared/sla';

type Counted = Pick<Ticket, 'status' | 'assigneeId' | 'tier'> & { channel?: Channel };

/** Assigned and being worked (new or open). */
export const progressKey = (tier: Tier) => `board:progress:${tier}`;
/** Pending on the customer (status pending, assigned or not). */
export const pendingKey = (tier: Tier) => `board:pending:${tier}`;
/** Open tickets of a channel in a tier. */
export const channelKey = (ch: Channel, tier: Tier) => `board:channel:${ch}:${tier}`;

/** The workstation's local calendar day of an instant, YYYY-MM-DD: "today" on the board is the local day. */
export function localDay(iso: string | number): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
/** Tickets an agent solved (solved or closed, assigned to them) on one local day. */
export const solvedDayKey = (agentId: string, day: string) => `board:solved:${agentId}:${day}`;

/** The solved-on-a-day counter a solved or closed, assigned ticket adds 1 to (the agents panel's "solved today"). */
export function solvedCounterKeys(t: Pick<Ticket, 'status' | 'assigneeId'> & { solvedAt?: string | null }): string[] {
  if (isOpen(t.status) || !t.assigneeId || !t.solvedAt) return [];
  return [solvedDayKey(t.assigneeId, localDay(t.solvedAt))];
}

/** The board counters an open ticket adds 1 to (none for a closed or solved one). */
export function boardCounterKeys(t: Counted): string[] {
  if (!isOpen(t.status)) return [];
  const keys: string[] = [];
  if (t.assigneeId && (t.status === 'new' || t.status === 'open')) keys.push(progressKey(t.tier));
  if (t.status === 'pending') keys.push(pendingKey(t.tier));
  if (t.channel) keys.push(channelKey(t.channel, t.tier));
  return keys;
}

/** Every board counter key, for one read of them all. */
export const ALL_BOARD_KEYS: readonly string[] = TIERS.flatMap((tier) => [progressKey(tier), pendingKey(tier), ...CHANNELS.map((ch) => channelKey(ch, tier))]);
