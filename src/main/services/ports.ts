// Ports the main-process services take as arguments, so tests control time and randomness and the
// Electron / browser-edition adapters stay thin.
export { backoffDelay, systemClock, type Clock, type TimerHandle } from '../../shared/clock';

/** Where the session (token, agent, server URL) is kept: Electron safeStorage or memory. */
export interface SecretStore {
  load(): Promise<string | null>;
  save(value: string): Promise<void>;
  clear(): Promise<void>;
  /** False where the OS offers only plain-text storage. */
  isSecure(): boolean;
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
