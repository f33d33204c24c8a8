// Domain types of the console. Pure: no electron, node or DOM imports (see eslint layering rule).
import { z } from 'zod';

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
export const Tag = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(40)
  .regex(/^[\p{L}\p{N}_\-:.]+$/u, 'tags are single words: letters, digits, _ - : .');

export const Ticket = z.object({
  id: Id,
  /** Human number, assigned by the server; null until the creating mutation has synced. */
  number: z.number().int().positive().nullable(),
  subject: z.string().min(1).max(200),
  channel: Channel,
  priority: Priority,
  status: TicketStatus,
  tier: Tier,
  assigneeId: Id.nullable(),
  customerId: Id,
  tags: z.array(z.string()),
  firstResponseDueAt: Instant,
  resolutionDueAt: Instant,
  createdAt: Instant,
  updatedAt: Instant,
  firstResponseAt: Instant.nullable(),
  solvedAt: Instant.nullable(),
  /** Optional link to an engineering issue (tier 3). */
  engineeringLink: z.string().max(500).nullable(),
  /** Server version of the last change to this row (0 for a row not yet synced). */
  version: z.number().int().nonnegative(),
  /** Versions the compare-and-set fields were last written at: a client sends the one it saw. */
  statusVersion: z.number().int().nonnegative(),
  assigneeVersion: z.number().int().nonnegative(),
  tierVersion: z.number().int().nonnegative(),
});
export type Ticket = z.infer<typeof Ticket>;

export const Message = z.object({
  id: Id,
  ticketId: Id,
  kind: MessageKind,
  /** Agent id for replies, notes and call logs; customer id for customer messages. */
  authorId: Id,
  authorName: z.string(),
  channel: Channel,
  body: z.string().min(1).max(20000),
  createdAt: Instant,
  version: z.number().int().nonnegative(),
});
export type Message = z.infer<typeof Message>;

export const Customer = z.object({
  id: Id,
  name: z.string().min(1).max(120),
  email: z.email().nullable(),
  phone: z.string().max(40).nullable(),
  language: Language,
  preferredChannel: Channel,
  vip: z.boolean(),
  notes: z.string().max(5000),
  createdAt: Instant,
  updatedAt: Instant,
  version: z.number().int().nonnegative(),
});
export type Customer = z.infer<typeof Customer>;

export const Agent = z.object({
  id: Id,
  name: z.string(),
  email: z.email(),
  role: Role,
  /** Supervisors and admins have no tier. */
  tier: Tier.nullable(),
  presence: Presence,
  version: z.number().int().nonnegative(),
});
export type Agent = z.infer<typeof Agent>;

export const Escalation = z.object({
  id: Id,
  ticketId: Id,
  /** 'escalate' moves work up a tier; 'handback' returns it to tier 1 for the customer follow-up. */
  kind: z.enum(['escalate', 'handback']),
  fromTier: Tier,
  toTier: Tier,
  reason: z.string().max(500),
  /** The handoff summary: what was tried, so nobody asks the customer twice. */
  summary: z.string().max(5000),
  byAgentId: Id,
  createdAt: Instant,
  version: z.number().int().nonnegative(),
});
export type Escalation = z.infer<typeof Escalation>;

/** A last-writer-wins field overwritten on the server keeps its old value here. */
export const HistoryEntry = z.object({
  id: Id,
  ticketId: Id.nullable(),
  customerId: Id.nullable(),
  field: z.string(),
  oldValue: z.unknown(),
  newValue: z.unknown(),
  byAgentId: Id,
  at: Instant,
  version: z.number().int().nonnegative(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** Minimal identity of the one acting, as the server resolves it from the session token. */
export interface Actor {
  id: string;
  name: string;
  role: Role;
  tier: Tier | null;
}
