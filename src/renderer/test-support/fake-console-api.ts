// A small in-test stand-in for main: records every request, lets the test play main's events, and plays a
// scripted backend for the replica's real sync loop (run in-process): pushes are accepted, and each pull
// answers the page the test serves (or an empty page). The real bridge and server are covered end to end.
import type { ApiEventName, ApiEventPayload, ApiInput, ApiOutput, ApiRequestName, ConsoleApi, SessionInfo, SyncStatus } from '../../shared/api';
import type { Agent } from '../../shared/domain';
import type { RawMutation, Refusal } from '../../shared/mutations';
import type { Change, PullResponse } from '../../shared/sync-protocol';
import type { OpenReplicaOptions } from '../db/replica';
import { createHandleEvents } from '../sync-loop/handle';
import { inProcessSync } from '../sync-loop/in-process';
import type { SyncLoop } from '../sync-loop/loop';

export interface RecordedRequest {
  name: ApiRequestName;
  input: unknown;
}

export type ServedPage = DataPage | { refetch: true };
export interface DataPage {
  cursor: number;
  /** This client's last mutation the server has processed (acknowledged ones leave the outbox). */
  lastMutationId?: number;
  changes: Change[];
  refused?: Refusal[];
}

export interface FakeConsoleApi extends ConsoleApi {
  requests: RecordedRequest[];
  emit<N extends ApiEventName>(name: N, payload: ApiEventPayload<N>): void;
  /** openReplica's `sync`: the real sync loop, in-process, over this fake's scripted push and pull. */
  startSync: OpenReplicaOptions['sync'];
  /** Serves one page to the loop's next pull and resolves once the loop has applied it. */
  pull(page: ServedPage): Promise<void>;
  /** Every mutation the loop has pushed, once each, in id order (waits until the loop is idle). */
  pushed(): Promise<RawMutation[]>;
  /** Shows this status in every window instead of the loop's (the indicator's tests). */
  showStatus(s: SyncStatus): Promise<void>;
}

export function createFakeConsoleApi(opts: { agent?: Agent | null; login?(email: string, password: string): SessionInfo } = {}): FakeConsoleApi {
  const listeners = new Map<ApiEventName, Set<(payload: unknown) => void>>();
  const requests: RecordedRequest[] = [];
  const pushed = new Map<number, RawMutation>();
  const pages: { page: ServedPage; served: () => void }[] = [];
  let last: { cursor: number; lastMutationId: number } = { cursor: 0, lastMutationId: 0 };
  let loop: SyncLoop | null = null;
  let showStatus: ((s: SyncStatus) => void) | null = null;
  const info = (agent: Agent | null): SessionInfo => ({ agent, serverUrl: 'http://127.0.0.1:1', secureStorage: true, edition: 'browser' });
  const pullAnswer = (): PullResponse => {
    const next = pages.shift();
    if (!next) return { cursor: last.cursor, lastMutationId: last.lastMutationId, changes: [], refused: [], more: false };
    const { page } = next;
    queueMicrotask(next.served);
    if ('refetch' in page) return { refetch: true };
    last = { cursor: page.cursor, lastMutationId: page.lastMutationId ?? last.lastMutationId };
    return { cursor: page.cursor, lastMutationId: last.lastMutationId, changes: page.changes, refused: page.refused ?? [], more: false };
  };
  const answer = (name: ApiRequestName, input: unknown): unknown => {
    switch (name) {
      case 'session.info':
        return info(opts.agent ?? null);
      case 'session.login': {
        const { email, password } = input as { email: string; password: string };
        if (!opts.login) throw Object.assign(new Error('wrong_credentials'), { code: 'unauthorized', reason: 'wrong_credentials', params: {} });
        return opts.login(email, password);
      }
      case 'sync.push': {
        const { mutations } = input as { mutations: RawMutation[] };
        for (const m of mutations) pushed.set(m.id, m);
        return { lastMutationId: Math.max(...pushed.keys()), refused: [] };
      }
      case 'sync.pull':
        return pullAnswer();
      case 'app.openExternal':
        return { ok: false };
      default:
        return { ok: true };
    }
  };
  const api: FakeConsoleApi = {
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
    startSync(ctx) {
      const own = inProcessSync({ api, ...ctx });
      loop = own.loop;
      // Statuses the test shows go to the same listeners as the loop's.
      const ev = createHandleEvents();
      own.onStatus(ev.status);
      showStatus = ev.status;
      return { ...own, onStatus: ev.onStatus };
    },
    async pull(page) {
      const served = new Promise<void>((ok) => pages.push({ page, served: ok }));
      loop?.syncNow();
      await served;
      await loop?.idle();
    },
    async pushed() {
      await loop?.idle();
      return [...pushed.values()].sort((a, b) => a.id - b.id);
    },
    async showStatus(s) {
      await loop?.idle();
      showStatus?.(s);
    },
  };
  return api;
}
