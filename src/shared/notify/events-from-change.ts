// The events one pulled ticket means for agent `me`, from the replica's row before the change (or none)
// and the row after, with the messages and escalations of that ticket the same pull brought. The
// renderer's sync loop calls it per pulled ticket; decide() then judges each event.
//
// Nothing for a first sync, a refetch or a page delivered again (`initial`: the loop knows), and no
// ticket-field event when the row's last change was this workstation's own (`lastChangeByMe`: the loop
// knows its acknowledged and pending mutations). Messages and escalations are judged by their author.
import type { Escalation, Message, Ticket } from '../domain';
import { isOpen } from '../sla';
import type { Me, NotifyEvent, TicketRef } from './event-types';

export interface PulledTicket {
  ticket: Ticket;
  /** The ticket's customer is a VIP. */
  vip: boolean;
  /** Messages of this ticket in this pull that the replica did not hold. */
  newMessages: readonly Pick<Message, 'id' | 'kind' | 'authorId' | 'body'>[];
  /** Escalations and hand-backs of this ticket in this pull that the replica did not hold. */
  newEscalations: readonly Pick<Escalation, 'id' | 'kind' | 'fromTier' | 'toTier' | 'reason' | 'byAgentId'>[];
  /** The row's last change was a mutation of this workstation (acknowledged in this pull, or pending). */
  lastChangeByMe: boolean;
}

export interface ChangeOptions {
  /** A first sync, a refetch, or a page delivered again: no events at all. */
  initial: boolean;
  /** An agent's name for the notification ("from Béla"); null when the replica does not know it. */
  nameOf?: (agentId: string) => string | null;
}

export function eventsFromChange(before: Ticket | undefined, after: PulledTicket, me: Me, opts: ChangeOptions): NotifyEvent[] {
  if (opts.initial) return [];
  const t = after.ticket;
  const ref: TicketRef = { id: t.id, number: t.number, subject: t.subject, tier: t.tier, priority: t.priority, assigneeId: t.assigneeId, vip: after.vip };
  const nameOf = (id: string) => opts.nameOf?.(id) ?? null;
  const out: NotifyEvent[] = [];
  const byOthers = after.newEscalations.filter((e) => e.byAgentId !== me.id);
  const escalatedHere = byOthers.filter((e) => e.kind === 'escalate' && e.toTier === t.tier && me.tier === t.tier);
  const handBack = byOthers.find((e) => e.kind === 'handback');
  for (const e of escalatedHere) {
    out.push({ kind: 'escalated', ticket: ref, actorId: e.byAgentId, actorName: nameOf(e.byAgentId), escalationId: e.id, fromTier: e.fromTier, reason: e.reason });
  }
  if (!after.lastChangeByMe && isOpen(t.status)) {
    const queued = (x: Ticket | undefined) => !!x && isOpen(x.status) && x.assigneeId === null && me.tier !== null && x.tier === me.tier;
    // An escalation into my tier says it already; a new ticket event would say it twice.
    if (queued(t) && !queued(before) && !escalatedHere.length) out.push({ kind: 'new_ticket', ticket: ref, actorId: null, version: t.version });
    if (t.assigneeId === me.id && before?.assigneeId !== me.id) {
      const by = handBack?.byAgentId ?? null;
      out.push({ kind: 'assigned', ticket: ref, actorId: by, actorName: by && nameOf(by), handedBack: !!handBack, version: t.assigneeVersion });
    }
  }
  if (t.assigneeId === me.id) {
    for (const m of after.newMessages) if (m.kind === 'customer') out.push({ kind: 'customer_wrote', ticket: ref, actorId: null, messageId: m.id, body: m.body });
  }
  return out;
}
