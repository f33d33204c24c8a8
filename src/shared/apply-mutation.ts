// What a mutation does to the data, as a pure function: the server runs it authoritatively (then stamps
// versions), the renderer runs it optimistically on its local replica and replays it on rebase.
import { MAX_TAGS_PER_TICKET, type Actor, type Agent, type Customer, type Escalation, type Message, type Ticket, type Tier } from './domain';
import type { Mutation, RefusalCode } from './mutations';
import { closedComplaint, openComplaintOf, raisedComplaint } from './complaint';
import { newTicket } from './new-ticket';
import { reason, type Reason } from './reasons';
import { slaDeadlines } from './sla';
import { endsRest } from './assign/breaks';
import { rateTicket, type SurveyRecord } from './survey';

export interface Loaded {
  ticket?: Ticket | undefined;
  customer?: Customer | undefined;
  /** The agent named by assign.assigneeId, handBack.toAgentId, setAgentCap.agentId, or the actor for setPresence. */
  agent?: Agent | undefined;
}

/** A last-writer-wins overwrite; the server keeps it as a history entry. */
export interface Overwrite {
  ticketId: string | null;
  customerId: string | null;
  field: string;
  oldValue: unknown;
  newValue: unknown;
}

export interface Effects {
  tickets: Ticket[];
  messages: Message[];
  customers: Customer[];
  escalations: Escalation[];
  agents: Agent[];
  overwrites: Overwrite[];
  /** setAutoAssign: the organisation's setting for one tier (the server keeps it on the tenant). */
  autoAssign?: { tier: Tier; on: boolean };
  /** recordSurvey: the answer, for the server's surveys (not replicated; the ticket carries the rating). */
  surveys?: SurveyRecord[];
}

export type Outcome = { ok: true; effects: Effects } | ({ ok: false; code: RefusalCode } & Reason);

/** Which rows a mutation reads, so each side can load them before calling applyMutation. */
export function targetsOf(m: Mutation, actor: Actor): { ticketId?: string; customerId?: string; agentId?: string } {
  switch (m.name) {
    case 'createTicket':
      return { customerId: m.args.customerId };
    case 'createCustomer':
    case 'updateCustomer':
      return { customerId: m.args.id };
    case 'setPresence':
      return { agentId: actor.id };
    case 'setAgentCap':
      return { agentId: m.args.agentId };
    case 'setAutoAssign':
      return {};
    case 'assign':
      return { ticketId: m.args.ticketId, agentId: m.args.assigneeId ?? undefined };
    case 'handBack':
      return { ticketId: m.args.ticketId, agentId: m.args.toAgentId ?? undefined };
    default:
      return { ticketId: m.args.ticketId };
  }
}

const empty = (): Effects => ({ tickets: [], messages: [], customers: [], escalations: [], agents: [], overwrites: [] });
const refuse = (code: RefusalCode, why: Reason): Outcome => ({ ok: false, code, ...why });

