// Breaks recorded by setPresence and the "no break for more than 2 hours" flag, on a manual clock: a
// seeded day of presence changes is folded through the shared setPresence rule, and at each minute the
// flag is checked against an independent walk of the same timeline (when did the last rest end?).
import { describe, expect, it } from 'vitest';
import { applyMutation } from '../apply-mutation';
import type { Agent, Presence } from '../domain';
import { anna, ids } from '../test-fixtures';
import { NO_BREAK_HOURS, breakState, endsRest } from './breaks';

const DAY = Date.parse('2026-11-23T06:00:00.000Z');
const MIN = 60_000;
const at = (minute: number) => new Date(DAY + minute * MIN).toISOString();
const start: Agent = { id: ids.anna, name: 'Anna Kovács', email: 'anna@demo.local', role: 'agent', tier: 1, presence: 'offline', cap: null, presenceSince: at(0), lastBreakEndedAt: null, version: 1 };

function setPresence(a: Agent, presence: Presence, minute: number): Agent {
  const out = applyMutation(anna, at(minute), { id: 1, name: 'setPresence', args: { presence } }, { agent: a });
  if (!out.ok) throw new Error(out.reason);
  return out.effects.agents[0]!;
}

/** A small seeded generator (mulberry32), so a failure replays. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('breaks', () => {
  it('setPresence records when a break (or time offline) ends, and only then', () => {
    let a = setPresence(start, 'available', 10);
    expect(a.lastBreakEndedAt).toBe(at(10));
    a = setPresence(a, 'busy', 50);
    expect(a.lastBreakEndedAt).toBe(at(10));
    a = setPresence(a, 'break', 130);
    expect(a.lastBreakEndedAt).toBe(at(10));
    a = setPresence(a, 'away', 145);
    expect(a.lastBreakEndedAt).toBe(at(145));
    expect(setPresence(a, 'away', 150).lastBreakEndedAt).toBe(at(145));
  });

  it('flags no break for more than 2 hours exactly when the timeline says so (seeded days, manual clock)', () => {
    const presences: Presence[] = ['available', 'busy', 'break', 'away', 'offline'];
    for (let seed = 1; seed <= 40; seed++) {
      const rnd = random(seed);
      const changes: { minute: number; to: Presence }[] = [];
      for (let m = 1; m < 600; m += 1 + Math.floor(rnd() * 90)) changes.push({ minute: m, to: presences[Math.floor(rnd() * presences.length)]! });
      let agent = start;
      let i = 0;
      // The oracle: the presence now and the minute the last rest (break or offline) ended, by the timeline.
      let presence: Presence = 'offline';
      let restEnded: number | null = null;
      for (let now = 0; now < 660; now++) {
        while (i < changes.length && changes[i]!.minute === now) {
          const { to } = changes[i]!;
          if ((presence === 'break' || presence === 'offline') && to !== 'break' && to !== 'offline') restEnded = now;
          presence = to;
          agent = setPresence(agent, to, now);
          i++;
        }
        const state = breakState(agent, DAY + now * MIN);
        const resting = presence === 'break' || presence === 'offline';
        if (resting) expect(state, `seed ${seed}, minute ${now}`).toEqual({ kind: 'resting', presence });
        else expect(state, `seed ${seed}, minute ${now}`).toEqual({ kind: 'working', sinceBreakMs: (now - restEnded!) * MIN, overdue: now - restEnded! > NO_BREAK_HOURS * 60 });
      }
    }
  });

  it('never flags a supervisor, nor a row from before the field', () => {
    expect(breakState({ role: 'supervisor', presence: 'available', lastBreakEndedAt: at(0) }, DAY + 600 * MIN)).toEqual({ kind: 'none' });
    expect(breakState({ role: 'agent', presence: 'busy', lastBreakEndedAt: null }, DAY)).toEqual({ kind: 'working', sinceBreakMs: null, overdue: false });
    expect(endsRest('break', 'break')).toBe(false);
    expect(endsRest('offline', 'break')).toBe(false);
  });
});
