// Ports the main-process services take as arguments, so tests control time and randomness and the
// Electron / browser-edition adapters stay thin.
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
    const t = setTimeout(fn, ms);
    // A pending retry must not keep a Node process (tests, browser edition) alive on its own.
    t.unref?.();
    return t;
  },
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  random: () => Math.random(),
};

/** Where the session (token, agent, server URL) is kept: Electron safeStorage or memory. */
export interface SecretStore {
  load(): Promise<string | null>;
  save(value: string): Promise<void>;
  clear(): Promise<void>;
  /** False where the OS offers only plain-text storage. */
  isSecure(): boolean;
}

/** Exponential backoff with ±50 % jitter: 0.5 s doubling to 30 s by default. */
export function backoffDelay(attempt: number, random: () => number, baseMs = 500, maxMs = 30_000): number {
  const raw = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt));
  return Math.round(raw * (0.5 + random()));
}

type Listener<E> = <N extends keyof E>(name: N, payload: E[N]) => void;

/** A tiny typed event hub: services emit, the API handlers forward to the renderer. */
export interface Emitter<E> {
  emit<N extends keyof E>(name: N, payload: E[N]): void;
  subscribe(listener: Listener<E>): () => void;
}

/** What a service needs: it only emits. */
export interface EventSink<E> {
  emit<N extends keyof E>(name: N, payload: E[N]): void;
}

export function createEmitter<E>(): Emitter<E> {
  const listeners = new Set<Listener<E>>();
  return {
    emit(name, payload) {
      for (const l of [...listeners]) {
        try {
          l(name, payload);
        } catch (err) {
          console.error(`listener for ${String(name)} failed:`, (err as Error).message);
        }
      }
    },
    subscribe(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}
