// A clock tests drive by hand: timers fire only when the test advances time.
import type { Clock, TimerHandle } from '../ports';

export interface ManualClock extends Clock {
  /** Runs every timer due within ms, in order, letting async work settle after each. */
  advance(ms: number): Promise<void>;
  pendingTimers(): number[];
}

export function createManualClock(start = Date.parse('2026-11-23T10:00:00.000Z'), random = () => 0.5): ManualClock {
  let now = start;
  let seq = 0;
  const timers = new Map<number, { due: number; fn: () => void }>();
  const settle = async () => {
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
  };
  return {
    now: () => now,
    random,
    setTimeout(fn, ms) {
      const id = ++seq;
      timers.set(id, { due: now + ms, fn });
      return { id } as TimerHandle;
    },
    clearTimeout(h) {
      timers.delete((h as { id: number }).id);
    },
    async advance(ms) {
      const target = now + ms;
      await settle();
      for (;;) {
        let next: [number, { due: number; fn: () => void }] | null = null;
        for (const e of timers) if (e[1].due <= target && (!next || e[1].due < next[1].due)) next = e;
        if (!next) break;
        timers.delete(next[0]);
        now = next[1].due;
        next[1].fn();
        await settle();
      }
      now = target;
    },
    pendingTimers: () => [...timers.values()].map((t) => t.due - now).sort((a, b) => a - b),
  };
}
