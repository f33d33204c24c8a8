// Auto-assign on the server: a new ticket of a tier whose auto-assign is on goes to the agent the shared
// rule (src/shared/assign) picks, inside the transaction that creates it and under the tenant lock, so
// two arrivals never both see the same agent below their cap.
import type { Ticket } from '../../../src/shared/index';
import { OPEN_STATUSES } from '../../../src/shared/index';
import { pickAssignee, type AssignCandidate } from '../../../src/shared/assign/pick-assignee';
import type { Tx } from '../db/database';
import { agentFromRow } from './rows';

/** The tenant row's setting (tenants.auto_assign_tiers, migration 0009: bit 1 << tier). */
export interface AutoAssignSetting {
  id: string;
  auto_assign_tiers: number;
}

export const autoAssignOn = (tenant: AutoAssignSetting, tier: number): boolean => (tenant.auto_assign_tiers & (1 << tier)) !== 0;

/**
 * The ticket as it should be created: given to the picked agent (and 'new' becomes 'open', as when an
 * agent is assigned one), or unchanged when auto-assign is off, it has an assignee, or nobody qualifies.
 */
export async function autoAssign(tx: Tx, tenant: AutoAssignSetting, ticket: Ticket): Promise<Ticket> {
  if (ticket.assigneeId !== null || !autoAssignOn(tenant, ticket.tier)) return ticket;
  const agentId = pickAssignee(ticket.tier, await candidates(tx, tenant.id, ticket.tier));
  if (!agentId) return ticket;
  return { ...ticket, assigneeId: agentId, status: ticket.status === 'new' ? 'open' : ticket.status };
}

/** The tier's available agents with their loads; only they can be picked, so only they are counted. */
async function candidates(tx: Tx, tenantId: string, tier: number): Promise<AssignCandidate[]> {
  const agents = (
    await tx.selectFrom('agents').selectAll().where('tenant_id', '=', tenantId).where('role', '=', 'agent').where('tier', '=', tier).where('presence', '=', 'available').execute()
  ).map(agentFromRow);
  if (!agents.length) return [];
  // Index tickets_tenant_assignee_status (migration 0009): a range per agent and open status.
  const loads = await tx
    .selectFrom('tickets')
    .select(['assignee_id', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('tenant_id', '=', tenantId)
    .where(
      'assignee_id',
      'in',
      agents.map((a) => a.id),
    )
    .where('status', 'in', [...OPEN_STATUSES])
    .groupBy('assignee_id')
    .execute();
  const loadOf = new Map(loads.map((r) => [r.assignee_id, Number(r.n)]));
  return agents.map((a) => ({ ...a, load: loadOf.get(a.id) ?? 0 }));
}
