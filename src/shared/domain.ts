// Domain types of the console. Pure: no electron, node or DOM imports (see eslint layering rule).
import { z } from 'zod';
import { Email, Int32, PositiveInt32, httpUrl, jsonValue, text } from './bounds';
import { Complaint } from './complaint';

export const CHANNELS = ['phone', 'email', 'chat', 'social', 'web'] as const;
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export const STATUSES = ['new', 'open', 'pending', 'on_hold', 'solved', 'closed'] as const;
export const TIERS = [1, 2, 3] as const;
export const ROLES = ['agent', 'supervisor', 'admin'] as const;
export const PRESENCES = ['available', 'busy', 'break', 'away', 'offline'] as const;
export const LANGUAGES = ['en', 'hu', 'lv'] as const;
export const MESSAGE_KINDS = ['customer', 'reply', 'note', 'call'] as const;

export const Channel = z.enum(CHANNELS);
export const Priority = z.enum(PRIORITIES);
export const TicketStatus = z.enum(STATUSES);
export const Tier = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export const Role = z.enum(ROLES);
export const Presence = z.enum(PRESENCES);
export const Language = z.enum(LANGUAGES);
export const MessageKind = z.enum(MESSAGE_KINDS);

export type Channel = z.infer<typeof Channel>;
export type Priority = z.infer<typeof Priority>;
export type TicketStatus = z.infer<typeof TicketStatus>;
export type Tier = z.infer<typeof Tier>;
export type Role = z.infer<typeof Role>;
export type Presence = z.infer<typeof Presence>;
export type Language = z.infer<typeof Language>;
export type MessageKind = z.infer<typeof MessageKind>;

export const Id = z.uuid();
/** UTC instant as produced by Date#toISOString(). */
export const Instant = z.iso.datetime();
export const Tag = text(40, { trim: true })
  .toLowerCase()
  .min(1)
  .regex(/^[\p{L}\p{N}_\-:.]+$/u, 'tag_not_a_word');

/** Tags a ticket may hold: each is re-sent with the ticket to every workstation holding it. */
export const MAX_TAGS_PER_TICKET = 50;
/** Names of people (agents, customers) as the contract carries them. */
const Name = text(120);
/** A row's server version, and the versions its compare-and-set fields were written at. */
const Version = Int32;

/** A customer's satisfaction answer: CSAT 1–5, NPS 0–10. */
export const Csat = z.number().int().min(1).max(5);
export const Nps = z.number().int().min(0).max(10);
/** Where an answer came from: an external survey system, or the agent after a call. */
export const SURVEY_SOURCES = ['inbound', 'agent'] as const;
export const SurveySource = z.enum(SURVEY_SOURCES);
export type SurveySource = z.infer<typeof SurveySource>;
/** A ticket's latest answer (either score may be missing from it). */
export const TicketRating = z.object({ csat: Csat.nullable(), nps: Nps.nullable(), at: Instant, source: SurveySource });
export type TicketRating = z.infer<typeof TicketRating>;

export const Ticket = z.object({
  id: Id,
  /** Human number, assigned by the server; null until the creating mutation has synced. */
  number: PositiveInt32.nullable(),
  subject: text(200).min(1),
  channel: Channel,
  priority: Priority,
  status: TicketStatus,
  tier: Tier,
  assigneeId: Id.nullable(),
  customerId: Id,
  tags: z.array(Tag).max(MAX_TAGS_PER_TICKET),
  firstResponseDueAt: Instant,
  resolutionDueAt: Instant,
  createdAt: Instant,
  updatedAt: Instant,
  firstResponseAt: Instant.nullable(),
  solvedAt: Instant.nullable(),
  /** Optional link to an engineering issue (tier 3). */
  engineeringLink: httpUrl(500).nullable(),
  /**
   * True while the ticket's customer was matched only by an e-mail or phone the contact claimed (an
   * inbound contact from a known address): the card may not be this caller's until an agent confirms it
   * (confirmCustomer). False for tickets agents open and for contacts that created a new customer.
   * A replica row stored before this field existed lacks it: read it as false.
   */
  customerUnverified: z.boolean().default(false),
  /**
   * The latest CSAT/NPS answer about the ticket, from any source, so the ticket view shows it (every answer
   * is also a row of the server's surveys, which the KPIs read). Absent or null: no answer yet.
   */
  rating: TicketRating.nullable().optional(),
  /**
   * The ticket's complaint (complaint.ts), one at a time; null or absent (a row from before the field, or
   * a literal that leaves it out): none.
   */
  complaint: Complaint.nullable().optional(),
  /** Server version of the last change to this row (0 for a row not yet synced). */
  version: Version,
  /** Versions the compare-and-set fields were last written at: a client sends the one it saw. */
  statusVersion: Version,
  assigneeVersion: Version,
  tierVersion: Version,
});
export type Ticket = z.infer<typeof Ticket>;

