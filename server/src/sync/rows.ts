// Mapping between SQL rows and the contract's domain objects.
import type { Agent, Customer, Escalation, HistoryEntry, Message, SurveySource, Ticket } from '../../../src/shared/index';
import type { AgentsTable, CustomersTable, EscalationsTable, HistoryTable, MessagesTable, TicketsTable } from '../db/schema';
import { complaintColumns, complaintFromColumns } from './complaint-rows';

type Tier = 1 | 2 | 3;
const tier = (n: number) => n as Tier;

export function ticketFromRow(r: TicketsTable): Ticket {
  return {
    id: r.id,
    number: r.number,
    subject: r.subject,
    channel: r.channel as Ticket['channel'],
    priority: r.priority as Ticket['priority'],
    status: r.status as Ticket['status'],
    tier: tier(r.tier),
    assigneeId: r.assignee_id,
    customerId: r.customer_id,
    tags: JSON.parse(r.tags) as string[],
    firstResponseDueAt: r.first_response_due_at,
    resolutionDueAt: r.resolution_due_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    firstResponseAt: r.first_response_at,
    solvedAt: r.solved_at,
    engineeringLink: r.engineering_link,
    customerUnverified: r.customer_unverified === 1,
    complaint: complaintFromColumns(r),
    rating: r.rating_at === null ? null : { csat: r.rating_csat, nps: r.rating_nps, at: r.rating_at, source: r.rating_source as SurveySource },
    version: r.version,
    statusVersion: r.status_version,
    assigneeVersion: r.assignee_version,
    tierVersion: r.tier_version,
  };
}

/**
 * A ticket's whole row, its bookkeeping at the start: no writer of the compare-and-set fields yet, the
 * tiers it is in, entered the scope at its version. A stored ticket has its number.
 */
export function ticketRow(t: Ticket, tenantId: string): TicketsTable {
  if (t.number === null) throw new Error('a ticket is stored with its number');
  return {
    id: t.id,
    tenant_id: tenantId,
    number: t.number,
    ...ticketColumns(t),
    status_client: null,
    assignee_client: null,
    tier_client: null,
    tier_mask: 1 << t.tier,
    scope_version: t.version,
  };
}

/** The contract fields of a ticket row but its id, in a fresh object (the caller sets the bookkeeping). */
export function ticketColumns(t: Ticket) {
  return {
    subject: t.subject,
    channel: t.channel,
    priority: t.priority,
    status: t.status,
    tier: t.tier,
    assignee_id: t.assigneeId,
    customer_id: t.customerId,
    tags: JSON.stringify(t.tags),
    first_response_due_at: t.firstResponseDueAt,
    resolution_due_at: t.resolutionDueAt,
    created_at: t.createdAt,
    updated_at: t.updatedAt,
    first_response_at: t.firstResponseAt,
    solved_at: t.solvedAt,
    engineering_link: t.engineeringLink,
    customer_unverified: t.customerUnverified ? 1 : 0,
    ...complaintColumns(t.complaint),
    rating_csat: t.rating?.csat ?? null,
    rating_nps: t.rating?.nps ?? null,
    rating_at: t.rating?.at ?? null,
    rating_source: t.rating?.source ?? null,
    version: t.version,
    status_version: t.statusVersion,
    assignee_version: t.assigneeVersion,
    tier_version: t.tierVersion,
  };
}

export function messageFromRow(r: MessagesTable): Message {
  return {
    id: r.id,
    ticketId: r.ticket_id,
    kind: r.kind as Message['kind'],
    authorId: r.author_id,
    authorName: r.author_name,
    channel: r.channel as Message['channel'],
    body: r.body,
    createdAt: r.created_at,
    version: r.version,
  };
}

export function messageRow(m: Message, tenantId: string): MessagesTable {
  return {
    id: m.id,
    tenant_id: tenantId,
    ticket_id: m.ticketId,
    kind: m.kind,
    author_id: m.authorId,
    author_name: m.authorName,
    channel: m.channel,
    body: m.body,
    created_at: m.createdAt,
    version: m.version,
  };
}

