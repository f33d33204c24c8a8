// How a ticket reached its tier, from its escalation rows: by an escalation (the receiving tier's queue
// marks and filters these) or not (created there, or handed back). Pure; ticket-rows.ts keeps the
// derived fields on the ticket row in step with it.
import type { Escalation, Ticket } from '../../shared/domain';
import type { EscalationMark } from './schema';

/** Server order of a ticket's tier moves: createdAt, then id (as escalationsOf sorts them). */
export function latestMove(escalations: readonly Escalation[]): Escalation | undefined {
  let last: Escalation | undefined;
  for (const e of escalations) {
    if (!last || e.createdAt > last.createdAt || (e.createdAt === last.createdAt && e.id > last.id)) last = e;
  }
  return last;
}

/** The escalation that brought the ticket into its current tier, or null. */
export function arrivalOf(t: Pick<Ticket, 'tier'>, escalations: readonly Escalation[]): EscalationMark | null {
  if (t.tier === 1) return null; // tier 1 is never escalated into
  const last = latestMove(escalations);
  if (!last || last.kind !== 'escalate' || last.toTier !== t.tier) return null;
  return { fromTier: last.fromTier, byAgentId: last.byAgentId, at: last.createdAt };
}
