// For tests: the KPI module's hand-made fixture (src/shared/kpi/test-support/fixture.ts) written into a
// tenant's tables directly, its short ids replaced by real ones and its dates moved back 25 years (out of
// the way of the demo organisation's tickets), so the server's SQL can be held to the hand-worked numbers.
import { uuidv7, type Complaint, type ComplaintCategory, type Tier } from '../../../../src/shared/index';
import type { KpiInput, Period } from '../../../../src/shared/kpi/index';
import { newTicket } from '../../../../src/shared/new-ticket';
import type { Db } from '../../db/database';
import { escalationRow, messageRow, ticketRow } from '../../sync/rows';

const back25 = (s: string) => s.replace(/^2026-01-/, '2001-01-').replace(/^2025-12-/, '2000-12-');

/** The fixture with real ids and moved dates, as the pure module should see it. */
export function movedFixture(f: KpiInput, p: Period, agents: Record<string, string>): { input: KpiInput; period: Period } {
  const ids = new Map(f.tickets.map((t) => [t.id, uuidv7()]));
  const id = (t: string) => ids.get(t)!;
  return {
    input: {
      tickets: f.tickets.map((t) => ({
        ...t,
        id: id(t.id),
        assigneeId: t.assigneeId && agents[t.assigneeId]!,
        createdAt: back25(t.createdAt),
        solvedAt: t.solvedAt && back25(t.solvedAt),
        firstResponseDueAt: back25(t.firstResponseDueAt),
        resolutionDueAt: back25(t.resolutionDueAt),
      })),
      messages: f.messages.map((m) => ({ ...m, ticketId: id(m.ticketId), createdAt: back25(m.createdAt) })),
      escalations: f.escalations.map((e) => ({ ...e, ticketId: id(e.ticketId) })),
      reopens: f.reopens.map((r) => ({ ticketId: id(r.ticketId), at: back25(r.at) })),
      surveys: f.surveys.map((s) => ({ ...s, ticketId: id(s.ticketId), at: back25(s.at) })),
      complaints: f.complaints?.map((c) => ({ ...c, ticketId: id(c.ticketId), at: back25(c.at) })),
    },
    period: { from: back25(p.from), to: back25(p.to), asOf: p.asOf },
  };
}

export async function insertFixture(db: Db, tenantId: string, input: KpiInput, firstNumber: number): Promise<void> {
  const customerId = uuidv7();
  const actor = uuidv7();
  let number = firstNumber;
  for (const t of input.tickets) {
    const base = { ...newTicket(t.createdAt, { id: t.id, subject: 'KPI fixture', channel: t.channel, priority: 'normal', status: t.status, tier: t.tier, assigneeId: t.assigneeId, customerId, customerUnverified: false }), complaint: fixtureComplaint(input, t.id, actor) };
    const row = ticketRow({ ...base, number: number++, version: 1, solvedAt: t.solvedAt, firstResponseDueAt: t.firstResponseDueAt, resolutionDueAt: t.resolutionDueAt }, tenantId);
    // Every tier it was in, as the write path keeps it.
    for (const e of input.escalations.filter((x) => x.ticketId === t.id)) row.tier_mask |= (1 << e.fromTier) | (1 << e.toTier);
    await db.insertInto('tickets').values(row).execute();
  }
  const channelOf = new Map(input.tickets.map((t) => [t.id, t.channel]));
  for (const m of input.messages) {
    await db
      .insertInto('messages')
      .values(messageRow({ id: uuidv7(), ticketId: m.ticketId, kind: m.kind, authorId: actor, authorName: 'Fixture', channel: channelOf.get(m.ticketId)!, body: 'x', createdAt: m.createdAt, version: 1 }, tenantId))
      .execute();
  }
  for (const e of input.escalations) {
    const at = input.tickets.find((t) => t.id === e.ticketId)!.createdAt;
    await db
      .insertInto('escalations')
      .values(escalationRow({ id: uuidv7(), ticketId: e.ticketId, kind: e.kind, fromTier: e.fromTier as Tier, toTier: e.toTier as Tier, reason: 'fixture', summary: 'fixture summary', byAgentId: actor, createdAt: at, version: 1 }, tenantId))
      .execute();
  }
  for (const r of input.reopens) await db.insertInto('ticket_reopens').values({ tenant_id: tenantId, ticket_id: r.ticketId, from_status: 'solved', to_status: 'open', at: r.at }).execute();
  for (const s of input.surveys) await db.insertInto('surveys').values({ id: uuidv7(), tenant_id: tenantId, ticket_id: s.ticketId, csat: s.csat, nps: s.nps, comment: null, source: 'inbound', at: s.at }).execute();
}

/** The ticket's complaint as the ticket carries it (closed an hour after it was raised). */
function fixtureComplaint(input: KpiInput, ticketId: string, by: string): Complaint | null {
  const c = input.complaints?.find((x) => x.ticketId === ticketId);
  if (!c) return null;
  const closedAt = c.open ? null : new Date(Date.parse(c.at) + 3_600_000).toISOString();
  return { category: c.category as ComplaintCategory, description: 'Fixture complaint', raisedById: by, raisedAt: c.at, state: c.open ? 'open' : 'closed', closedById: c.open ? null : by, closedAt };
}
