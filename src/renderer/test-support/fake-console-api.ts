// A small in-test stand-in for the bridge to main: records every request and lets the test play main's
// events (a pulled batch, a refusal, a sync status). The real bridge is covered end to end.
import type { ApiEventName, ApiEventPayload, ApiInput, ApiOutput, ApiRequestName, ConsoleApi, SessionInfo } from '../../shared/api';
import type { Agent } from '../../shared/domain';

export interface RecordedRequest {
  name: ApiRequestName;
  input: unknown;
}

export interface FakeConsoleApi extends ConsoleApi {
  requests: RecordedRequest[];
  emit<N extends ApiEventName>(name: N, payload: ApiEventPayload<N>): void;
  /** Every mutation the replica handed to main (attach and enqueue), in order. */
  mutations(): { id: number; name: string; args: unknown }[];
}

export function createFakeConsoleApi(opts: { agent?: Agent | null; login?(email: string, password: string): SessionInfo } = {}): FakeConsoleApi {
  const listeners = new Map<ApiEventName, Set<(payload: unknown) => void>>();
  const requests: RecordedRequest[] = [];
  const info = (agent: Agent | null): SessionInfo => ({ agent, serverUrl: 'http://127.0.0.1:1', secureStorage: true, edition: 'browser' });
  const answer = (name: ApiRequestName, input: unknown): unknown => {
    switch (name) {
      case 'session.info':
        return info(opts.agent ?? null);
      case 'session.login': {
        const { email, password } = input as { email: string; password: string };
        if (!opts.login) throw Object.assign(new Error('wrong email or password'), { code: 'unauthorized' });
        return opts.login(email, password);
      }
      case 'app.openExternal':
        return { ok: false };
      default:
        return { ok: true };
    }
  };
  return {
    requests,
    async request<N extends ApiRequestName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>> {
      requests.push({ name, input: structuredClone(input) });
      await Promise.resolve();
      return answer(name, input) as ApiOutput<N>;
    },
    on<N extends ApiEventName>(name: N, listener: (payload: ApiEventPayload<N>) => void) {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      const l = listener as (payload: unknown) => void;
      set.add(l);
      return () => set.delete(l);
    },
    emit(name, payload) {
      for (const l of listeners.get(name) ?? []) l(payload);
    },
    mutations() {
      return requests.flatMap((r) =>
        r.name === 'sync.enqueue' || r.name === 'sync.attach'
          ? (r.input as { mutations: { id: number; name: string; args: unknown }[] }).mutations
          : [],
      );
    },
  };
}
