// The sync loop in the window's own thread: for tests (fake-indexeddb, a real server through main's
// services) and for a runtime without workers. Production windows use the worker (worker-host.ts).
import type { ConsoleApi } from '../../shared/api';
import type { Clock } from '../../shared/clock';
import type { Actor } from '../../shared/domain';
import type { ReplicaDb } from '../db/schema';
import { connectLoop } from './connect';
import { createHandleEvents, type SyncHandle } from './handle';
import type { SyncLoop, SyncLoopOptions } from './loop';

export function inProcessSync(opts: { api: ConsoleApi; db: ReplicaDb; actor: Actor; clock?: Clock; options?: SyncLoopOptions }): SyncHandle & { loop: SyncLoop } {
  const ev = createHandleEvents();
  const c = connectLoop({ ...opts, onStatus: ev.status, onRefused: ev.refused, onArrived: ev.arrived, onNotify: ev.notify });
  return {
    loop: c.loop,
    onStatus: ev.onStatus,
    onRefused: ev.onRefused,
    onArrived: ev.onArrived,
    onNotify: ev.onNotify,
    kick: () => c.loop.kick(),
    syncNow: () => c.loop.syncNow(),
    close: () => c.close(),
  };
}
