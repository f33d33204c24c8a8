// Who may do what. Pure and shared: the server enforces it on every mutation; the renderer uses it to
// show only the actions that will be accepted.
import type { Actor, Agent, Ticket } from './domain';
import type { Mutation, RefusalCode } from './mutations';

export type Decision = { ok: true } | { ok: false; code: RefusalCode; message: string };
const OK: Decision = { ok: true };
const deny = (message: string): Decision => ({ ok: false, code: 'forbidden', message });

export function isSupervisor(actor: Pick<Actor, 'role'>): boolean {
  return actor.role === 'supervisor' || actor.role === 'admin';
}

/** May the actor change this ticket at all? Its tier's agents and its assignee may; supervisors always. */
export function canWorkTicket(actor: Actor, ticket: Pick<Ticket, 'tier' | 'assigneeId'>): boolean {
  return isSupervisor(actor) || ticket.tier === actor.tier || ticket.assigneeId === actor.id;
}

/** What the server knows beyond the loaded rows (a replica may not know it: then the server decides). */
export interface AuthorizeContext {
  /** updateCustomer: does the customer have a ticket the actor may work (its tier or its own)? */
  customerWorkable?: boolean;
  /** createTicket: that, or did the actor create the customer (maybe in an earlier push)? */
  customerOpenable?: boolean;
}

/**
 * Decide a mutation against the current ticket (for ticket mutations) and the target agent (for assign
 * and handBack). Existence and compare-and-set are checked by the caller before this.
 */
export function authorize(
  actor: Actor,
  m: Mutation,
  ticket: Ticket | undefined,
  targetAgent: Agent | undefined,
  ctx: AuthorizeContext = {},
): Decision {
  switch (m.name) {
    case 'createTicket':
      // A ticket brings the customer's card and its edit history to the workstation: only for a customer
      // already in the agent's reach. The same words whether or not the customer exists.
      if (isSupervisor(actor) || ctx.customerOpenable !== false) return OK;
      return deny('you can open a ticket only for a customer you created or one of whose tickets you work');
    case 'createCustomer':
    case 'setPresence':
      return OK;
    case 'updateCustomer':
      // A customer's details are changed by whoever is working one of their tickets, or a supervisor.
      if (isSupervisor(actor) || ctx.customerWorkable !== false) return OK;
      return deny("you can change a customer's details only while one of their tickets is in your tier or yours");
    default:
      break;
  }
  if (!ticket) return { ok: false, code: 'not_found', message: 'that ticket does not exist' };
  if (!canWorkTicket(actor, ticket)) {
    return deny(`ticket is in the tier ${ticket.tier} queue and not assigned to you`);
  }
  switch (m.name) {
    case 'assign': {
      if (isSupervisor(actor)) {
        if (m.args.assigneeId && !targetAgent) return { ok: false, code: 'invalid', message: 'no such agent' };
        if (targetAgent && targetAgent.role === 'agent' && targetAgent.tier !== ticket.tier) {
          return { ok: false, code: 'invalid', message: `${targetAgent.name} does not work tier ${ticket.tier}` };
        }
        return OK;
      }
      if (m.args.assigneeId !== null && m.args.assigneeId !== actor.id) {
        return deny('only a supervisor can assign a ticket to someone else');
      }
      if (ticket.assigneeId !== null && ticket.assigneeId !== actor.id) {
        return deny("only a supervisor can reassign another agent's ticket");
      }
      return OK;
    }
    case 'escalate':
      if (m.args.toTier !== ticket.tier + 1) {
        return { ok: false, code: 'invalid', message: `a tier ${ticket.tier} ticket escalates to tier ${ticket.tier + 1}` };
      }
      return OK;
    case 'setEngineeringLink':
      // Engineering issues are the specialists' side of a case; tier 1 escalates instead.
      if (!isSupervisor(actor) && actor.tier !== 2 && actor.tier !== 3) return deny('only tier 2 and 3 specialists and supervisors link engineering issues');
      return OK;
    case 'handBack':
      if (ticket.tier === 1) return { ok: false, code: 'invalid', message: 'the ticket is already in tier 1' };
      if (!isSupervisor(actor) && actor.tier === 1) return deny('only specialists hand tickets back');
      if (m.args.toAgentId && (!targetAgent || targetAgent.tier !== 1)) {
        return { ok: false, code: 'invalid', message: 'a ticket is handed back to a tier 1 agent' };
      }
      return OK;
    default:
      return OK;
  }
}
