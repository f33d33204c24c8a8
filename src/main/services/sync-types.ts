// What the sync service offers and emits (kept apart so the loop itself stays readable).
import type { ApiEventPayload, SyncStatus } from '../../shared/api';
import type { RawMutation, Refusal } from '../../shared/mutations';

export interface SyncEvents {
  'sync.status': SyncStatus;
  'sync.pulled': ApiEventPayload<'sync.pulled'>;
  'sync.refused': { refused: Refusal[] };
}

export interface SocketHooks {
  onPoke(version: number): void;
  onOpen(): void;
  /** The open socket closed (server gone, link cut, heartbeat missed): the backend is unreachable now. */
  onClose?(): void;
  /** The server ended this session: find out now (a pull gets the 401 that signs the agent out). */
  onRejected?(): void;
}
export interface SocketLike {
  start(): void;
  stop(): void;
}

export interface SyncOptions {
  batchSize?: number;
  slowPollMs?: number;
  ackTimeoutMs?: number;
}

export interface SyncService {
  attach(a: { clientId: string; cursor: number | null; ackedMutationId: number; mutations: RawMutation[] }): void;
  enqueue(mutations: RawMutation[]): void;
  ack(cursor: number, ackedMutationId: number): void;
  syncNow(): void;
  /** Begin (signed in) or stop (signed out) talking to the backend. */
  start(): void;
  /** Forget the attached replica (signed out): the next agent's replica attaches its own outbox. */
  detach(): void;
  stop(): void;
  status(): SyncStatus;
  /** Resolves when no request is in flight (tests). */
  idle(): Promise<void>;
}

export const WORDS = {
  offline: 'Offline: the server cannot be reached. Your changes are kept and will sync when it is back.',
  expired: 'Your session has expired: sign in again. Your changes are kept.',
  server: 'The server had a problem; retrying.',
  unexpected: 'Sync failed unexpectedly; retrying.',
} as const;
