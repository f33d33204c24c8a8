// A notification's content (a code with params, shared/notify) in the agent's words: a title and a body.
// With hideMessageText the policy has already nulled subject, preview, reason and names, so only the
// ticket's number and the kind of event remain (the body then says to open the console).
import type { NotifyContent } from '../../shared/notify';
import type { Strings } from '../i18n';

export interface NotifyWords {
  title: string;
  body: string;
}

export function wordsOf(c: NotifyContent, t: Pick<Strings, 'notify' | 'reason' | 'format'>): NotifyWords {
  const w = t.notify;
  // Pulled tickets always carry their number; 0 only for a row the server has not numbered yet.
  const number = c.ticket?.number ?? 0;
  const subject = c.ticket?.subject ?? null;
  const several = c.count > 1 && !c.ticket;
  switch (c.kind) {
    case 'new_tickets':
      return several || c.count > 1
        ? { title: w.newTickets(c.count, c.tier), body: w.newTicketsBody }
        : { title: w.newTicket(number, c.tier), body: subject ?? w.hidden };
    case 'assigned':
      return { title: assignedTitle(w, number, c.by, c.handedBack), body: subject ?? w.hidden };
    case 'escalated':
      return several
        ? { title: w.escalatedMany(c.count, c.tier), body: w.several }
        : { title: w.escalated(number, c.tier), body: c.reason === null ? w.escalatedHidden(c.fromTier) : c.from ? w.escalatedBody(c.fromTier, c.from, c.reason) : w.escalatedBodyNoName(c.fromTier, c.reason) };
    case 'customer_wrote':
      return { title: w.customerWrote(number, c.count), body: c.preview ?? w.hidden };
    case 'sla':
      return several
        ? { title: w.slaMany(c.count, c.breached), body: w.several }
        : { title: slaTitle(w, number, c.target, c.breached), body: w.slaDue(t.format.dateTime(c.dueAt)) };
    case 'refused':
      return several
        ? { title: w.refusedMany(c.count), body: w.several }
        : { title: c.ticket?.number ? w.refused(c.ticket.number) : w.refusedNoTicket, body: t.reason(c.why) };
  }
}

type Words = Strings['notify'];

function assignedTitle(w: Words, number: number, by: string | null, handedBack: boolean): string {
  if (handedBack) return by ? w.handedBackBy(number, by) : w.handedBack(number);
  return by ? w.assignedBy(number, by) : w.assigned(number);
}

function slaTitle(w: Words, number: number, target: 'first_response' | 'resolution', breached: boolean): string {
  if (breached) return target === 'first_response' ? w.slaBreachFirst(number) : w.slaBreachResolution(number);
  return target === 'first_response' ? w.slaWarningFirst(number) : w.slaWarningResolution(number);
}
