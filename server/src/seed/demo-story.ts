// One demo ticket's life, told as what people did: the customer gets in touch (or a tier 1 agent logs
// their call), the agent confirms who they are, replies, notes, escalates with a handoff summary; a
// specialist answers, someone takes it, tags it, links an engineering issue; the status lands where the
// story ends. Each step a little later than the one before, never later than now.
import { CHANNELS, PRIORITIES, SLA_TARGETS, type Actor, type Channel, type Priority, type TicketStatus } from '../../../src/shared/index';
import { customerFromRow } from '../sync/rows';
import { CALL_LOGS, FOLLOW_UPS, GENERIC_ESCALATION, SCENARIOS, type Scenario } from './demo-content';
import type { Replay } from './replay';
import type { Seeded } from './seeded-random';

const STATUSES: readonly TicketStatus[] = ['new', 'open', 'open', 'open', 'pending', 'on_hold', 'solved', 'closed'];

export interface DemoTicket {
  scenario: Scenario;
  customerId: string;
  channel: Channel;
  priority: Priority;
  status: TicketStatus;
  tier: 1 | 2 | 3;
  created: number;
  /** The agent it ends with, or null. */
  assignee: Actor | null;
  tier1Agent: Actor;
}

export interface Cast {
  byTier(tier: number): Actor[];
  supervisor: Actor;
}

/** What a ticket will be, drawn before any is played, so they can be played in the order they began. */
export function drawTicket(r: Seeded, cast: Cast, customerIds: readonly string[], now: number): DemoTicket {
  const scenario = r.pick(SCENARIOS);
  const customerId = r.pick(customerIds);
  const channel = r.pick(CHANNELS);
  const priority = r.pick<Priority>([...PRIORITIES, 'normal', 'normal', 'high']);
  const status = r.pick(STATUSES);
  // Open work sits mostly inside its SLA, some close to it and about one in six past it, as a queue
  // that is being worked looks; history goes back a week.
  const target = SLA_TARGETS[priority];
  const openAge = (status === 'new' ? target.firstResponse : target.resolution) * (0.1 + r.next() * 1.08);
  const ageMin = status === 'solved' || status === 'closed' ? Math.floor(r.next() * 7 * 24 * 60) + 60 : Math.floor(openAge) + 5;
  // A new ticket is one nobody has answered yet: still in tier 1. The others end in tier 2 about as
  // often as a third of all tickets, and in tier 3 about one in nine.
  const tier = status === 'new' ? 1 : scenario.escalation ? r.pick([1, 2, 2, 3] as const) : r.next() < 0.3 ? 2 : 1;
  // Someone owns what waits on the customer or on hold; open work may still sit in the queue.
  const unassigned = status === 'new' || (status !== 'pending' && status !== 'on_hold' && r.next() < 0.35);
  const assignee = unassigned ? null : r.pick(cast.byTier(tier));
  return { scenario, customerId, channel, priority, status, tier, created: now - ageMin * 60_000, assignee, tier1Agent: r.pick(cast.byTier(1)) };
}

export async function playTicket(replay: Replay, r: Seeded, cast: Cast, d: DemoTicket, now: number, engineeringRef: number): Promise<void> {
  const sc = d.scenario;
  let t = d.created;
  const at = () => new Date(Math.min(t, now)).toISOString();
  const step = () => {
    t += Math.floor(r.next() * 90 + 5) * 60_000;
    return at();
  };
  const id = r.id(d.created);
  const agent1 = d.tier1Agent;
  const opening = { id, messageId: r.id(t), customerId: d.customerId, subject: sc.subject, channel: d.channel, priority: d.priority, body: sc.opening };
  // A call is logged by the agent who took it, if that agent may open a ticket for this customer; every
  // other contact (and such a call) comes in through the inbound channel, matched by the customer's address.
  const logged = d.channel === 'phone' && d.status !== 'new' && (await replay.tryAct(agent1, at(), 'createTicket', opening)).ok;
  if (!logged) {
    const matched = customerFromRow(replay.store.customers.get(d.customerId)!);
    await replay.contact(at(), { ticketId: id, messageId: opening.messageId, channel: d.channel, subject: sc.subject, body: sc.opening, priority: d.priority }, { matched });
  }
  if (d.status !== 'new') {
    if (replay.ticket(id).customerUnverified && r.next() < 0.95) await replay.act(agent1, step(), 'confirmCustomer', { ticketId: id });
    await replay.act(agent1, step(), 'addMessage', { id: r.id(t), ticketId: id, kind: 'reply', body: sc.replies[0]! });
    if (r.next() < 0.6) await replay.act(agent1, step(), 'addMessage', { id: r.id(t), ticketId: id, kind: 'note', body: r.pick(sc.notes) });
    if (r.next() < 0.4) await replay.followUp(step(), id, r.id(t), r.pick(FOLLOW_UPS));
    if (r.next() < 0.3) await replay.act(agent1, step(), 'addMessage', { id: r.id(t), ticketId: id, kind: 'call', body: r.pick(CALL_LOGS) });
  }
  const escalation = sc.escalation ?? GENERIC_ESCALATION;
  for (let to = 2 as 2 | 3; to <= d.tier; to++) {
    const by = to === 2 ? agent1 : r.pick(cast.byTier(2));
    await replay.act(by, step(), 'escalate', { id: r.id(t), ticketId: id, toTier: to, reason: escalation.reason, summary: escalation.summary, baseVersion: replay.ticket(id).tierVersion });
  }
  if (d.tier > 1 && d.status !== 'new' && r.next() < 0.5 && sc.replies[1]) {
    await replay.act(r.pick(cast.byTier(d.tier)), step(), 'addMessage', { id: r.id(t), ticketId: id, kind: 'reply', body: sc.replies[1] });
  }
  await settleAssignee(replay, cast, id, d.assignee, step);
  const worker = d.assignee ?? r.pick(cast.byTier(d.tier));
  for (const tag of sc.tags.filter(() => r.next() < 0.7)) await replay.act(worker, step(), 'addTag', { ticketId: id, tag });
  if (d.tier === 3 && r.next() < 0.5) {
    await replay.act(worker, step(), 'setEngineeringLink', { ticketId: id, url: `https://tracker.example.com/ENG-${engineeringRef}` });
  }
  const current = replay.ticket(id);
  if (current.status !== d.status) await replay.act(worker, step(), 'setStatus', { ticketId: id, status: d.status, baseVersion: current.statusVersion });
}

/** The ticket ends with `target`: taken from the queue, released, or moved by the supervisor. */
async function settleAssignee(replay: Replay, cast: Cast, id: string, target: Actor | null, step: () => string): Promise<void> {
  const holder = replay.ticket(id).assigneeId;
  const baseVersion = replay.ticket(id).assigneeVersion;
  if (holder === (target?.id ?? null)) return;
  if (!target) {
    const who = [...cast.byTier(1), ...cast.byTier(2), ...cast.byTier(3)].find((a) => a.id === holder)!;
    await replay.act(who, step(), 'assign', { ticketId: id, assigneeId: null, baseVersion });
  } else await replay.act(holder ? cast.supervisor : target, step(), 'assign', { ticketId: id, assigneeId: target.id, baseVersion });
}
