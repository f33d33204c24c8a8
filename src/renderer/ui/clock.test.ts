import { describe, expect, it } from 'vitest';
import { nextChangeAt } from './clock';
import { stringsFor } from '../i18n/bind-strings';
import { LANGUAGES } from '../i18n/locales';

/** What a compact countdown shows (text and state) in a language, as SlaCountdown computes it. */
const shownIn = (duration: (ms: number) => string) => (due: number, now: number) => {
  const left = due - now;
  return `${left < 0 ? 'late' : left < 30 * 60_000 ? 'soon' : 'ok'} ${duration(left)}`;
};

/** A small seeded generator, so a failure replays. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

describe('nextChangeAt', () => {
  it.each(LANGUAGES)('is exactly when the countdown shows something new in %s: same before, different at it', (locale) => {
    const shown = shownIn(stringsFor(locale).format.duration);
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
