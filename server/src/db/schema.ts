// Table shapes as Kysely sees them. Timestamps are UTC ISO strings; JSON fields are text.
import type { Generated } from 'kysely';

export interface TenantsTable {
  id: string;
  name: string;
  version: number;
  min_cursor: number;
  next_ticket_number: number;
  created_at: string;
  /** Language of a customer an inbound contact creates without naming one (migration 0004). */
  default_language: Generated<string>;
  /** Bit per tier (1 << tier) whose new tickets are auto-assigned (migration 0009); 0: none. */
  auto_assign_tiers: Generated<number>;
}
export interface AgentsTable {
  id: string;
  tenant_id: string;
  email: string;
  name: string;
  role: string;
  tier: number | null;
  presence: string;
  password_hash: string;
  version: number;
  /** Most open tickets auto-assign gives the agent; null: no cap (migration 0009). */
  cap: number | null;
  /** When the presence last changed (migration 0009). */
  presence_since: string;
  /** When the last rest (a break, or time offline) ended (migration 0012); null: not known. */
  last_break_ended_at: string | null;
}
/** The replicated copy of tenants.auto_assign_tiers, a row per tier (migration 0012, entity tierSetting). */
export interface TierSettingsTable {
  id: string;
  tenant_id: string;
  tier: number;
  /** 1: the tier's new tickets are auto-assigned. */
  auto_assign: number;
  version: number;
}
export interface SessionsTable {
  token_hash: string;
  agent_id: string;
  created_at: string;
  revoked_at: string | null;
  /** Updated at most about once a minute (null only before migration 0002 filled it in). */
  last_used_at: string | null;
}
export interface ClientsTable {
  client_id: string;
  agent_id: string;
  last_mutation_id: number;
  created_at: string;
}
export interface RefusalsTable {
  client_id: string;
  mutation_id: number;
  code: string;
  /** Words from before migration 0007; empty since (the reason and params say why). */
  message: string;
  reason: string;
  /** The reason's params as JSON. */
  params: string;
}
export interface CustomersTable {
  id: string;
  tenant_id: string;
  name: string;
  email: string | null;
  email_norm: string | null;
  phone: string | null;
  phone_norm: string | null;
  language: string;
  preferred_channel: string;
  vip: number;
  notes: string;
  created_at: string;
  updated_at: string;
  version: number;
  /** The agent who created the customer; null for inbound contacts and imports (migration 0004). */
  created_by_agent_id: string | null;
}
export interface TicketsTable {
  id: string;
  tenant_id: string;
  number: number;
  subject: string;
  channel: string;
  priority: string;
  status: string;
  tier: number;
  assignee_id: string | null;
  customer_id: string;
  tags: string;
  first_response_due_at: string;
  resolution_due_at: string;
  created_at: string;
  updated_at: string;
  first_response_at: string | null;
  solved_at: string | null;
  engineering_link: string | null;
  /** 1: an inbound contact matched this customer only by a claimed e-mail or phone (migration 0004). */
  customer_unverified: number;
  version: number;
  status_version: number;
  assignee_version: number;
  tier_version: number;
  status_client: string | null;
  assignee_client: string | null;
  tier_client: string | null;
  /** Bit per tier the ticket has ever been in (1<<tier): those tiers' agents keep receiving it. */
  tier_mask: number;
  /** Version at which the ticket last entered someone's scope: its whole thread is resent then. */
  scope_version: number;
  /** The ticket's complaint (migration 0010): all null when it has none. */
  complaint_category: string | null;
  complaint_description: string | null;
  complaint_raised_by: string | null;
  complaint_raised_at: string | null;
  /** 'open' | 'closed'. */
  complaint_state: string | null;
  complaint_closed_by: string | null;
  complaint_closed_at: string | null;
  /** The latest survey answer about the ticket, from either source (migration 0011); null: none yet. */
  rating_csat: number | null;
  rating_nps: number | null;
  rating_at: string | null;
  rating_source: string | null;
}
export interface ParticipantsTable {
  ticket_id: string;
  agent_id: string;
}
/** Scope membership (migration 0006): which scope keys hold a ticket, kept by writeEffects. */
export interface TicketScopesTable {
  ticket_id: string;
  /** '*' (every ticket), 't1'..'t3' (a tier it has been in), 'a:<agentId>' (assignee or participant). */
  scope: string;
  tenant_id: string;
  customer_id: string;
  /** The ticket's updated_at while it is closed, else null: the history window, checked in the index. */
  closed_at: string | null;
  /** Messages, escalations and history rows of the ticket: what a first sync sends with it. */
  thread_rows: number;
}
export interface MessagesTable {
  id: string;
  tenant_id: string;
  ticket_id: string;
  kind: string;
  author_id: string;
  author_name: string;
  channel: string;
  body: string;
  created_at: string;
  version: number;
}
export interface EscalationsTable {
  id: string;
  tenant_id: string;
  ticket_id: string;
  kind: string;
  from_tier: number;
  to_tier: number;
  reason: string;
  summary: string;
  by_agent_id: string;
  created_at: string;
  version: number;
}
export interface HistoryTable {
  id: string;
  tenant_id: string;
  ticket_id: string | null;
  customer_id: string | null;
  field: string;
  old_value: string;
  new_value: string;
  by_agent_id: string;
  at: string;
  version: number;
}
/** A CSAT and/or NPS answer about a ticket (migration 0008). */
export interface SurveysTable {
  id: string;
  tenant_id: string;
  ticket_id: string;
  csat: number | null;
  nps: number | null;
  comment: string | null;
  /** 'inbound' (an external system) or 'agent' (recorded from the ticket view). */
  source: string;
  at: string;
}
/** A ticket leaving solved/closed for an open status, written by a trigger (migration 0008). */
export interface TicketReopensTable {
  tenant_id: string;
  ticket_id: string;
  from_status: string;
  to_status: string;
  at: string;
}
export interface MigrationsTable {
  id: number;
  name: string;
  applied_at: string;
  seq: Generated<number>;
}

export interface Schema {
  tenants: TenantsTable;
  agents: AgentsTable;
  sessions: SessionsTable;
  clients: ClientsTable;
  refusals: RefusalsTable;
  customers: CustomersTable;
  tickets: TicketsTable;
  ticket_participants: ParticipantsTable;
  ticket_scopes: TicketScopesTable;
  messages: MessagesTable;
  escalations: EscalationsTable;
  history: HistoryTable;
  surveys: SurveysTable;
  ticket_reopens: TicketReopensTable;
  tier_settings: TierSettingsTable;
  schema_migrations: Omit<MigrationsTable, 'seq'>;
}
