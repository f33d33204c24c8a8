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
