import { describe, expect, it } from 'vitest';
import { idleCheck, INITIAL_IDLE, onActive, onChosen, onIdle } from './idle-away';

describe('automatic away', () => {
  it('sets an available or busy agent away and gives the same presence back on return', () => {
    for (const p of ['available', 'busy'] as const) {
      const [s1, d1] = onIdle(INITIAL_IDLE, p);
      expect(d1).toEqual({ do: 'set_away', from: p });
      const [s2, d2] = onActive(s1, 'away');
      expect(d2).toEqual({ do: 'restore', to: p });
      expect(s2).toEqual(INITIAL_IDLE);
    }
  });

  it('leaves a break, away or offline agent as they are', () => {
    for (const p of ['break', 'away', 'offline'] as const) expect(onIdle(INITIAL_IDLE, p)[1]).toEqual({ do: 'none' });
  });

  it('does not override a presence the agent chose while away', () => {
    const [s1] = onIdle(INITIAL_IDLE, 'available');
    // The agent picked "on a break" from another window before touching this one.
    expect(onActive(s1, 'break')[1]).toEqual({ do: 'none' });
    expect(onActive(onChosen(s1), 'away')[1]).toEqual({ do: 'none' });
  });

  it('idles once, not again while already set away', () => {
    const [s1] = onIdle(INITIAL_IDLE, 'available');
    expect(onIdle(s1, 'away')[1]).toEqual({ do: 'none' });
  });

  it('counts the quiet minutes from the last input', () => {
    expect(idleCheck(0, 9 * 60_000, 10)).toEqual({ idle: false, nextInMs: 60_000 });
    expect(idleCheck(0, 10 * 60_000, 10)).toEqual({ idle: true, nextInMs: null });
    expect(idleCheck(5 * 60_000, 10 * 60_000, 10)).toEqual({ idle: false, nextInMs: 5 * 60_000 });
  });
});
