// Spreading tickets over a tier's agents by the auto-assign rule (pick-assignee.ts), one ticket after the
// other, each pick counting towards the next: what a supervisor's "spread" does with an agent's tickets
// when they go on a break or leave. Pure: the console runs it over its replica's agents and loads.
import type { Tier } from '../domain';
import { pickAssignee, type AssignCandidate } from './pick-assignee';

export interface SpreadPlan {
  /** ticket id → the agent it goes to. */
  moves: { ticketId: string; agentId: string }[];
  /** Tickets nobody eligible could take (they stay where they are). */
  left: string[];
}

export function planSpread(tier: Tier, ticketIds: readonly string[], candidates: readonly AssignCandidate[], excludeAgentId?: string): SpreadPlan {
  const pool = candidates.filter((c) => c.id !== excludeAgentId).map((c) => ({ ...c }));
  const byId = new Map(pool.map((c) => [c.id, c]));
  const plan: SpreadPlan = { moves: [], left: [] };
  for (const ticketId of ticketIds) {
    const agentId = pickAssignee(tier, pool);
    if (!agentId) {
      plan.left.push(ticketId);
      continue;
    }
    byId.get(agentId)!.load += 1;
    plan.moves.push({ ticketId, agentId });
  }
  return plan;
}
