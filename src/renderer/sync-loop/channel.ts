// How the windows of one replica and its sync loop talk: a BroadcastChannel per replica database. The
// leader (the one worker holding the replica's Web Lock) posts status and refusals; windows post kicks.
import type { SyncStatus } from '../../shared/api';
import type { Actor } from '../../shared/domain';
import type { RefusedChange } from '../db/replica';
import type { NotifyBatch } from '../notify/pulled-events';

export const channelName = (dbName: string) => `console-sync:${dbName}`;
/** The Web Lock whose holder runs the replica's one sync loop. */
export const lockName = (dbName: string) => `console-sync-leader:${dbName}`;

export type FromLeader =
  | { t: 'status'; status: SyncStatus }
  | { t: 'refused'; change: RefusedChange }
  | { t: 'arrived'; byTier: Record<number, number> }
  /** What a pulled page means for the signed-in agent (notify/pulled-events.ts); the notify host decides. */
  | { t: 'notify'; batch: NotifyBatch };
/** kick: the outbox grew; now: retry at once; hello: a window opened and wants the status. */
export type ToLeader = { t: 'kick' } | { t: 'now' } | { t: 'hello' };

/** How a worker reaches main: the browser edition's loopback bridge, or a port main handed the window. */
export type WorkerLink = { kind: 'web'; secret: string } | { kind: 'port' };

export type ToWorker = { t: 'init'; dbName: string; actor: Actor; link: WorkerLink } | { t: 'close' };
export type FromWorker = { t: 'closed' } | { t: 'failed'; message: string };
