// When the console sets an agent Away on its own, and when it gives their presence back. Pure, on the
// caller's clock: input, idle reports and the agent's own choices go in; what to do comes out. Only an agent
// who is available or busy is set away (a break is the agent's own call), and only a presence the console set
// is given back — if the agent chose another one meanwhile, theirs stands.
import type { Presence } from '../../shared/domain';

export interface IdleState {
  /** The presence the agent had before the console set them away; null when the console did not. */
  setAwayFrom: Presence | null;
}

export type IdleDecision = { do: 'none' } | { do: 'set_away'; from: Presence } | { do: 'restore'; to: Presence };

export const INITIAL_IDLE: IdleState = { setAwayFrom: null };

/** No input for the agent's threshold (or the screen locked): away, if they were available or busy. */
export function onIdle(state: IdleState, presence: Presence): [IdleState, IdleDecision] {
  if (state.setAwayFrom !== null) return [state, { do: 'none' }];
  if (presence !== 'available' && presence !== 'busy') return [state, { do: 'none' }];
  return [{ setAwayFrom: presence }, { do: 'set_away', from: presence }];
}

/** Input again: back to what they had, if the console set them away and they are still away. */
export function onActive(state: IdleState, presence: Presence): [IdleState, IdleDecision] {
  if (state.setAwayFrom === null) return [state, { do: 'none' }];
  const next: IdleState = { setAwayFrom: null };
  return presence === 'away' ? [next, { do: 'restore', to: state.setAwayFrom }] : [next, { do: 'none' }];
}

/** The agent chose a presence themselves: the console no longer gives anything back. */
export function onChosen(_state: IdleState): IdleState {
  return { setAwayFrom: null };
}

/**
 * Input-based idleness for the browser edition: idle once `minutes` have passed since the last input.
 * Returns when the next check is due (ms from now), or null when already idle.
 */
export function idleCheck(lastInputAt: number, now: number, minutes: number): { idle: boolean; nextInMs: number | null } {
  const limit = minutes * 60_000;
  const quiet = now - lastInputAt;
  return quiet >= limit ? { idle: true, nextInMs: null } : { idle: false, nextInMs: limit - quiet };
}
