// The signed-in agent's presence, live from the replica (their own agent row, synced like every other
// change), and how to set it: one mutation (setPresence), said in the live region — "saved here, not sent"
// while nothing can reach the server.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Presence } from '../../shared/domain';
import type { Replica } from '../db';
import { strings } from '../i18n';
import { mutateAndSay } from '../ticket/ticket-actions';

export function useMyPresence(replica: Replica): Presence | undefined {
  return useLiveQuery(async () => (await replica.db.agents.get(replica.agent.id))?.presence ?? 'available', [replica]);
}

export async function myPresence(replica: Replica): Promise<Presence> {
  return (await replica.db.agents.get(replica.agent.id))?.presence ?? 'available';
}

/** Sets the agent's presence; `said` overrides the words (automatic away says why). */
export function setMyPresence(replica: Replica, presence: Presence, said?: string): Promise<unknown> {
  const state = strings.presence.state[presence];
  const done = said ?? strings.presence.set(state);
  return mutateAndSay(replica, 'setPresence', { presence }, done, said ? undefined : strings.presence.setNotSent(state));
}

/** The presences an agent chooses (offline is what the others see when the agent is gone). */
export const CHOSEN_PRESENCES = ['available', 'busy', 'break', 'away'] as const satisfies readonly Presence[];
