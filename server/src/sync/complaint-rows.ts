// A ticket's complaint ↔ its columns on the ticket's row (migration 0010): all null when it has none.
import type { Complaint, ComplaintCategory, ComplaintState } from '../../../src/shared/index';
import type { TicketsTable } from '../db/schema';

type ComplaintColumns = Pick<
  TicketsTable,
  'complaint_category' | 'complaint_description' | 'complaint_raised_by' | 'complaint_raised_at' | 'complaint_state' | 'complaint_closed_by' | 'complaint_closed_at'
>;

export function complaintFromColumns(r: ComplaintColumns): Complaint | null {
  if (r.complaint_state === null || r.complaint_category === null || r.complaint_raised_at === null) return null;
  return {
    category: r.complaint_category as ComplaintCategory,
    description: r.complaint_description ?? '',
    raisedById: r.complaint_raised_by ?? '',
    raisedAt: r.complaint_raised_at,
    state: r.complaint_state as ComplaintState,
    closedById: r.complaint_closed_by,
    closedAt: r.complaint_closed_at,
  };
}

export function complaintColumns(c: Complaint | null | undefined): ComplaintColumns {
  return {
    complaint_category: c?.category ?? null,
    complaint_description: c?.description ?? null,
    complaint_raised_by: c?.raisedById ?? null,
    complaint_raised_at: c?.raisedAt ?? null,
    complaint_state: c?.state ?? null,
    complaint_closed_by: c?.closedById ?? null,
    complaint_closed_at: c?.closedAt ?? null,
  };
}
