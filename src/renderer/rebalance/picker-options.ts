// What the assign picker offers: the tier's agents (type to filter: by name, case and accents ignored),
// each with presence and load, after the dialog's own choices (back to the queue, spread by the rule).
import type { Agent, Tier } from '../../shared/domain';

export interface AgentOption {
  kind: 'agent';
  agent: Agent;
  /** Open tickets assigned now (the mine:<id> counter). */
  open: number;
}
export type PickerOption = AgentOption | { kind: 'unassign' } | { kind: 'spread' };
export type PickerExtra = 'unassign' | 'spread';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The agents who may receive the tier's tickets (authorize: an agent of that tier), filtered by the typed text. */
export function pickerOptions(agents: readonly AgentOption[], tier: Tier, text: string, extras: readonly PickerExtra[], excludeAgentId?: string): PickerOption[] {
  const q = fold(text.trim());
  const fits = agents.filter((o) => o.agent.role === 'agent' && o.agent.tier === tier && o.agent.id !== excludeAgentId && (!q || fold(o.agent.name).includes(q)));
  // Available first (they can start now), then the least loaded, then by name.
  const rank = (o: AgentOption) => (o.agent.presence === 'available' ? 0 : o.agent.presence === 'busy' ? 1 : 2);
  fits.sort((a, b) => rank(a) - rank(b) || a.open - b.open || a.agent.name.localeCompare(b.agent.name));
  return [...(q ? [] : extras.map((kind) => ({ kind }))), ...fits];
}

/** Would `n` more tickets put the agent above their cap? */
export function overCapAfter(o: AgentOption, n: number): boolean {
  return o.agent.cap != null && o.open + n > o.agent.cap;
}
