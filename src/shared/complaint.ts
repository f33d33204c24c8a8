// A complaint on a ticket (issue 11): what the customer complained about, in a fixed category with a
// short description, who raised it and when, and whether it has been dealt with (closed, when, by whom).
// One per ticket, stored on the ticket itself so it replicates with it: no entity of its own, no second
// scope rule, and the queue row and the ticket view need no extra read. Pure: the rules are applied by
// applyMutation on both sides and decided by authorize.
import { z } from 'zod';
import { text } from './bounds';
import type { Actor, Ticket } from './domain';

export const COMPLAINT_CATEGORIES = ['service', 'waiting_time', 'product', 'billing', 'staff', 'other'] as const;
export const ComplaintCategory = z.enum(COMPLAINT_CATEGORIES);
export type ComplaintCategory = z.infer<typeof ComplaintCategory>;

export const COMPLAINT_STATES = ['open', 'closed'] as const;
export type ComplaintState = (typeof COMPLAINT_STATES)[number];

/** Bounds of the description an agent types (trimmed). */
export const COMPLAINT_DESCRIPTION_MIN = 3;
export const COMPLAINT_DESCRIPTION_MAX = 500;

/** What raiseComplaint accepts as the description: trimmed, 3–500 characters, no control characters. */
export const ComplaintDescription = text(COMPLAINT_DESCRIPTION_MAX, { trim: true }).min(COMPLAINT_DESCRIPTION_MIN, 'complaint_description_short');

// The same formats as domain.ts's Id and Instant (not imported from there: domain.ts imports this file).
const Id = z.uuid();
const Instant = z.iso.datetime();

/**
 * The complaint as the ticket carries it. `state` repeats what closedAt says (closed iff closedAt is
 * set) because the replica's index needs a key for it: IndexedDB cannot index a null or a boolean, and
 * the supervisors' list reads open complaints as one range of [state, raisedAt].
 */
export const Complaint = z
  .object({
    category: ComplaintCategory,
    description: text(COMPLAINT_DESCRIPTION_MAX).min(COMPLAINT_DESCRIPTION_MIN),
    raisedById: Id,
    raisedAt: Instant,
    state: z.enum(COMPLAINT_STATES),
    closedById: Id.nullable(),
    closedAt: Instant.nullable(),
  })
  .refine((c) => (c.state === 'closed') === (c.closedAt !== null && c.closedById !== null));
export type Complaint = z.infer<typeof Complaint>;

/** Who may close a ticket's complaint: its assignee (who owns the customer's case) or a supervisor. */
export function canCloseComplaint(actor: Pick<Actor, 'id' | 'role'>, ticket: Pick<Ticket, 'assigneeId'>): boolean {
  return actor.role === 'supervisor' || actor.role === 'admin' || (ticket.assigneeId !== null && ticket.assigneeId === actor.id);
}

/** An open complaint on the ticket, or null (none, or the one it had is closed). */
export const openComplaintOf = (t: Pick<Ticket, 'complaint'>): Complaint | null => (t.complaint?.state === 'open' ? t.complaint : null);

export function raisedComplaint(actor: Pick<Actor, 'id'>, now: string, category: ComplaintCategory, description: string): Complaint {
  return { category, description, raisedById: actor.id, raisedAt: now, state: 'open', closedById: null, closedAt: null };
}

export function closedComplaint(c: Complaint, actor: Pick<Actor, 'id'>, now: string): Complaint {
  return { ...c, state: 'closed', closedById: actor.id, closedAt: now };
}
