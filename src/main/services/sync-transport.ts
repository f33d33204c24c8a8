// Main's part of sync: the authenticated transport only. The sync loop (outbox, cursor, backoff, rebase)
// runs in a worker beside the replica; main performs its push and pull requests with the token it never
// hands out, and forwards what the realtime link says: a poke (new version), the link opening (pokes may
// have been missed) or closing (the backend is unreachable now). It keeps no sync state of its own.
import type { PullRequest, PullResponse, PushRequest, PushResponse } from '../../shared/sync-protocol';
import { BackendError, type BackendClient } from './backend-client';
import type { EventSink } from './ports';

export interface TransportEvents {
  'sync.poke': { version: number };
  'sync.link': { up: boolean; rejected: boolean };
}

export interface SocketHooks {
  onPoke(version: number): void;
  onOpen(): void;
  /** The open socket closed (server gone, link cut, heartbeat missed): the backend is unreachable now. */
  onClose?(): void;
  /** The server ended this session: the loop's next pull gets the 401 that signs the agent out. */
  onRejected?(): void;
}
export interface SocketLike {
  start(): void;
  stop(): void;
  readonly connected: boolean;
}

export interface SyncTransport {
  push(req: PushRequest): Promise<PushResponse>;
  pull(req: PullRequest): Promise<PullResponse>;
  /** Signed in: keep the realtime link open. Signed out: close it. */
  start(): void;
  stop(): void;
  /** Whether the realtime link is open now. */
  linkUp(): boolean;
}

export function createSyncTransport(deps: {
  backend: BackendClient;
  events: EventSink<TransportEvents>;
  openSocket?: (hooks: SocketHooks) => SocketLike;
  /** A 401 on push or pull: the session is over (main forgets the token; the agent signs in again). */
  onUnauthorized?: () => Promise<void> | void;
}): SyncTransport {
  const { backend, events } = deps;
  let socket: SocketLike | null = null;

  async function call<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      // The session is over before the loop hears so: it then waits for a new sign-in.
      if (err instanceof BackendError && err.kind === 'unauthorized') await deps.onUnauthorized?.();
      throw err;
    }
  }

  const hooks: SocketHooks = {
    onPoke: (version) => events.emit('sync.poke', { version }),
    onOpen: () => events.emit('sync.link', { up: true, rejected: false }),
    onClose: () => events.emit('sync.link', { up: false, rejected: false }),
    onRejected: () => events.emit('sync.link', { up: false, rejected: true }),
  };

  return {
    push: (req) => call(() => backend.push(req)),
    pull: (req) => call(() => backend.pull(req)),
    start() {
      if (socket) return;
      socket = deps.openSocket?.(hooks) ?? null;
      socket?.start();
    },
    stop() {
      const s = socket;
      socket = null;
      if (!s) return;
      s.stop();
      events.emit('sync.link', { up: false, rejected: false });
    },
    linkUp: () => socket?.connected ?? false,
  };
}
