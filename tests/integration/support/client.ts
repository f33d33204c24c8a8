// One agent workstation for integration tests: the real main-process services (through a cuttable TCP
// proxy to the real server), the in-process API with its validating dispatcher, and a Dexie replica on
// fake-indexeddb with its real sync loop (in-process here; a worker in the app). reload() is an app
// restart: new services, replica and loop over the same stored data.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { SyncStatus } from '../../../src/shared/api';
import type { Agent } from '../../../src/shared/domain';
import { createApiHandlers } from '../../../src/main/api/handlers';
import { createInProcessApi } from '../../../src/main/api/in-process';
import { createMainServices, type MainServices } from '../../../src/main/services';
import type { SecretStore } from '../../../src/main/services/ports';
import { createMemorySecretStore } from '../../../src/main/services/secret-store-memory';
import { openReplica, type RefusedChange, type Replica } from '../../../src/renderer/db';
import { inProcessSync } from '../../../src/renderer/sync-loop/in-process';
import type { SyncLoop } from '../../../src/renderer/sync-loop/loop';
import { startTcpProxy, type TcpProxy } from '../../support/tcp-proxy';

export interface TestClient {
  agent: Agent;
  services: MainServices;
  replica: Replica;
  refused: RefusedChange[];
  http: TcpProxy;
  stream: TcpProxy;
  status(): SyncStatus;
  /** A network outage between this workstation's main process and the server. */
  cut(): void;
  restore(): void;
  /** Restart the app: new services and replica over the same IndexedDB and stored session. */
  reload(): Promise<void>;
  cursor(): Promise<number | null>;
  close(): Promise<void>;
}

export const SYNC_TIMING = { slowPollMs: 2_000 };
let seq = 0;

export async function startClient(serverPort: number, email: string): Promise<TestClient> {
  const http = await startTcpProxy({ port: serverPort });
  const stream = await startTcpProxy({ port: serverPort });
  const secrets: SecretStore = createMemorySecretStore();
  const indexedDB = new IDBFactory();
  const refused: RefusedChange[] = [];
  const dbName = `it-${++seq}`;

  const boot = async (login: boolean) => {
    const services = createMainServices({ serverUrl: http.url, streamUrl: stream.url, secrets, edition: 'browser' });
    const api = createInProcessApi(createApiHandlers(services));
    const info = login ? await api.request('session.login', { email, password: 'demo' }) : await api.request('session.info', {});
    if (!info.agent) throw new Error(`${email}: no agent after boot`);
    let loop: SyncLoop | null = null;
    const replica = await openReplica({
      agent: info.agent,
      dbName,
      indexedDB,
      IDBKeyRange,
      sync: (ctx) => {
        const h = inProcessSync({ api, ...ctx, options: SYNC_TIMING });
        loop = h.loop;
        return h;
      },
    });
    replica.onRefused((r) => refused.push(r));
    return { services, replica, loop: loop! as SyncLoop };
  };
  let cur = await boot(true);
  const client: TestClient = {
    get agent() {
      return cur.replica.agent;
    },
    get services() {
      return cur.services;
    },
    get replica() {
      return cur.replica;
    },
    refused,
    http,
    stream,
    status: () => cur.loop.status(),
    cut() {
      http.cut();
      stream.cut();
    },
    restore() {
      http.restore();
      stream.restore();
      cur.loop.syncNow();
    },
    async reload() {
      await cur.replica.close();
      await cur.services.dispose();
      cur = await boot(false);
    },
    async cursor() {
      const v = (await cur.replica.db.meta.get('cursor'))?.value;
      return typeof v === 'number' ? v : null;
    },
    async close() {
      await cur.replica.close();
      await cur.services.dispose();
      await http.close();
      await stream.close();
    },
  };
  await waitUntil(async () => (await client.cursor()) !== null && client.status().state === 'online', 30_000, `${email} first load`);
  return client;
}

export async function waitUntil(cond: () => Promise<boolean> | boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await cond()) return;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
