// The supervisors' complaint list, read from the replica through the complaint indexes (registry, Dexie
// version 6): only tickets that carry a complaint are in them, so no read walks the other tickets. A
// list is the newest of one state's range (or both, merged), a category's counts are ranges of
// [state+category+raisedAt] — counted from the index alone when no assignee is chosen.
import Dexie, { type Collection } from 'dexie';
import {
  COMPLAINT_CATEGORIES,
  type Complaint,
  type ComplaintCategory,
  type ComplaintState,
} from '../../shared/complaint';
import type { Ticket } from '../../shared/domain';
import type { ReplicaDb, TicketRow } from '../db/schema';
import { fromRow } from '../db/ticket-rows';

export type StateFilter = ComplaintState | 'all';

export interface ComplaintFilter {
  state: StateFilter;
  /** null: every category. */
  category: ComplaintCategory | null;
  /** The ticket's assignee: an agent id, '' for unassigned tickets, null for everyone. */
  assignee: string | null;
}

export interface ComplaintItem {
  ticket: Ticket;
  complaint: Complaint;
}

export interface ComplaintList {
  /** Newest first, at most LIST_LIMIT. */
  items: ComplaintItem[];
  /** Complaints of the state and assignee chosen, per category (the category filter aside). */
  counts: Record<ComplaintCategory, number>;
}

/** The list shows at most this many (the counts cover all). */
export const LIST_LIMIT = 200;

const statesOf = (s: StateFilter): ComplaintState[] => (s === 'all' ? ['open', 'closed'] : [s]);

function range(
  db: ReplicaDb,
  state: ComplaintState,
  category: ComplaintCategory | null,
): Collection<TicketRow, string> {
  return category
    ? db.tickets
        .where('[complaint.state+complaint.category+complaint.raisedAt]')
        .between([state, category, Dexie.minKey], [state, category, Dexie.maxKey])
    : db.tickets.where('[complaint.state+complaint.raisedAt]').between([state, Dexie.minKey], [state, Dexie.maxKey]);
}

const ofAssignee = (assignee: string | null) => (r: TicketRow) =>
  assignee === null || (r.assigneeId ?? '') === assignee;

export async function complaintList(db: ReplicaDb, f: ComplaintFilter): Promise<ComplaintList> {
  return db.transaction('r', db.tickets, async () => {
    const keep = ofAssignee(f.assignee);
    const states = statesOf(f.state);
    const parts = await Promise.all(
      states.map((s) => range(db, s, f.category).reverse().filter(keep).limit(LIST_LIMIT).toArray()),
    );
    const rows = parts
      .flat()
      .sort((a, b) =>
        a.complaint!.raisedAt < b.complaint!.raisedAt
          ? 1
          : a.complaint!.raisedAt > b.complaint!.raisedAt
            ? -1
            : a.id < b.id
              ? 1
              : -1,
      )
      .slice(0, LIST_LIMIT);
    const counted = await Promise.all(
      COMPLAINT_CATEGORIES.map(async (c) => {
        const n = await Promise.all(
          states.map((s) => (f.assignee === null ? range(db, s, c).count() : range(db, s, c).filter(keep).count())),
        );
        return [c, n.reduce((a, b) => a + b, 0)] as const;
      }),
    );
    return {
      items: rows.map((r) => ({ ticket: fromRow(r), complaint: r.complaint! })),
      counts: Object.fromEntries(counted) as Record<ComplaintCategory, number>,
    };
  });
}
