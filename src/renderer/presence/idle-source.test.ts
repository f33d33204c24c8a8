import { describe, expect, it } from 'vitest';
import { pageIdleSource, type Timers } from './idle-source';

/** A manual clock with timers that fire only when the test moves time. */
function manualTimers() {
  let now = 0;
  const due: { at: number; fn: () => void; id: number }[] = [];
  let ids = 0;
  const timers: Timers = {
    now: () => now,
    setTimeout: (fn, ms) => (due.push({ at: now + ms, fn, id: ++ids }), ids),
    clearTimeout: (h) => {
      const i = due.findIndex((d) => d.id === h);
      if (i >= 0) due.splice(i, 1);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    for (;;) {
      due.sort((a, b) => a.at - b.at);
      const next = due[0];
      if (!next || next.at > now) return;
      due.shift();
      next.fn();
    }
  };
  return { timers, advance };
}

describe("the page's idle source", () => {
  it('reports idle after the minutes without input, active at the next input, and idle again later', () => {
    const { timers, advance } = manualTimers();
    const target = new EventTarget();
    const seen: string[] = [];
    const stop = pageIdleSource(target, timers).watch(10, () => seen.push('idle'), () => seen.push('active'));
    advance(9 * 60_000);
    target.dispatchEvent(new Event('keydown'));
    advance(9 * 60_000);
    expect(seen).toEqual([]);
    advance(60_000);
    expect(seen).toEqual(['idle']);
    advance(60 * 60_000);
    expect(seen).toEqual(['idle']);
    target.dispatchEvent(new Event('pointerdown'));
    expect(seen).toEqual(['idle', 'active']);
    advance(10 * 60_000);
    expect(seen).toEqual(['idle', 'active', 'idle']);
    stop();
    target.dispatchEvent(new Event('keydown'));
    expect(seen).toEqual(['idle', 'active', 'idle']);
  });
});
