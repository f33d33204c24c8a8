// Time and randomness as ports, so the sync loop (renderer worker) and main's services can be driven by a
// manual clock in tests. Plain TypeScript: no node or DOM import.
export type TimerHandle = { readonly __timer: unique symbol } | object;

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
  /** Uniform in [0, 1): jitter for backoff. */
  random(): number;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => {
    const t = setTimeout(fn, ms) as unknown as { unref?: () => void };
    // A pending retry must not keep a Node process (tests, browser edition) alive on its own.
    t.unref?.();
    return t;
  },
  clearTimeout: (h) => clearTimeout(h as unknown as ReturnType<typeof setTimeout>),
  random: () => Math.random(),
};

/** Exponential backoff with ±50 % jitter: 0.5 s doubling to 30 s by default. */
export function backoffDelay(attempt: number, random: () => number, baseMs = 500, maxMs = 30_000): number {
  const raw = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt));
  return Math.round(raw * (0.5 + random()));
}
