// How much history a workstation keeps: open work always, closed tickets for HISTORY_DAYS after their
// last change. The server leaves older closed tickets out of every pull, and each replica prunes them
// by the same rule, so both sides agree without a delete per workstation. A change to such a ticket
// (a reopen, a late note) brings it back with its whole thread.
import type { Ticket } from './domain';

export const HISTORY_DAYS = 30;

/** Closed tickets last changed before this instant are history beyond the window. */
export function historyCutoff(now: Date): string {
  return new Date(now.getTime() - HISTORY_DAYS * 86_400_000).toISOString();
}

export function isBeyondHistory(t: Pick<Ticket, 'status' | 'updatedAt'>, cutoff: string): boolean {
  return t.status === 'closed' && t.updatedAt < cutoff;
}
