// Signing in makes an agent present: one the organisation sees as offline becomes available when a session
// starts, and the last session's sign-out makes them offline again (a break or busy chosen before stays as it
// is at sign-in). Written like every change — the shared setPresence rule, the write path, the tenant's next
// version and a poke — so every console, and the notification policy there, sees it.
import type { Presence } from '../../../src/shared/domain';
import { applyMutation } from '../../../src/shared/apply-mutation';
import { lockTenant, type Db, type Dialect } from '../db/database';
import { agentFromRow } from '../sync/rows';
import { writeEffects } from '../sync/write-effects';

export interface PresenceDeps {
  db: Db;
  dialect: Dialect;
  onCommit(tenantId: string, version: number): void;
}

/** Sets `to` when the agent's presence passes `when`; returns whether it changed. */
export async function presenceForSession(deps: PresenceDeps, agentId: string, to: Presence, when: (now: Presence) => boolean): Promise<boolean> {
  const done = await deps.db.transaction().execute(async (tx) => {
    const first = await tx.selectFrom('agents').select(['tenant_id']).where('id', '=', agentId).executeTakeFirst();
    if (!first) return null;
    const tenant = await lockTenant(tx, deps.dialect, first.tenant_id);
    const row = await tx.selectFrom('agents').selectAll().where('id', '=', agentId).executeTakeFirstOrThrow();
    if (!when(row.presence as Presence)) return null;
    const agent = agentFromRow(row);
    const actor = { id: agent.id, name: agent.name, role: agent.role, tier: agent.tier };
    const now = new Date().toISOString();
    const out = applyMutation(actor, now, { id: 1, name: 'setPresence', args: { presence: to } }, { agent });
    if (!out.ok) return null;
    const v = tenant.version + 1;
    await writeEffects({ tx, tenantId: tenant.id, version: v, clientId: null, actor, now, nextTicketNumber: () => tenant.next_ticket_number }, out.effects, undefined);
    await tx.updateTable('tenants').set({ version: v }).where('id', '=', tenant.id).execute();
    return { tenantId: tenant.id, version: v };
  });
  if (done) deps.onCommit(done.tenantId, done.version);
  return done !== null;
}

/** Whether the agent still has a session that is not revoked (another workstation). */
export async function hasOtherSession(db: Db, agentId: string): Promise<boolean> {
  const row = await db.selectFrom('sessions').select('token_hash').where('agent_id', '=', agentId).where('revoked_at', 'is', null).limit(1).executeTakeFirst();
  return row !== undefined;
}
