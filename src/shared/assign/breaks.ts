// Breaks against burnout (issue 11, points 2 and 5): when an agent last rested, and whether they have
// worked too long without a break. Pure, so the agents panel and its test share nothing but the rule.
//
// A rest is a break or time offline (off shift): setPresence leaving either records lastBreakEndedAt, so
// "time since the last break" of an agent who has not had one yet today counts from their sign-in. An
// agent on a break, or offline, is resting now and never flagged; a supervisor is never flagged either.
import type { Agent, Presence } from '../domain';

/** "No break for more than N hours": a constant, the default (not a per-workstation setting). */
export const NO_BREAK_HOURS = 2;
const HOUR_MS = 3_600_000;

const RESTING: readonly Presence[] = ['break', 'offline'];

/** Does this presence change end a rest (and so record lastBreakEndedAt)? */
export function endsRest(from: Presence, to: Presence): boolean {
  return RESTING.includes(from) && !RESTING.includes(to);
}

export type BreakState =
  | { kind: 'resting'; presence: 'break' | 'offline' }
  /** sinceBreakMs null: no rest recorded (a row from before the field). */
  | { kind: 'working'; sinceBreakMs: number | null; overdue: boolean }
  | { kind: 'none' };

export function breakState(agent: Pick<Agent, 'role' | 'presence' | 'lastBreakEndedAt'>, nowMs: number, limitHours = NO_BREAK_HOURS): BreakState {
  if (agent.role !== 'agent') return { kind: 'none' };
  if (agent.presence === 'break' || agent.presence === 'offline') return { kind: 'resting', presence: agent.presence };
  const ended = agent.lastBreakEndedAt ? Date.parse(agent.lastBreakEndedAt) : NaN;
  if (Number.isNaN(ended)) return { kind: 'working', sinceBreakMs: null, overdue: false };
  const since = Math.max(0, nowMs - ended);
  return { kind: 'working', sinceBreakMs: since, overdue: since > limitHours * HOUR_MS };
}
