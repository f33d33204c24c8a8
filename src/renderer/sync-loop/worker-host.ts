// The window's side of the sync worker: starts this window's worker (which waits for the replica's Web
// Lock: one loop per replica however many windows are open), and hears the leader — whichever window's
// worker it is — on the replica's BroadcastChannel.
import type { Actor } from '../../shared/domain';
import { channelName, type FromLeader, type FromWorker, type ToLeader, type ToWorker, type WorkerLink } from './channel';
import { createHandleEvents, type SyncHandle } from './handle';

/** How long a closing worker may take to finish its step and close its database before it is ended. */
const CLOSE_GRACE_MS = 3_000;

export function workerSync(opts: { dbName: string; actor: Actor; link: WorkerLink; port?: Promise<MessagePort> }): SyncHandle {
  const ev = createHandleEvents();
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'sync' });
  const channel = new BroadcastChannel(channelName(opts.dbName));
  const post = (m: ToLeader) => channel.postMessage(m);
  channel.onmessage = (e: MessageEvent<FromLeader>) => {
    if (e.data.t === 'status') ev.status(e.data.status);
    else if (e.data.t === 'refused') ev.refused(e.data.change);
    else if (e.data.t === 'arrived') ev.arrived(e.data.byTier);
    else if (e.data.t === 'notify') ev.notify(e.data.batch);
  };
  worker.onerror = (e) => console.error('sync worker failed:', e.message);
  const init: ToWorker = { t: 'init', dbName: opts.dbName, actor: opts.actor, link: opts.link };
  if (opts.port) void opts.port.then((port) => worker.postMessage(init, [port]));
  else worker.postMessage(init);
  post({ t: 'hello' });
  let closing: Promise<void> | null = null;
  return {
    onStatus: ev.onStatus,
    onRefused: ev.onRefused,
    onArrived: ev.onArrived,
    onNotify: ev.onNotify,
    kick: () => post({ t: 'kick' }),
    syncNow: () => post({ t: 'now' }),
    close() {
      closing ??= new Promise<void>((done) => {
        const end = () => {
          clearTimeout(timer);
          channel.close();
          worker.terminate();
          done();
        };
        const timer = setTimeout(end, CLOSE_GRACE_MS);
        worker.onmessage = (e: MessageEvent<FromWorker>) => e.data.t === 'closed' && end();
        worker.postMessage({ t: 'close' } satisfies ToWorker);
      });
      return closing;
    },
  };
}
