// The notification policy: for one event, whether this agent is notified, how loud, and the keys that
// dedupe and coalesce it. Pure (the renderer's sync loop and the SLA schedule feed it; main only shows).
//
//   1. never for my own change (actorId === me);
//   2. only what is mine: new work unassigned in my tier, tickets assigned to me, escalations into my
//      tier, SLA deadlines of tickets assigned to me or unassigned in my tier, refusals of my changes;
//   3. the event kind switched off → nothing;
//   4. on a break / away / offline: settings.quiet says all, urgent only (default) or none; urgent is an
//      urgent-priority ticket, a VIP customer, or an SLA breach;
//   5. loudness: the kind's sound setting; urgent → 'urgent-sound'; busy → silent unless busySound;
//      focused → an in-app notification (no OS one), sounding only when urgent.
import { clampText } from '../bounds';
import type { DecideContext, Loudness, NotifyContent, NotifyEvent, Suppressed, Surface, TicketBrief, TicketRef } from './event-types';

export interface Decision {
  notify: boolean;
  /** Set when notify is false. */
  suppressed: Suppressed | null;
  loudness: Loudness;
  surface: Surface;
  /** The same ticket/event/version has this key: shown at most once (the coalescer keeps the keys). */
  dedupKey: string;
  /** Notifications with the same key within a burst become one (null: never merged). */
  coalesceKey: string | null;
  content: NotifyContent;
}

/** A customer's words in a notification: at most this many characters. */
export const PREVIEW_CHARS = 140;

export function decide(e: NotifyEvent, ctx: DecideContext): Decision {
  const { me, presence, settings, focused } = ctx;
  const base = { dedupKey: dedupKeyOf(e), coalesceKey: coalesceKeyOf(e), content: contentOf(e, settings.hideMessageText), surface: (focused ? 'in-app' : 'os') as Surface };
  const no = (why: Suppressed): Decision => ({ ...base, notify: false, suppressed: why, loudness: 'silent' });
  if (e.actorId !== null && e.actorId === me.id) return no('own_change');
  if (!isMine(e, me)) return no('not_mine');
  const toggle = settings.events[e.kind];
  if (!toggle.on) return no('off');
  const urgent = e.kind === 'sla_breach' || (e.ticket !== null && (e.ticket.priority === 'urgent' || e.ticket.vip));
  if (presence === 'break' || presence === 'away' || presence === 'offline') {
    const mode = settings.quiet[presence === 'break' ? 'break' : 'away'];
    if (mode === 'none' || (mode === 'urgent' && !urgent)) return no('presence');
  }
  let sound = toggle.sound;
  if (presence === 'busy' && !settings.busySound) sound = false;
  if (focused && !urgent) sound = false;
  const loudness: Loudness = !sound ? 'silent' : urgent ? 'urgent-sound' : 'sound';
  return { ...base, notify: true, suppressed: null, loudness };
}

function isMine(e: NotifyEvent, me: DecideContext['me']): boolean {
  const queued = (t: TicketRef) => t.assigneeId === null && me.tier !== null && t.tier === me.tier;
  switch (e.kind) {
    case 'new_ticket':
      return queued(e.ticket);
    case 'assigned':
    case 'customer_wrote':
      return e.ticket.assigneeId === me.id;
    case 'escalated':
      return me.tier !== null && e.ticket.tier === me.tier && (e.ticket.assigneeId === null || e.ticket.assigneeId === me.id);
    case 'sla_warning':
    case 'sla_breach':
      return e.ticket.assigneeId === me.id || queued(e.ticket);
    case 'change_refused':
      return true;
  }
}

function dedupKeyOf(e: NotifyEvent): string {
  switch (e.kind) {
    case 'new_ticket':
    case 'assigned':
      return `${e.kind}:${e.ticket.id}:${e.version}`;
    case 'escalated':
      return `escalated:${e.escalationId}`;
    case 'customer_wrote':
      return `customer_wrote:${e.messageId}`;
    case 'sla_warning':
    case 'sla_breach':
      return slaKey(e.kind, e.ticket.id, e.target, e.dueAt);
    case 'change_refused':
      return `change_refused:${e.clientId}:${e.mutationId}`;
  }
}

/** The key of one deadline's warning or breach (the SLA schedule's fired keys are these). */
export function slaKey(kind: 'sla_warning' | 'sla_breach', ticketId: string, target: string, dueAt: string): string {
  return `${kind}:${ticketId}:${target}:${dueAt}`;
}

function coalesceKeyOf(e: NotifyEvent): string | null {
  switch (e.kind) {
    case 'new_ticket':
      return `new_ticket:t${e.ticket.tier}`;
    case 'escalated':
      return `escalated:t${e.ticket.tier}`;
    case 'customer_wrote':
      return `customer_wrote:${e.ticket.id}`;
    case 'sla_warning':
    case 'sla_breach':
    case 'change_refused':
      return e.kind;
    case 'assigned':
      return null;
  }
}

function brief(t: TicketRef | null, hide: boolean): TicketBrief | null {
  return t && { id: t.id, number: t.number, subject: hide ? null : t.subject, priority: t.priority, vip: t.vip };
}

function contentOf(e: NotifyEvent, hide: boolean): NotifyContent {
  const ticket = brief(e.ticket, hide);
  const words = (s: string) => (hide ? null : clampText(s.replace(/\s+/g, ' ').trim(), PREVIEW_CHARS));
  switch (e.kind) {
    case 'new_ticket':
      return { kind: 'new_tickets', count: 1, tier: e.ticket.tier, ticket };
    case 'assigned':
      return { kind: 'assigned', count: 1, ticket, by: hide ? null : e.actorName, handedBack: e.handedBack };
    case 'escalated':
      return { kind: 'escalated', count: 1, ticket, from: hide ? null : e.actorName, fromTier: e.fromTier, tier: e.ticket.tier, reason: words(e.reason) };
    case 'customer_wrote':
      return { kind: 'customer_wrote', count: 1, ticket, preview: words(e.body) };
    case 'sla_warning':
    case 'sla_breach':
      return { kind: 'sla', count: 1, ticket, target: e.target, breached: e.kind === 'sla_breach', dueAt: e.dueAt };
    case 'change_refused':
      return { kind: 'refused', count: 1, ticket, why: e.why };
  }
}
