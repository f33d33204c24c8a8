import { describe, expect, it } from 'vitest';
import { nextChangeAt } from './clock';
import { formatDuration } from './format';

/** What a compact countdown shows (text and state), as SlaCountdown computes it. */
const shown = (due: number, now: number) => {
  const left = due - now;
  return `${left < 0 ? 'late' : left < 30 * 60_000 ? 'soon' : 'ok'} ${formatDuration(left)}`;
};

/** A small seeded generator, so a failure replays. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

describe('nextChangeAt', () => {
  it('is exactly when the countdown shows something new: same before, different at it', () => {
    const r = rng(7);
    const now0 = Date.parse('2026-12-01T09:00:00.000Z');
    for (let i = 0; i < 2000; i++) {
      const now = now0 + Math.floor(r() * 1000);
      const scale = [5_000, 3_600_000, 5 * 3_600_000, 3 * 86_400_000][i % 4]!;
      const due = now + Math.round((r() * 2 - 1) * scale);
      const next = nextChangeAt(due, now);
      expect(next, `due ${due} now ${now}`).toBeGreaterThan(now);
      expect(shown(due, next - 1), `due ${due} now ${now}`).toBe(shown(due, now));
      expect(shown(due, next), `due ${due} now ${now}`).not.toBe(shown(due, now));
    }
  });

  it('is a minute away at most beyond the first hour, and a second within it', () => {
    const now = 0;
    expect(nextChangeAt(2 * 3_600_000 + 30_500, now)).toBe(30_501);
    expect(nextChangeAt(20 * 60_000 + 250, now)).toBe(251);
    expect(nextChangeAt(-(2 * 3_600_000 + 100), now)).toBe(60_000 - 100);
  });
});
