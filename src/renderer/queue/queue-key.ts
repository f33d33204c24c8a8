// From the UI's queue selection to the data layer's queue key, and the queue's name in words.
import type { Agent, Tier } from '../../shared/domain';
import type { QueueKey } from '../db/queries';
import type { Strings } from '../i18n';
import type { QueueView } from './queue-store';

export function queueKeyOf(view: QueueView, tier: Tier): QueueKey {
  if (view === 'mine') return { kind: 'mine' };
  return { kind: view, tier };
}

export function queueName(t: Strings, view: QueueView, tier: Tier): string {
  switch (view) {
    case 'mine':
      return t.queue.mine;
    case 'unassigned':
      return t.queue.unassigned(tier);
    case 'tier':
      return t.queue.all(tier);
    case 'escalated':
      return t.queue.escalated(tier);
  }
}

/** Tier 1 is never escalated into, so it has no escalated queue. */
export function viewsOf(tier: Tier): readonly QueueView[] {
  return tier === 1 ? ['mine', 'unassigned', 'tier'] : ['mine', 'unassigned', 'tier', 'escalated'];
}

/** The tier whose queues an agent works: its own, or the one a supervisor picked. */
export function workingTier(agent: Agent, picked: Tier): Tier {
  return agent.role === 'agent' && agent.tier !== null ? agent.tier : picked;
}
