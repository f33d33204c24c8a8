// Auto-assign (issue 11, point 5): who receives a new ticket of a tier whose auto-assign is on. Pure, so
// the server runs it inside the transaction that creates the ticket and a property test can prove it.
//
// The rule:
// - eligible: an agent (never a supervisor or admin) of the ticket's tier, presence 'available', with
//   fewer open tickets assigned than their cap (no cap: always room). 'busy' is not eligible: busy means
//   on a call or otherwise occupied, and a ticket handed to them would wait anyway. Break, away and
//   offline never are.
// - among them the least loaded (load = open tickets assigned: new, open, pending, on hold);
// - a tie goes to the one longest in their present presence (the earliest presenceSince: waiting longest
//   for work; unknown counts as longest), then to the smallest id, so the pick never depends on order.
// - nobody eligible: null, and the ticket stays unassigned in the tier's queue.
import type { Agent, Tier } from '../domain';

export type AssignCandidate = Pick<Agent, 'id' | 'role' | 'tier' | 'presence' | 'cap' | 'presenceSince'> & {
  /** Open tickets assigned to the agent now. */
  load: number;
};

export function mayReceive(c: AssignCandidate, tier: Tier): boolean {
  return c.role === 'agent' && c.tier === tier && c.presence === 'available' && (c.cap === null || c.load < c.cap);
}

/** Negative when a should receive the ticket before b. */
function before(a: AssignCandidate, b: AssignCandidate): number {
  if (a.load !== b.load) return a.load - b.load;
  const since = (a.presenceSince ?? '').localeCompare(b.presenceSince ?? '');
  if (since !== 0) return since;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function pickAssignee(tier: Tier, candidates: readonly AssignCandidate[]): string | null {
  let best: AssignCandidate | null = null;
  for (const c of candidates) if (mayReceive(c, tier) && (!best || before(c, best) < 0)) best = c;
  return best?.id ?? null;
}
