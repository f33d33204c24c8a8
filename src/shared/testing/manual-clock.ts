// A clock tests drive by hand: timers fire only when the test advances time.
import type { Clock, TimerHandle } from '../clock';

export interface ManualClock extends Clock {
  /** Runs every timer due within ms, in order, letting async work settle after each. */
  advance(ms: number): Promise<void>;
  pendingTimers(): number[];
}

/** settleTurns: event-loop turns given to async work after each timer (IndexedDB work needs more). */
export function createManualClock(start = Date.parse('2026-11-23T10:00:00.000Z'), random = () => 0.5, settleTurns = 20): ManualClock {
  let now = start;
  let seq = 0;
  const timers = new Map<number, { due: number; fn: () => void }>();
  // Node's setImmediate lets I/O callbacks (fake-indexeddb, sockets) run between turns.
  const immediate = (globalThis as { setImmediate?: (fn: () => void) => void }).setImmediate ?? ((fn: () => void) => void setTimeout(fn, 0));
  const settle = async () => {
    for (let i = 0; i < settleTurns; i++) await new Promise<void>((r) => immediate(r));
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