export function customerFromRow(r: CustomersTable): Customer {
  return {
    id: r.id,
    name: r.name,
    email: r.email,
    phone: r.phone,
    language: r.language as Customer['language'],
    preferredChannel: r.preferred_channel as Customer['preferredChannel'],
    vip: r.vip === 1,
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}

export const normEmail = (e: string | null | undefined) => (e ? e.trim().toLowerCase() : null);
export const normPhone = (p: string | null | undefined) => {
  const digits = (p ?? '').replace(/\D/g, '');
  return digits.length >= 5 ? digits : null;
};

/** createdBy: the agent creating the customer (kept on later updates, which leave it out). */
export function customerRow(c: Customer, tenantId: string, createdBy: string | null = null): CustomersTable {
  return {
    id: c.id,
    tenant_id: tenantId,
    name: c.name,
    email: c.email,
    email_norm: normEmail(c.email),
    phone: c.phone,
    phone_norm: normPhone(c.phone),
    language: c.language,
    preferred_channel: c.preferredChannel,
    vip: c.vip ? 1 : 0,
    notes: c.notes,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    version: c.version,
    created_by_agent_id: createdBy,
  };
}

export function agentFromRow(r: AgentsTable): Agent {
  return {
    id: r.id,
    name: r.name,
    email: r.email,
    role: r.role as Agent['role'],
    tier: r.tier === null ? null : tier(r.tier),
    presence: r.presence as Agent['presence'],
    cap: r.cap,
    presenceSince: r.presence_since,
    lastBreakEndedAt: r.last_break_ended_at,
    version: r.version,
  };
}

/** passwordHash: none by default, so the agent cannot sign in until one is set. */
export function agentRow(a: Agent, tenantId: string, passwordHash = ''): AgentsTable {
  return {
    id: a.id,
    tenant_id: tenantId,
    email: normEmail(a.email)!,
    name: a.name,
    role: a.role,
    tier: a.tier,
    presence: a.presence,
    password_hash: passwordHash,
    version: a.version,
    cap: a.cap,
    // A value from before the field (a replica's old row) has none: stored as the write's own time.
    presence_since: a.presenceSince ?? new Date().toISOString(),
    last_break_ended_at: a.lastBreakEndedAt ?? null,
  };
}

export function escalationFromRow(r: EscalationsTable): Escalation {
  return {
    id: r.id,
    ticketId: r.ticket_id,
    kind: r.kind as Escalation['kind'],
    fromTier: tier(r.from_tier),
    toTier: tier(r.to_tier),
    reason: r.reason,
    summary: r.summary,
    byAgentId: r.by_agent_id,
    createdAt: r.created_at,
    version: r.version,
  };
}

export function escalationRow(e: Escalation, tenantId: string): EscalationsTable {
  return {
    id: e.id,
    tenant_id: tenantId,
    ticket_id: e.ticketId,
    kind: e.kind,
    from_tier: e.fromTier,
    to_tier: e.toTier,
    reason: e.reason,
    summary: e.summary,
    by_agent_id: e.byAgentId,
    created_at: e.createdAt,
    version: e.version,
  };
}

export function historyFromRow(r: HistoryTable): HistoryEntry {
  return {
    id: r.id,
    ticketId: r.ticket_id,
    customerId: r.customer_id,
    field: r.field,
    oldValue: JSON.parse(r.old_value) as unknown,
    newValue: JSON.parse(r.new_value) as unknown,
    byAgentId: r.by_agent_id,
    at: r.at,
    version: r.version,
  };
}

/** Values are stored as JSON text (an absent one as null). */
export function historyRow(h: HistoryEntry, tenantId: string): HistoryTable {
  return {
    id: h.id,
    tenant_id: tenantId,
    ticket_id: h.ticketId,
    customer_id: h.customerId,
    field: h.field,
    old_value: JSON.stringify(h.oldValue ?? null),
    new_value: JSON.stringify(h.newValue ?? null),
    by_agent_id: h.byAgentId,
    at: h.at,
    version: h.version,
  };
}
