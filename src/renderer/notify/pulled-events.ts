// What one pulled page means for the signed-in agent, as notification events (shared/notify
// eventsFromChange), built by the sync loop BEFORE the page is written: what is new is known only while the
// replica still holds the rows as they were. Reads are key lookups (bulkGet), never a table scan. The
// replica's ticket rows are the optimistic ones, so a change this workstation made is already "before"
// and brings no event; a ticket with changes still pending here counts as changed by me.
import { eventsFromChange, type Me, type NotifyEvent, type PulledTicket } from '../../shared/notify';
import type { Agent, Customer, Escalation, Message, Ticket } from '../../shared/domain';
import type { Change } from '../../shared/sync-protocol';
import type { ReplicaDb } from '../db/schema';

/** What the leader posts to the windows for one page: at most MAX_EVENTS_PER_PAGE events, the rest counted. */
export interface NotifyBatch {
  events: NotifyEvent[];
  dropped: number;
}

export const MAX_EVENTS_PER_PAGE = 500;

const valuesOf = <K extends Change['entity']>(changes: readonly Change[], entity: K) =>
  changes.flatMap((c) => (c.entity === entity ? [c.value as Extract<Change, { entity: K }>['value']] : []));

/** A page's events for `me`; `redelivered`: the page's cursor is not beyond what the replica holds. */
export async function notifyEventsIn(db: ReplicaDb, me: Me, changes: readonly Change[], opts: { redelivered: boolean }): Promise<NotifyBatch> {
  if (opts.redelivered) return { events: [], dropped: 0 };
  const pulled = new Map(valuesOf(changes, 'ticket').map((t) => [t.id, t as Ticket]));
  const messages = valuesOf(changes, 'message') as Message[];
  const escalations = valuesOf(changes, 'escalation') as Escalation[];
  if (!pulled.size && !messages.length && !escalations.length) return { events: [], dropped: 0 };

  const [heldMessages, heldEscalations] = await Promise.all([
    db.messages.bulkGet(messages.map((m) => m.id)),
    db.escalations.bulkGet(escalations.map((e) => e.id)),
  ]);
  const newMessages = messages.filter((_, i) => !heldMessages[i]);
  const newEscalations = escalations.filter((_, i) => !heldEscalations[i]);
  const ids = [...new Set([...pulled.keys(), ...newMessages.map((m) => m.ticketId), ...newEscalations.map((e) => e.ticketId)])];
  const [before, pending] = await Promise.all([db.tickets.bulkGet(ids), db.counters.bulkGet(ids.map((id) => `pending:${id}`))]);

  const customers = new Map(valuesOf(changes, 'customer').map((c) => [c.id, c as Customer]));
  const missing = [...new Set(ids.flatMap((id, i) => [(pulled.get(id) ?? before[i])?.customerId ?? '']))].filter((c) => c && !customers.has(c));
  for (const c of await db.customers.bulkGet(missing)) if (c) customers.set(c.id, c);
  const agents = new Map(valuesOf(changes, 'agent').map((a) => [a.id, a as Agent]));
  const authors = [...new Set(newEscalations.map((e) => e.byAgentId))].filter((a) => !agents.has(a));
  for (const a of await db.agents.bulkGet(authors)) if (a) agents.set(a.id, a);
  const nameOf = (id: string) => agents.get(id)?.name ?? null;
  const msgsOf = groupBy(newMessages, (m) => m.ticketId);
  const escsOf = groupBy(newEscalations, (e) => e.ticketId);

  const events: NotifyEvent[] = [];
  let dropped = 0;
  ids.forEach((id, i) => {
    const was = before[i];
    const ticket = pulled.get(id) ?? was;
    if (!ticket) return;
    // The same version again (a page delivered twice, or a row echoed back): no ticket-field news.
    const again = !!was && pulled.has(id) && was.version >= ticket.version;
    const input: PulledTicket = {
      ticket,
      vip: customers.get(ticket.customerId)?.vip ?? false,
      // A ticket new to this replica comes with its whole thread: its old messages are not news, and of
      // its escalations only the latest brought it here.
      newMessages: was ? (msgsOf.get(id) ?? []) : [],
      newEscalations: was ? (escsOf.get(id) ?? []) : latest(escsOf.get(id) ?? []),
      lastChangeByMe: (pending[i]?.n ?? 0) > 0,
    };
    const found = again && !input.newMessages.length && !input.newEscalations.length ? [] : eventsFromChange(was, input, me, { initial: false, nameOf });
    for (const e of found) {
      if (events.length < MAX_EVENTS_PER_PAGE) events.push(e);
      else dropped++;
    }
  });
  return { events, dropped };
}

function groupBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = out.get(k);
    if (list) list.push(x);
    else out.set(k, [x]);
  }
  return out;
}

function latest(escalations: readonly Escalation[]): Escalation[] {
  const last = escalations.reduce<Escalation | null>((a, e) => (!a || e.version > a.version || (e.version === a.version && e.createdAt > a.createdAt) ? e : a), null);
  return last ? [last] : [];
}
