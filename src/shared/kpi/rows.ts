// The plain rows the KPIs are computed from, as both sides hold them (a replica's tables, or the
// server's columns read back), and how a ticket falls into a group and a period.
import type { Channel, MessageKind, TicketStatus, Tier } from '../domain';

export interface KpiTicket {
  id: string;
  tier: Tier;
  channel: Channel;
  assigneeId: string | null;
  status: TicketStatus;
  createdAt: string;
  solvedAt: string | null;
  firstResponseDueAt: string;
  resolutionDueAt: string;
}
export interface KpiMessage {
  ticketId: string;
  kind: MessageKind;
  createdAt: string;
}
export interface KpiEscalation {
  ticketId: string;
  kind: 'escalate' | 'handback';
  fromTier: Tier;
  toTier: Tier;
}
/** A ticket leaving solved/closed for an open status (the server's ticket_reopens). */
export interface KpiReopen {
  ticketId: string;
  at: string;
}
export interface KpiSurvey {
  ticketId: string;
  csat: number | null;
  nps: number | null;
  at: string;
}
export interface KpiComplaint {
  ticketId: string;
  category: string;
  open: boolean;
  /** When it was raised: a complaint counts in the period it was raised in. */
  at: string;
}

export interface KpiInput {
  tickets: KpiTicket[];
  messages: KpiMessage[];
  escalations: KpiEscalation[];
  reopens: KpiReopen[];
  surveys: KpiSurvey[];
  /** Absent: no complaint data (the report says null); [] means none were raised. */
  complaints?: KpiComplaint[] | undefined;
}

export const GROUP_BYS = ['tier', 'agent', 'channel'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];
/** A tier (1–3), an agent id (null: unassigned) or a channel. */
export type GroupKey = number | string | null;

export interface Period {
  /** Inclusive, ISO instant. */
  from: string;
  /** Exclusive, ISO instant. */
  to: string;
  /** When the report is made: a deadline before it that was not met counts as missed. */
  asOf: string;
}

export function groupOf(t: KpiTicket, by: GroupBy): GroupKey {
  return by === 'tier' ? t.tier : by === 'agent' ? t.assigneeId : t.channel;
}

/** ISO instants of one format (toISOString) compare as text. */
export const inPeriod = (at: string | null, p: Period): boolean => at !== null && at >= p.from && at < p.to;

export const isSolved = (t: KpiTicket): boolean => (t.status === 'solved' || t.status === 'closed') && t.solvedAt !== null;

/** A public reply: a reply or a logged call after the ticket was opened (a phone ticket's opening call log is the contact itself). */
export const isPublicReply = (m: KpiMessage, t: KpiTicket): boolean => (m.kind === 'reply' || m.kind === 'call') && m.createdAt > t.createdAt;
