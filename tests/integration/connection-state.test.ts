// The connection state the sync loop reports is the truth, against a real server process: a stopped
// backend or a half-open link reads Offline at once — driven by main's poke socket events and a manual
// clock that never reaches the slow poll — and Online again when the backend is back.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../src/shared/api';
import { createManualClock, type ManualClock } from '../../src/shared/testing/manual-clock';
import { createApiHandlers } from '../../src/main/api/handlers';
import { createInProcessApi } from '../../src/main/api/in-process';
import { createMainServices, type MainServices } from '../../src/main/services';
import { createMemorySecretStore } from '../../src/main/services/secret-store-memory';
import { createReplicaDb, type ReplicaDb } from '../../src/renderer/db/schema';
import { connectLoop, type ConnectedLoop } from '../../src/renderer/sync-loop/connect';
import { startServer, type ServerHandle } from '../support/server-process';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy';

const HEARTBEAT = { heartbeatMs: 1_000, heartbeatTimeoutMs: 2_000 };
// Far beyond anything a test advances: an Offline seen here cannot have come from the slow poll.
const SLOW_POLL_MS = 600_000;

interface Station {
  services: MainServices;
  clock: ManualClock;
  stream: TcpProxy;
  /** Resolves with the first status (from now on) that satisfies the predicate. */
  next(pred: (s: SyncStatus) => boolean): Promise<SyncStatus>;
  close(): Promise<void>;
}

async function openStation(server: ServerHandle): Promise<Station> {
  const clock = createManualClock(Date.now());
  const stream = await startTcpProxy({ port: server.port });
  const services = createMainServices({ serverUrl: server.url, streamUrl: stream.url, secrets: createMemorySecretStore(), edition: 'browser', clock, poke: HEARTBEAT });
  const api = createInProcessApi(createApiHandlers(services));
  const waiters = new Set<{ pred: (s: SyncStatus) => boolean; ok: (s: SyncStatus) => void }>();
  const next = (pred: (s: SyncStatus) => boolean) => new Promise<SyncStatus>((ok) => waiters.add({ pred, ok }));
  const onStatus = (s: SyncStatus) => {
    for (const w of [...waiters]) {
      if (!w.pred(s)) continue;
      waiters.delete(w);
      w.ok(s);
    }
  };
  const upgraded = stream.nextReply();
  const online = next((s) => s.state === 'online');
  const info = await api.request('session.login', { email: 'agent1@demo.local', password: 'demo' });
  const db: ReplicaDb = createReplicaDb(`connection-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  const a = info.agent!;
  const loop: ConnectedLoop = connectLoop({ api, db, actor: { id: a.id, name: a.name, role: a.role, tier: a.tier }, clock, onStatus, onRefused: () => undefined, options: { slowPollMs: SLOW_POLL_MS } });
  await Promise.all([online, upgraded]);
  return {
    services,
    clock,
    stream,
    next,
    async close() {
      await loop.close();
      db.close();
      await services.dispose();
      await stream.close();
    },
  };
}

describe('connection state against a real server', () => {
  let server: ServerHandle;
  let station: Station | null = null;
  beforeAll(async () => {
    server = await startServer({ demo: true });
  }, 120_000);
  afterEach(async () => {
    await station?.close();
    station = null;
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('reads Offline as soon as the backend stops (no timer needed), and Online again once it is back', async () => {
    const s = (station = await openStation(server));
    // The manual clock does not move until the backend is back: no timer can have said Offline.
    const offline = s.next((st) => st.state === 'offline');
    const stoppedAt = Date.now();
    await server.kill('SIGTERM');
    expect(await offline).toMatchObject({ state: 'offline', lastError: { reason: 'unreachable' } });
    // Printed, not asserted: the real delay from the stop to the event.
    console.info(`offline reported ${Date.now() - stoppedAt} ms after the backend was stopped`);

    await server.restart();
    const online = s.next((st) => st.state === 'online' && st.lastError === null);
    // The reconnect is due within RECONNECT_MAX_MS × 1.5 of the manual clock.
    await s.clock.advance(1_500);
    expect(await online).toMatchObject({ state: 'online' });
  });

  it('notices a half-open poke socket by its missing pong, within heartbeat interval + timeout', async () => {
    const s = (station = await openStation(server));
    s.stream.stall();
    const offline = s.next((st) => st.state === 'offline');
    let seen: SyncStatus | null = null;
    void offline.then((st) => (seen = st));
    await s.clock.advance(HEARTBEAT.heartbeatMs);
    await s.clock.advance(HEARTBEAT.heartbeatTimeoutMs - 1);
    // One millisecond short of the deadline nothing is decided yet.
    expect(seen).toBeNull();
    await s.clock.advance(1);
    expect(await offline).toMatchObject({ state: 'offline' });
  });
});