export const Message = z.object({
  id: Id,
  ticketId: Id,
  kind: MessageKind,
  /** Agent id for replies, notes and call logs; customer id for customer messages. */
  authorId: Id,
  authorName: Name,
  channel: Channel,
  body: text(20000).min(1),
  createdAt: Instant,
  version: Version,
});
export type Message = z.infer<typeof Message>;

export const Customer = z.object({
  id: Id,
  name: Name.min(1),
  email: Email.nullable(),
  phone: text(40).nullable(),
  language: Language,
  preferredChannel: Channel,
  vip: z.boolean(),
  notes: text(5000),
  createdAt: Instant,
  updatedAt: Instant,
  version: Version,
});
export type Customer = z.infer<typeof Customer>;

/** The largest per-agent cap a supervisor may set. */
export const MAX_AGENT_CAP = 500;

export const Agent = z.object({
  id: Id,
  name: Name,
  email: Email,
  role: Role,
  /** Supervisors and admins have no tier. */
  tier: Tier.nullable(),
  presence: Presence,
  /**
   * Most open tickets auto-assign gives the agent (1–500); null: no cap. A replica row stored before this
   * field existed lacks it: read it as null.
   */
  cap: z.number().int().min(1).max(MAX_AGENT_CAP).nullable().default(null),
  /** When the presence last changed (set by setPresence); null only in a replica row from before the field. */
  presenceSince: Instant.nullable().default(null),
  /**
   * When the agent's last rest (a break, or time offline) ended (set by setPresence; assign/breaks.ts);
   * null or absent: none recorded yet (a row from before the field, or an agent never signed in).
   */
  lastBreakEndedAt: Instant.nullable().optional(),
  version: Version,
});
export type Agent = z.infer<typeof Agent>;

/** An organisation's setting for one tier, on every workstation: is auto-assign on (setAutoAssign)? */
export const TierSetting = z.object({
  id: Id,
  tier: Tier,
  autoAssign: z.boolean(),
  version: Version,
});
export type TierSetting = z.infer<typeof TierSetting>;

export const Escalation = z.object({
  id: Id,
  ticketId: Id,
  /** 'escalate' moves work up a tier; 'handback' returns it to tier 1 for the customer follow-up. */
  kind: z.enum(['escalate', 'handback']),
  fromTier: Tier,
  toTier: Tier,
  reason: text(500),
  /** The handoff summary: what was tried, so nobody asks the customer twice. */
  summary: text(5000),
  byAgentId: Id,
  createdAt: Instant,
  version: Version,
});
export type Escalation = z.infer<typeof Escalation>;

const MAX_HISTORY_VALUE_JSON = 20_000;
/** A last-writer-wins field overwritten on the server keeps its old value here. */
export const HistoryEntry = z.object({
  id: Id,
  ticketId: Id.nullable(),
  customerId: Id.nullable(),
  field: text(40),
  /** Values of bounded fields (the longest, customer notes, is 5,000 characters: ~10,000 as JSON). */
  oldValue: jsonValue(MAX_HISTORY_VALUE_JSON),
  newValue: jsonValue(MAX_HISTORY_VALUE_JSON),
  byAgentId: Id,
  at: Instant,
  version: Version,
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** Minimal identity of the one acting, as the server resolves it from the session token. */
export interface Actor {
  id: string;
  name: string;
  role: Role;
  tier: Tier | null;
}
