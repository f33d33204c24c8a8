// 0009: workload caps and auto-assign (issue 11, point 5).
// - agents.cap: the most open tickets auto-assign gives the agent (1–500), null for none.
// - agents.presence_since: when the presence last changed. Agents stored before are given the
//   migration's time: their real last change is unknown, and "since the upgrade" is the honest floor.
// - tenants.auto_assign_tiers: bit per tier (1 << tier) whose new tickets the server assigns as they
//   arrive; 0, every tier off, by default.
// - tickets (tenant_id, assignee_id, status): an agent's load (open tickets assigned) is counted from
//   this index for the few agents that may receive a ticket, never by scanning the tenant's tickets.
import { sql, type Kysely } from 'kysely';

export const name = 'workload-caps';

export async function up(db: Kysely<unknown>): Promise<void> {
  const now = new Date().toISOString();
  await db.schema.alterTable('agents').addColumn('cap', 'integer', (c) => c.check(sql`cap between 1 and 500`)).execute();
  await db.schema.alterTable('agents').addColumn('presence_since', 'text', (c) => c.notNull().defaultTo(now)).execute();
  await db.schema.alterTable('tenants').addColumn('auto_assign_tiers', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.createIndex('tickets_tenant_assignee_status').on('tickets').columns(['tenant_id', 'assignee_id', 'status']).execute();
}
