// SLA policy and queue ordering: pure, shared by the server (deadlines) and the renderer (ordering).
import type { Priority, Ticket, TicketStatus } from './domain';

const MINUTE = 60_000;
/** First response and resolution targets per priority, in minutes. */
export const SLA_TARGETS: Record<Priority, { firstResponse: number; resolution: number }> = {
  urgent: { firstResponse: 15, resolution: 4 * 60 },
  high: { firstResponse: 60, resolution: 8 * 60 },
  normal: { firstResponse: 4 * 60, resolution: 24 * 60 },
  low: { firstResponse: 8 * 60, resolution: 72 * 60 },
};

export const PRIORITY_RANK: Record<Priority, number> = { urgent: 0, high: 1, normal: 2, low: 3 };

export const OPEN_STATUSES: readonly TicketStatus[] = ['new', 'open', 'pending', 'on_hold'];
export function isOpen(status: TicketStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

export function slaDeadlines(
  priority: Priority,
  createdAt: string,
): { firstResponseDueAt: string; resolutionDueAt: string } {
  const t = Date.parse(createdAt);
  const target = SLA_TARGETS[priority];
  return {
    firstResponseDueAt: new Date(t + target.firstResponse * MINUTE).toISOString(),
    resolutionDueAt: new Date(t + target.resolution * MINUTE).toISOString(),
  };
}

/** The deadline that matters now: first response until answered, then resolution; none once solved. */
export function nextDueAt(
  t: Pick<Ticket, 'status' | 'firstResponseAt' | 'firstResponseDueAt' | 'resolutionDueAt'>,
): string | null {
  if (!isOpen(t.status)) return null;
  if (t.firstResponseAt) return t.resolutionDueAt;
  return t.firstResponseDueAt < t.resolutionDueAt ? t.firstResponseDueAt : t.resolutionDueAt;
}

/**
 * Queue order: SLA urgency (soonest deadline first), then priority, then age (oldest first).
 * Returns a string that sorts lexicographically in that order, so it can back an index.
 */
export function queueSortKey(
  t: Pick<Ticket, 'status' | 'firstResponseAt' | 'firstResponseDueAt' | 'resolutionDueAt' | 'priority' | 'createdAt'>,
): string {
  const due = nextDueAt(t) ?? '9999-12-31T23:59:59.999Z';
  return `${due}|${PRIORITY_RANK[t.priority]}|${t.createdAt}`;
}
