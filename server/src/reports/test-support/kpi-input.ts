// For tests: a tenant's rows read straight from the database as the KPI module's plain rows, so the
// pure function can be run over exactly what the server's SQL counted.
import type { KpiInput } from '../../../../src/shared/kpi/index';
import type { Channel, MessageKind, TicketStatus, Tier } from '../../../../src/shared/index';
import type { Db } from '../../db/database';

export async function kpiInputOf(db: Db, tenantId: string): Promise<KpiInput> {
  const [tickets, messages, escalations, reopens, surveys] = await Promise.all([
    db.selectFrom('tickets').selectAll().where('tenant_id', '=', tenantId).execute(),
    db.selectFrom('messages').select(['ticket_id', 'kind', 'created_at']).where('tenant_id', '=', tenantId).execute(),
    db.selectFrom('escalations').select(['ticket_id', 'kind', 'from_tier', 'to_tier']).where('tenant_id', '=', tenantId).execute(),
    db.selectFrom('ticket_reopens').select(['ticket_id', 'at']).where('tenant_id', '=', tenantId).execute(),
    db.selectFrom('surveys').select(['ticket_id', 'csat', 'nps', 'at']).where('tenant_id', '=', tenantId).execute(),
  ]);
  return {
    tickets: tickets.map((t) => ({
      id: t.id,
      tier: t.tier as Tier,
      channel: t.channel as Channel,
      assigneeId: t.assignee_id,
      status: t.status as TicketStatus,
      createdAt: t.created_at,
      solvedAt: t.solved_at,
      firstResponseDueAt: t.first_response_due_at,
      resolutionDueAt: t.resolution_due_at,
    })),
    messages: messages.map((m) => ({ ticketId: m.ticket_id, kind: m.kind as MessageKind, createdAt: m.created_at })),
    escalations: escalations.map((e) => ({ ticketId: e.ticket_id, kind: e.kind as 'escalate' | 'handback', fromTier: e.from_tier as Tier, toTier: e.to_tier as Tier })),
    reopens: reopens.map((r) => ({ ticketId: r.ticket_id, at: r.at })),
    surveys: surveys.map((s) => ({ ticketId: s.ticket_id, csat: s.csat, nps: s.nps, at: s.at })),
    complaints: tickets.flatMap((t) => (t.complaint_category && t.complaint_raised_at ? [{ ticketId: t.id, category: t.complaint_category, open: t.complaint_state === 'open', at: t.complaint_raised_at }] : [])),
  };
}
