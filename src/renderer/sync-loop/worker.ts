// The sync worker: one per window; the one holding the replica's Web Lock runs the replica's sync loop,
// the others wait for the lock (a closed window's lock passes to the next). The loop reaches main
// through its own bridge: the browser edition's loopback socket, or the MessagePort main handed the window.
/// <reference lib="webworker" />
import type { ConsoleApi } from '../../shared/api';
import { createReplicaDb } from '../db/schema';
import { webBridge } from '../bridge/bridge.web';
import { portSocket } from '../bridge/port-socket';
import { channelName, lockName, type FromLeader, type FromWorker, type ToLeader, type ToWorker } from './channel';
import { connectLoop } from './connect';

declare const self: DedicatedWorkerGlobalScope;

/** Bigger than the UI thread's slices: here a page's writes hold no UI up (fewer, larger transactions). */
const WORKER_SLICE = 2_500;

let closeWorker: (() => Promise<void>) | null = null;

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  if (m.t === 'init' && !closeWorker) closeWorker = boot(m, e.ports[0]);
  else if (m.t === 'close') {
    void (closeWorker?.() ?? Promise.resolve()).finally(() => self.postMessage({ t: 'closed' } satisfies FromWorker));
  }
};

function boot(init: Extract<ToWorker, { t: 'init' }>, port: MessagePort | undefined): () => Promise<void> {
  const abort = new AbortController();
  let release: () => void = () => undefined;
  const released = new Promise<void>((r) => (release = r));
  const held = navigator.locks
    .request(lockName(init.dbName), { signal: abort.signal }, async () => {
      const channel = new BroadcastChannel(channelName(init.dbName));
      const db = createReplicaDb(init.dbName);
      await db.open();
      let onService: (up: boolean) => void = () => undefined;
      const api: ConsoleApi =
        init.link.kind === 'web'
          ? webBridge(init.link.secret, { onService: (up) => onService(up) })
          : webBridge('', { createSocket: () => portSocket(port!), heartbeatMs: 60_000 });
      const say = (m: FromLeader) => channel.postMessage(m);
      let last: FromLeader | null = null;
      const c = connectLoop({
        api,
        db,
        actor: init.actor,
        onStatus: (status) => say((last = { t: 'status', status })),
        onRefused: (change) => say({ t: 'refused', change }),
        onArrived: (byTier) => say({ t: 'arrived', byTier }),
        onNotify: (batch) => say({ t: 'notify', batch }),
        options: { slice: WORKER_SLICE },
      });
      onService = (up) => c.loop.serviceGone(!up);
      channel.onmessage = (ev: MessageEvent<ToLeader>) => {
        if (ev.data.t === 'kick') c.loop.kick();
        else if (ev.data.t === 'now') c.loop.syncNow();
        else if (ev.data.t === 'hello' && last) say(last);
      };
      await released;
      await c.close();
      channel.close();
      db.close();
    })
    .catch((err: unknown) => {
      if ((err as Error).name !== 'AbortError') self.postMessage({ t: 'failed', message: (err as Error).message } satisfies FromWorker);
    });
  return async () => {
    abort.abort();
    release();
    await held;
  };
}
