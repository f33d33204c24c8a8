// The SLA deadline schedule: which warnings and breaches are due now, and when the next one is. Pure
// and computed from the local replica, so it runs offline and after a restart; the caller persists the
// keys it has fired (and passes them back), so each fires once. On the first run after a first sync the
// caller marks what is due as fired without showing it (deadlines that passed before this workstation
// watched them are not news).
//
// A ticket is watched while open and assigned to me or unassigned in my tier: its first-response
// deadline until the first response, and its resolution deadline. A warning is due from `dueAt -
// threshold` until the deadline; from the deadline on, the breach is due instead (a warning that was
// missed is not shown after the breach).
import type { Ticket } from '../domain';
import { isOpen } from '../sla';
import { slaKey } from './decide';
import type { Me, NotifyEvent, SlaTarget, TicketRef } from './event-types';

export interface WatchedTicket {
  ticket: Pick<Ticket, 'id' | 'number' | 'subject' | 'tier' | 'priority' | 'assigneeId' | 'status' | 'firstResponseAt' | 'firstResponseDueAt' | 'resolutionDueAt'>;
  vip: boolean;
}

export interface ScheduleInput {
  tickets: readonly WatchedTicket[];
  me: Me;
  /** Milliseconds since the epoch (the caller's clock). */
  now: number;
  thresholdMinutes: number;
  /** Keys already fired (slaKey): never due again. */
  fired: ReadonlySet<string>;
}

export type SlaEvent = Extract<NotifyEvent, { kind: 'sla_warning' | 'sla_breach' }>;

export interface Schedule {
  /** Due now, not fired yet; the caller shows them (through decide) and adds their keys to `fired`. */
  due: SlaEvent[];
  /** The next instant something becomes due (null: nothing watched has a deadline ahead). */
  nextAt: number | null;
}

export function slaSchedule(input: ScheduleInput): Schedule {
  const { me, now, fired } = input;
  const lead = input.thresholdMinutes * 60_000;
  const due: SlaEvent[] = [];
  let nextAt: number | null = null;
  const later = (at: number) => {
    if (nextAt === null || at < nextAt) nextAt = at;
  };
  for (const { ticket: t, vip } of input.tickets) {
    if (!watched(t, me)) continue;
    const ref: TicketRef = { id: t.id, number: t.number, subject: t.subject, tier: t.tier, priority: t.priority, assigneeId: t.assigneeId, vip };
    const targets: Array<[SlaTarget, string]> = [['resolution', t.resolutionDueAt]];
    if (!t.firstResponseAt) targets.unshift(['first_response', t.firstResponseDueAt]);
    for (const [target, dueAt] of targets) {
      const at = Date.parse(dueAt);
      const breach = slaKey('sla_breach', t.id, target, dueAt);
      const warning = slaKey('sla_warning', t.id, target, dueAt);
      if (now >= at) {
        if (!fired.has(breach)) due.push({ kind: 'sla_breach', ticket: ref, actorId: null, target, dueAt });
        continue;
      }
      if (!fired.has(breach)) later(at);
      if (fired.has(warning)) continue;
      if (now >= at - lead) due.push({ kind: 'sla_warning', ticket: ref, actorId: null, target, dueAt });
      else later(at - lead);
    }
  }
  return { due, nextAt };
}

/** The fired keys still worth keeping: those of tickets still watched (the rest may be dropped). */
export function keptFiredKeys(fired: Iterable<string>, input: Pick<ScheduleInput, 'tickets' | 'me'>): string[] {
  const ids = new Set(input.tickets.filter((w) => watched(w.ticket, input.me)).map((w) => w.ticket.id));
  return [...fired].filter((k) => ids.has(k.split(':')[1] ?? ''));
}

function watched(t: WatchedTicket['ticket'], me: Me): boolean {
  return isOpen(t.status) && (t.assigneeId === me.id || (t.assigneeId === null && me.tier !== null && t.tier === me.tier));
}
