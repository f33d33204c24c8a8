// What the agent may do on a ticket, asked of the shared rules (authorize) with the mutation each action
// would send, so buttons, keys and the palette offer exactly what the server will accept — and change
// the moment the ticket does (escalated out of the tier, taken by someone else).
import { authorize, canWorkTicket } from '../../shared/authorize';
import type { Agent, Escalation, Ticket } from '../../shared/domain';
import type { ActionId } from '../../shared/keymap';
import type { Mutation } from '../../shared/mutations';
import type { Strings } from '../i18n';

export const TICKET_ACTIONS = [
  'ticket.reply',
  'ticket.note',
  'ticket.take',
  'ticket.status',
  'ticket.priority',
  'ticket.escalate',
  'ticket.handBack',
  'ticket.link',
  'ticket.confirmCustomer',
  'ticket.tags',
  'ticket.rating',
  'ticket.complaint',
] as const satisfies readonly ActionId[];
export type TicketAction = (typeof TICKET_ACTIONS)[number];

export function isTicketAction(a: ActionId): a is TicketAction {
  return (TICKET_ACTIONS as readonly ActionId[]).includes(a);
}

export function nextTier(tier: Ticket['tier']): Ticket['tier'] | null {
  return tier === 1 ? 2 : tier === 2 ? 3 : null;
}

/** The mutation an action would send, with placeholder ids where only its shape matters to the rules. */
function probe(a: TicketAction, me: Agent, t: Ticket): Mutation | null {
  const ticketId = t.id;
  switch (a) {
    case 'ticket.reply':
    case 'ticket.note':
      return { id: 1, name: 'addMessage', args: { id: t.id, ticketId, kind: a === 'ticket.reply' ? 'reply' : 'note', body: '-' } };
    case 'ticket.take':
      return { id: 1, name: 'assign', args: { ticketId, assigneeId: me.id, baseVersion: t.assigneeVersion } };
    case 'ticket.status':
      return { id: 1, name: 'setStatus', args: { ticketId, status: t.status, baseVersion: t.statusVersion } };
    case 'ticket.priority':
      return { id: 1, name: 'setPriority', args: { ticketId, priority: t.priority } };
    case 'ticket.escalate': {
      const toTier = nextTier(t.tier);
      if (toTier === null) return null;
      return { id: 1, name: 'escalate', args: { id: t.id, ticketId, toTier, reason: '-', summary: '-', baseVersion: t.tierVersion } };
    }
    case 'ticket.handBack':
      return { id: 1, name: 'handBack', args: { id: t.id, ticketId, toAgentId: null, summary: '-', baseVersion: t.tierVersion } };
    case 'ticket.link':
      return { id: 1, name: 'setEngineeringLink', args: { ticketId, url: null } };
    case 'ticket.confirmCustomer':
      // Only a match by a claimed e-mail or phone has anything to confirm.
      return t.customerUnverified ? { id: 1, name: 'confirmCustomer', args: { ticketId } } : null;
    case 'ticket.tags':
      return { id: 1, name: 'addTag', args: { ticketId, tag: '-' } };
    case 'ticket.rating':
      return { id: 1, name: 'recordSurvey', args: { id: t.id, ticketId, csat: 5 } };
    case 'ticket.complaint':
      // The one dialog raises a complaint, or closes the open one.
      return t.complaint?.state === 'open'
        ? { id: 1, name: 'closeComplaint', args: { ticketId } }
        : { id: 1, name: 'raiseComplaint', args: { ticketId, category: 'other', description: '---' } };
  }
}

export function mayDo(a: TicketAction, me: Agent, t: Ticket): boolean {
  // Taking a ticket that is already yours changes nothing.
  if (a === 'ticket.take' && t.assigneeId === me.id) return false;
  const m = probe(a, me, t);
  return m !== null && authorize(me, m, t, me).ok;
}

export type Allowed = Record<TicketAction, boolean>;

export function allowedActions(me: Agent, t: Ticket): Allowed {
  return Object.fromEntries(TICKET_ACTIONS.map((a) => [a, mayDo(a, me, t)])) as Allowed;
}

/** Why the agent may only look at this ticket, or null when they may work it. */
export function readOnlyReason(s: Strings, me: Agent, t: Ticket, escalations: readonly Escalation[]): string | null {
  if (canWorkTicket(me, t)) return null;
  const last = escalations.at(-1);
  if (last && last.kind === 'escalate' && last.toTier === t.tier) return s.ticket.readOnlyEscalated(t.tier);
  return s.ticket.readOnlyElsewhere(t.tier);
}
