// The events the notification policy decides about, and the notifications it makes of them. No words:
// a notification is a code (`kind`) with params; the renderer words it in the agent's language.
import type { Presence, Priority, Tier } from '../domain';
import type { WireReason } from '../reasons';
import type { NotifySettings } from './settings';

/** Event kinds; each has its own on/off and sound setting (settings.ts). */
export const NOTIFY_KINDS = ['new_ticket', 'assigned', 'escalated', 'customer_wrote', 'sla_warning', 'sla_breach', 'change_refused'] as const;
export type NotifyKind = (typeof NOTIFY_KINDS)[number];

/** The agent a workstation notifies: `tier` null for supervisors and admins (no queue of their own). */
export interface Me {
  id: string;
  tier: Tier | null;
}

/** What a notification needs of its ticket (the replica's row, and its customer's VIP mark). */
export interface TicketRef {
  id: string;
  number: number | null;
  subject: string;
  tier: Tier;
  priority: Priority;
  assigneeId: string | null;
  vip: boolean;
}

export type SlaTarget = 'first_response' | 'resolution';

/**
 * Something that happened that may concern `me`. `actorId` is the agent whose change it was (null: a
 * customer, the server, the clock, or not known); the policy never notifies an agent of its own change.
 */
export type NotifyEvent =
  /** A ticket entered my queue (unassigned in my tier): new, released, or first seen. `version`: the row's. */
  | { kind: 'new_ticket'; ticket: TicketRef; actorId: string | null; version: number }
  /** Assigned to me by someone else, or handed back to me (handedBack). `version`: the assignee's version. */
  | { kind: 'assigned'; ticket: TicketRef; actorId: string | null; actorName: string | null; handedBack: boolean; version: number }
  /** An escalation arrived in my tier: from whom, from which tier, and the reason its author wrote. */
  | { kind: 'escalated'; ticket: TicketRef; actorId: string | null; actorName: string | null; escalationId: string; fromTier: Tier; reason: string }
  /** The customer wrote on a ticket assigned to me. */
  | { kind: 'customer_wrote'; ticket: TicketRef; actorId: null; messageId: string; body: string }
  /** A first-response or resolution deadline is near (warning) or has passed (breach). */
  | { kind: 'sla_warning' | 'sla_breach'; ticket: TicketRef; actorId: null; target: SlaTarget; dueAt: string }
  /** A change of mine was refused (someone else took the ticket, …): the refusal's reason. */
  | { kind: 'change_refused'; ticket: TicketRef | null; actorId: null; clientId: string; mutationId: number; why: WireReason };

/** A ticket as a notification shows it; subject null when message text is hidden. */
export interface TicketBrief {
  id: string;
  number: number | null;
  subject: string | null;
  priority: Priority;
  vip: boolean;
}

/**
 * What a notification says, as a code with params (`count` > 1: coalesced; `ticket` null: several
 * tickets, a click opens the queue). With hideMessageText, text (subject, preview, reason) and names are null:
 * only the ticket's number and the kind of event are shown.
 */
export type NotifyContent =
  | { kind: 'new_tickets'; count: number; tier: Tier; ticket: TicketBrief | null }
  | { kind: 'assigned'; count: number; ticket: TicketBrief | null; by: string | null; handedBack: boolean }
  | { kind: 'escalated'; count: number; ticket: TicketBrief | null; from: string | null; fromTier: Tier; tier: Tier; reason: string | null }
  | { kind: 'customer_wrote'; count: number; ticket: TicketBrief | null; preview: string | null }
  | { kind: 'sla'; count: number; ticket: TicketBrief | null; target: SlaTarget; breached: boolean; dueAt: string }
  | { kind: 'refused'; count: number; ticket: TicketBrief | null; why: WireReason };

export type Loudness = 'silent' | 'sound' | 'urgent-sound';
/** os: a desktop notification (window not focused); in-app: the console's own toast (focused). */
export type Surface = 'os' | 'in-app';
/** Why an event did not notify (for tests and a debug view; never shown as words from here). */
export type Suppressed = 'own_change' | 'not_mine' | 'off' | 'presence';

export interface DecideContext {
  me: Me;
  presence: Presence;
  settings: NotifySettings;
  /** The console window has focus (then no OS notification: an in-app one). */
  focused: boolean;
}
