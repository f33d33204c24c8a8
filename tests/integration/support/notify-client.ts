// One agent workstation with its notify host, for the notification integration tests: the real
// main-process services (through a cuttable TCP proxy to the real server), an in-process sync loop over a
// Dexie replica on fake-indexeddb, and the notify host on a manual clock with a recording Notifier —
// attached before the first sync, as in the console. reload() is an app restart over the same stored data
// (new services, replica, loop and host; the same notifier records on).
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Agent } from '../../../src/shared/domain';
import type { ManualClock } from '../../../src/shared/testing/manual-clock';
import { createApiHandlers } from '../../../src/main/api/handlers';
import { createInProcessApi } from '../../../src/main/api/in-process';
import { createMainServices, type MainServices } from '../../../src/main/services';
import { createMemorySecretStore } from '../../../src/main/services/secret-store-memory';
import { openReplica, type Replica } from '../../../src/renderer/db';
import { stringsFor } from '../../../src/renderer/i18n/bind-strings';
import { createNotifyHost, type NotifyHost } from '../../../src/renderer/notify/notify-host';
import { COALESCE_DEFAULTS, DEFAULT_NOTIFY_SETTINGS, type CoalesceOptions } from '../../../src/shared/notify';
import { take } from '../../../src/renderer/ticket/ticket-actions';
import { inProcessSync } from '../../../src/renderer/sync-loop/in-process';
import type { SyncLoop } from '../../../src/renderer/sync-loop/loop';
import { startTcpProxy } from '../../support/tcp-proxy';
import { recordingNotifier, type RecordingNotifier } from '../../../src/renderer/notify/test-support/recording-notifier';
import { SYNC_TIMING } from './client';

export interface NotifyClient {
  readonly agent: Agent;
  readonly replica: Replica;
  readonly host: NotifyHost;
  readonly loop: SyncLoop;
  notifier: RecordingNotifier;
  /** The host's coalescing window, changeable by a test (0: every notification on its own). */
  coalesce: CoalesceOptions;
  opened: (string | null)[];
  cut(): void;
  restore(): void;
  /** Restart the app; `whileClosed` runs after the old console closed, before the new one starts. */
  reload(whileClosed?: () => Promise<void>): Promise<void>;
  /** Resolves once the loop has written a page at or beyond `version` and the host has judged it. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

let seq = 0;

export async function startNotifyClient(serverPort: number, email: string, clock: ManualClock): Promise<NotifyClient> {
  const http = await startTcpProxy({ port: serverPort });
  const stream = await startTcpProxy({ port: serverPort });
  const secrets = createMemorySecretStore();
  const indexedDB = new IDBFactory();
  const dbName = `notify-it-${++seq}`;
  const notifier = recordingNotifier();
  const opened: (string | null)[] = [];
  const coalesce: CoalesceOptions = { ...COALESCE_DEFAULTS };

  const boot = async (login: boolean) => {
    const services: MainServices = createMainServices({ serverUrl: http.url, streamUrl: stream.url, secrets, edition: 'browser' });
    const api = createInProcessApi(createApiHandlers(services));
    const info = login ? await api.request('session.login', { email, password: 'demo' }) : await api.request('session.info', {});
    if (!info.agent) throw new Error(`${email}: no agent after boot`);
    let loop: SyncLoop | null = null;
    let host: NotifyHost | null = null;
    let replica: Replica | null = null;
    replica = await openReplica({
      agent: info.agent,
      dbName,
      indexedDB,
      IDBKeyRange,
      sync: (ctx) => {
        const h = inProcessSync({ api, ...ctx, options: SYNC_TIMING });
        loop = h.loop;
        host = createNotifyHost({
          db: ctx.db,
          me: { id: ctx.actor.id, tier: ctx.actor.tier },
          sync: h,
          notifier,
          clock,
          settings: () => DEFAULT_NOTIFY_SETTINGS,
          focused: () => false,
          words: () => stringsFor('en'),
          open: (id) => void opened.push(id),
          take: (t) => take(replica!, t, ctx.actor.id),
          coalesce,
        });
        return h;
      },
    });
    return { services, replica, loop: loop! as SyncLoop, host: host! as NotifyHost };
  };
  let cur = await boot(true);
  const firstLoad = new Promise<void>((done) => cur.replica.sync.onStatus((s) => s.lastSyncedAt && s.state === 'online' && done()));
  await firstLoad;
  return {
    get agent() {
      return cur.replica.agent;
    },
    get replica() {
      return cur.replica;
    },
    get host() {
      return cur.host;
    },
    get loop() {
      return cur.loop;
    },
    notifier,
    coalesce,
    opened,
    cut() {
      http.cut();
      stream.cut();
    },
    restore() {
      http.restore();
      stream.restore();
      cur.loop.syncNow();
    },
    async reload(whileClosed) {
      cur.host.close();
      await cur.replica.close();
      await cur.services.dispose();
      await whileClosed?.();
      cur = await boot(false);
    },
    async settled() {
      await cur.loop.idle();
      await cur.host.idle();
    },
    async close() {
      cur.host.close();
      await cur.replica.close();
      await cur.services.dispose();
      await http.close();
      await stream.close();
    },
  };
}
