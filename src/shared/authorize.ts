// Who may do what. Pure and shared: the server enforces it on every mutation; the renderer uses it to
// show only the actions that will be accepted.
import type { Actor, Agent, Ticket } from './domain';
import type { Mutation, RefusalCode } from './mutations';
import { canCloseComplaint } from './complaint';
import { reason, type Reason } from './reasons';

/** A refusal: its class (what a client can act on) and its reason with parameters (what the UI says). */
export type Refused = { ok: false; code: RefusalCode } & Reason;
export type Decision = { ok: true } | Refused;
const OK: Decision = { ok: true };
const deny = (why: Reason): Decision => ({ ok: false, code: 'forbidden', ...why });
const invalid = (why: Reason): Decision => ({ ok: false, code: 'invalid', ...why });

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
  /**
   * raiseComplaint: is the ticket on the actor's workstation (a tier it has been in, assigned to or worked
   * on by the actor)? A replica holds only such tickets, so there it is left out.
   */
  ticketVisible?: boolean;
}

/**
 * Decide a mutation against the current ticket (for ticket mutations) and the target agent (for assign,
 * handBack and setAgentCap). Existence and compare-and-set are checked by the caller before this.
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
      // already in the agent's reach. The same reason whether or not the customer exists.
      if (isSupervisor(actor) || ctx.customerOpenable !== false) return OK;
      return deny(reason('customer_out_of_reach_open'));
    case 'createCustomer':
    case 'setPresence':
      return OK;
    case 'setAgentCap':
      if (!isSupervisor(actor)) return deny(reason('agent_cap_supervisors_only'));
      if (!targetAgent) return { ok: false, code: 'not_found', ...reason('agent_not_found') };
      // Auto-assign gives work to agents only: a supervisor's cap would mean nothing.
      if (targetAgent.role !== 'agent') return invalid(reason('cap_agents_only'));
      return OK;
    case 'setAutoAssign':
      return isSupervisor(actor) ? OK : deny(reason('auto_assign_supervisors_only'));
    case 'updateCustomer':
      // A customer's details are changed by whoever is working one of their tickets, or a supervisor.
      if (isSupervisor(actor) || ctx.customerWorkable !== false) return OK;
      return deny(reason('customer_out_of_reach_edit'));
    default:
      break;
  }
  if (!ticket) return { ok: false, code: 'not_found', ...reason('ticket_not_found') };
  // A complaint is the customer's word: whoever sees the ticket may record it, even one it has left.
  if (m.name === 'raiseComplaint' && !isSupervisor(actor) && ctx.ticketVisible !== false) return OK;
  if (!canWorkTicket(actor, ticket)) {
    return deny(reason('not_in_your_tier', { tier: ticket.tier }));
  }
  switch (m.name) {
    case 'assign': {
      if (isSupervisor(actor)) {
        if (m.args.assigneeId && !targetAgent) return invalid(reason('agent_not_found'));
        if (targetAgent && targetAgent.role === 'agent' && targetAgent.tier !== ticket.tier) {
          return invalid(reason('agent_not_in_tier', { who: targetAgent.name, tier: ticket.tier }));
        }
        return OK;
      }
      if (m.args.assigneeId !== null && m.args.assigneeId !== actor.id) {
        return deny(reason('assign_others_supervisor_only'));
      }
      if (ticket.assigneeId !== null && ticket.assigneeId !== actor.id) {
        return deny(reason('reassign_supervisor_only'));
      }
      return OK;
    }
    case 'escalate':
      if (m.args.toTier !== ticket.tier + 1) {
        return invalid(reason('escalate_next_tier_only', { from: ticket.tier, to: ticket.tier + 1 }));
      }
      return OK;
    case 'recordSurvey':
      // The customer's word about someone's work: recorded by the assignee (who took the call), or on an
      // unassigned ticket by an agent of its tier; never on a colleague's ticket, where it would be
      // hearsay counted in their CSAT. Supervisors may (they take calls too).
      if (isSupervisor(actor) || ticket.assigneeId === null || ticket.assigneeId === actor.id) return OK;
      return deny(reason('survey_assignee_only'));
    case 'closeComplaint':
      return canCloseComplaint(actor, ticket) ? OK : deny(reason('complaint_close_assignee_or_supervisor'));
    case 'setEngineeringLink':
      // Engineering issues are the specialists' side of a case; tier 1 escalates instead.
      if (!isSupervisor(actor) && actor.tier !== 2 && actor.tier !== 3) return deny(reason('link_specialists_only'));
      return OK;
    case 'handBack':
      if (ticket.tier === 1) return invalid(reason('already_tier_1'));
      if (!isSupervisor(actor) && actor.tier === 1) return deny(reason('hand_back_specialists_only'));
      if (m.args.toAgentId && (!targetAgent || targetAgent.tier !== 1)) {
        return invalid(reason('hand_back_to_tier_1_agent'));
      }
      return OK;
    default:
      return OK;
  }
}