export function applyMutation(actor: Actor, now: string, m: Mutation, loaded: Loaded): Outcome {
  const fx = empty();
  const t = loaded.ticket;
  switch (m.name) {
    case 'createTicket': {
      if (!loaded.customer) return refuse('not_found', reason('customer_not_found'));
      const a = m.args;
      const ticket = newTicket(now, {
        id: a.id,
        subject: a.subject,
        channel: a.channel,
        priority: a.priority,
        status: 'open',
        tier: actor.tier ?? 1,
        assigneeId: actor.role === 'agent' ? actor.id : null,
        customerId: a.customerId,
        customerUnverified: false,
      });
      const byAgent = a.channel === 'phone';
      fx.tickets.push(ticket);
      fx.messages.push({
        id: a.messageId,
        ticketId: a.id,
        kind: byAgent ? 'call' : 'customer',
        authorId: byAgent ? actor.id : a.customerId,
        authorName: byAgent ? actor.name : loaded.customer.name,
        channel: a.channel,
        body: a.body,
        createdAt: now,
        version: 0,
      });
      return { ok: true, effects: fx };
    }
    case 'createCustomer': {
      if (loaded.customer) return refuse('invalid', reason('customer_exists'));
      const a = m.args;
      fx.customers.push({
        id: a.id,
        name: a.name,
        email: a.email,
        phone: a.phone,
        language: a.language,
        preferredChannel: a.preferredChannel,
        vip: false,
        notes: '',
        createdAt: now,
        updatedAt: now,
        version: 0,
      });
      return { ok: true, effects: fx };
    }
    case 'updateCustomer': {
      const c = loaded.customer;
      if (!c) return refuse('not_found', reason('customer_not_found'));
      const next: Customer = { ...c, ...m.args.patch, updatedAt: now };
      for (const [field, value] of Object.entries(m.args.patch)) {
        const old = (c as Record<string, unknown>)[field];
        if (old !== value) fx.overwrites.push({ ticketId: null, customerId: c.id, field, oldValue: old, newValue: value });
      }
      fx.customers.push(next);
      return { ok: true, effects: fx };
    }
    case 'setPresence': {
      if (!loaded.agent) return refuse('not_found', reason('agent_not_found'));
      const a = loaded.agent;
      // The clock of the present presence restarts only when it changes (the agents panel's "for 12 min");
      // a row from before the field (null, or absent in an old replica) starts it now.
      const changed = a.presence !== m.args.presence || !a.presenceSince;
      // Leaving a break (or being offline) records when the rest ended: the panel's "time since the last break".
      const rested = endsRest(a.presence, m.args.presence);
      fx.agents.push({ ...a, presence: m.args.presence, presenceSince: changed ? now : a.presenceSince, ...(rested ? { lastBreakEndedAt: now } : {}) });
      return { ok: true, effects: fx };
    }
    case 'setAgentCap': {
      if (!loaded.agent) return refuse('not_found', reason('agent_not_found'));
      fx.agents.push({ ...loaded.agent, cap: m.args.cap });
      return { ok: true, effects: fx };
    }
    case 'setAutoAssign':
      fx.autoAssign = { tier: m.args.tier, on: m.args.on };
      return { ok: true, effects: fx };
    default:
      break;
  }

  if (!t) return refuse('not_found', reason('ticket_not_found'));
  if (m.name === 'recordSurvey') {
    const rated = rateTicket(t, m.args, m.args.id, 'agent', now);
    fx.tickets.push(rated.ticket);
    fx.surveys = [rated.survey];
    return { ok: true, effects: fx };
  }
  const next: Ticket = { ...t, updatedAt: now };
  switch (m.name) {
    case 'addMessage': {
      if (t.status === 'closed' && m.args.kind === 'reply') {
        return refuse('invalid', reason('ticket_closed_reply'));
      }
      if (m.args.kind !== 'note') {
        next.firstResponseAt ??= now;
        if (next.status === 'new') next.status = 'open';
      }
      fx.messages.push({
        id: m.args.id,
        ticketId: t.id,
        kind: m.args.kind,
        authorId: actor.id,
        authorName: actor.name,
        channel: m.args.kind === 'call' ? 'phone' : t.channel,
        body: m.args.body,
        createdAt: now,
        version: 0,
      });
      break;
    }
    case 'setStatus': {
      const s = m.args.status;
      if (s === 'new') return refuse('invalid', reason('status_not_back_to_new'));
      if (t.status === 'closed' && s !== 'open') return refuse('invalid', reason('closed_reopen_only'));
      next.status = s;
      if (s === 'solved' || s === 'closed') next.solvedAt = t.solvedAt ?? now;
      else next.solvedAt = null;
      break;
    }
    case 'setPriority': {
      if (t.priority === m.args.priority) return { ok: true, effects: fx };
      next.priority = m.args.priority;
      Object.assign(next, slaDeadlines(m.args.priority, t.createdAt));
      fx.overwrites.push({ ticketId: t.id, customerId: null, field: 'priority', oldValue: t.priority, newValue: m.args.priority });
      break;
    }
    case 'setSubject': {
      next.subject = m.args.subject;
      fx.overwrites.push({ ticketId: t.id, customerId: null, field: 'subject', oldValue: t.subject, newValue: m.args.subject });
      break;
    }
    case 'setEngineeringLink': {
      next.engineeringLink = m.args.url;
      fx.overwrites.push({ ticketId: t.id, customerId: null, field: 'engineeringLink', oldValue: t.engineeringLink, newValue: m.args.url });
      break;
    }
    case 'confirmCustomer': {
      if (!t.customerUnverified) return { ok: true, effects: fx };
      next.customerUnverified = false;
      fx.overwrites.push({ ticketId: t.id, customerId: null, field: 'customerUnverified', oldValue: true, newValue: false });
      break;
    }
    case 'assign': {
      next.assigneeId = m.args.assigneeId;
      if (next.assigneeId && next.status === 'new') next.status = 'open';
      break;
    }
    case 'escalate': {
      fx.escalations.push({
        id: m.args.id,
        ticketId: t.id,
        kind: 'escalate',
        fromTier: t.tier,
        toTier: m.args.toTier,
        reason: m.args.reason,
        summary: m.args.summary,
        byAgentId: actor.id,
        createdAt: now,
        version: 0,
      });
      next.tier = m.args.toTier;
      next.assigneeId = null;
      if (!['solved', 'closed'].includes(next.status)) next.status = 'open';
      break;
    }
    case 'handBack': {
      fx.escalations.push({
        id: m.args.id,
        ticketId: t.id,
        kind: 'handback',
        fromTier: t.tier,
        toTier: 1,
        reason: 'follow-up with the customer',
        summary: m.args.summary,
        byAgentId: actor.id,
        createdAt: now,
        version: 0,
      });
      next.tier = 1;
      next.assigneeId = m.args.toAgentId;
      if (next.status !== 'solved') next.status = 'open';
      break;
    }
    case 'addTag': {
      if (t.tags.includes(m.args.tag)) return { ok: true, effects: fx };
      if (t.tags.length >= MAX_TAGS_PER_TICKET) return refuse('invalid', reason('too_many_tags', { max: MAX_TAGS_PER_TICKET }));
      next.tags = [...t.tags, m.args.tag];
      break;
    }
    case 'removeTag': {
      if (!t.tags.includes(m.args.tag)) return { ok: true, effects: fx };
      next.tags = t.tags.filter((x) => x !== m.args.tag);
      break;
    }
    case 'raiseComplaint': {
      if (openComplaintOf(t)) return refuse('invalid', reason('complaint_already_open'));
      // A closed complaint is replaced by the new one; the history entry keeps the one before.
      next.complaint = raisedComplaint(actor, now, m.args.category, m.args.description);
      fx.overwrites.push({ ticketId: t.id, customerId: null, field: 'complaint', oldValue: t.complaint ?? null, newValue: next.complaint });
      break;
    }
    case 'closeComplaint': {
      if (!t.complaint) return refuse('invalid', reason('no_open_complaint'));
      // Closed already (by someone else, while this workstation was offline): nothing left to do.
      if (t.complaint.state === 'closed') return { ok: true, effects: fx };
      next.complaint = closedComplaint(t.complaint, actor, now);
      fx.overwrites.push({ ticketId: t.id, customerId: null, field: 'complaint', oldValue: t.complaint, newValue: next.complaint });
      break;
    }
  }
  fx.tickets.push(next);
  return { ok: true, effects: fx };
}

/** The compare-and-set fields and the version field that guards each. */
export const CAS_FIELDS = [
  ['status', 'statusVersion'],
  ['assigneeId', 'assigneeVersion'],
  ['tier', 'tierVersion'],
] as const;

/** Which compare-and-set field a mutation writes (and so which version its baseVersion refers to). */
export function casFieldOf(m: Mutation): (typeof CAS_FIELDS)[number] | null {
  switch (m.name) {
    case 'setStatus':
      return CAS_FIELDS[0];
    case 'assign':
      return CAS_FIELDS[1];
    case 'escalate':
    case 'handBack':
      return CAS_FIELDS[2];
    default:
      return null;
  }
}
