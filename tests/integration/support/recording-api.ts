// A ConsoleApi for replica tests without main: records requests, lets the test play main's events.
import type { ApiEventName, ApiEventPayload, ApiInput, ApiOutput, ApiRequestName, ConsoleApi } from '../../../src/shared/api';

export interface RecordingApi extends ConsoleApi {
  requests: { name: ApiRequestName; input: unknown }[];
  emit<N extends ApiEventName>(name: N, payload: ApiEventPayload<N>): void;
  /** Resolves after the replica acked this cursor. */
  acked(cursor: number): Promise<void>;
}

export function createRecordingApi(): RecordingApi {
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  const requests: RecordingApi['requests'] = [];
  const ackWaiters: { cursor: number; done: () => void }[] = [];
  return {
    requests,
    async request<N extends ApiRequestName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>> {
      requests.push({ name, input: structuredClone(input) });
      if (name === 'sync.ack') {
        const c = (input as { cursor: number }).cursor;
        for (const w of ackWaiters.splice(0)) if (w.cursor <= c) w.done();
        else ackWaiters.push(w);
      }
      return { ok: true } as ApiOutput<N>;
    },
    on(name, listener) {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      set.add(listener as (p: unknown) => void);
      return () => set.delete(listener as (p: unknown) => void);
    },
    emit(name, payload) {
      for (const l of listeners.get(name) ?? []) l(structuredClone(payload));
    },
    acked(cursor) {
      const seen = requests.some((r) => r.name === 'sync.ack' && (r.input as { cursor: number }).cursor >= cursor);
      return seen ? Promise.resolve() : new Promise((done) => ackWaiters.push({ cursor, done }));
    },
  };
}
