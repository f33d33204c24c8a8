// Runs a sync loop over a ConsoleApi (main, reached through the worker's own bridge or in-process in
// tests): push and pull go to main, which adds the token; main's pokes, link changes and session changes
// steer the loop.
import type { ConsoleApi, SyncStatus } from '../../shared/api';
import type { Clock } from '../../shared/clock';
import type { Actor } from '../../shared/domain';
import type { RefusedChange } from '../db/replica';
import type { ReplicaDb } from '../db/schema';
import type { NotifyBatch } from '../notify/pulled-events';
import { createSyncLoop, type SyncLoop, type SyncLoopOptions } from './loop';

export interface ConnectedLoop {
  loop: SyncLoop;
  /** Stops the loop and lets go of main's events. */
  close(): Promise<void>;
}

export function connectLoop(opts: {
  api: ConsoleApi;
  db: ReplicaDb;
  actor: Actor;
  onStatus(s: SyncStatus): void;
  onRefused(r: RefusedChange): void;
  onArrived?(byTier: Record<number, number>): void;
  onNotify?(batch: NotifyBatch): void;
  clock?: Clock;
  options?: SyncLoopOptions;
}): ConnectedLoop {
  const { api, actor } = opts;
  const agentId = actor.id;
  const loop = createSyncLoop({
    db: opts.db,
    actor,
    onStatus: opts.onStatus,
    onRefused: opts.onRefused,
    onArrived: opts.onArrived,
    onNotify: opts.onNotify,
    clock: opts.clock,
    options: opts.options,
    transport: {
      push: (req) => api.request('sync.push', { agentId, clientId: req.clientId, mutations: req.mutations }),
      pull: (req) =>
        api.request('sync.pull', {
          agentId,
          clientId: req.clientId,
          cursor: req.cursor,
          ackedMutationId: req.ackedMutationId ?? 0,
          ...(req.snapshot ? { snapshot: req.snapshot } : {}),
        }),
    },
  });
  const off = [
    api.on('sync.poke', ({ version }) => loop.poke(version)),
    api.on('sync.link', ({ up, rejected }) => loop.link(up, rejected)),
    api.on('session.changed', (info) => loop.session(info.agent?.id === agentId)),
  ];
  loop.start();
  return {
    loop,
    async close() {
      off.forEach((o) => o());
      await loop.stop();
    },
  };
}
