// Scope keys of a ticket (migration 0006), the one place that says which workstations hold it: '*' for
// supervisors, 't<n>' for each tier it has been in (tier_mask), 'a:<agentId>' for its assignee and every
// agent who worked on it. writeEffects keeps the ticket_scopes rows in step; pull reads them.
import type { RequestAgent } from './actor';

export const ALL = '*';
export const tierKey = (tier: number) => `t${tier}`;
export const agentKey = (agentId: string) => `a:${agentId}`;

/** The keys whose tickets a workstation holds (a tier agent: its tier's and its own; others: all). */
export function scopeKeysOf(agent: Pick<RequestAgent, 'id' | 'role' | 'tier'>): string[] {
  if (agent.role !== 'agent' || agent.tier === null) return [ALL];
  return [tierKey(agent.tier), agentKey(agent.id)];
}

/** What ticket_scopes.closed_at holds for a ticket in this state. */
export const closedAtOf = (t: { status: string; updated_at: string }) => (t.status === 'closed' ? t.updated_at : null);

/** Thread rows (messages, escalations, history) per ticket, for the counters a first sync totals. */
export function perTicket(rows: { ticket_id: string | null }[]): Map<string, number> {
  const n = new Map<string, number>();
  for (const r of rows) if (r.ticket_id !== null) n.set(r.ticket_id, (n.get(r.ticket_id) ?? 0) + 1);
  return n;
}
