// The renderer's bridge to the browser edition, against the real bridge server: when the console's
// background service goes away (stopped, or connected but silent) the page's side says so at once
// and fails requests fast; when the service is back on the same address it reconnects by itself and
// replays the session, with no reload.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import type { ApiEventName, ApiEventPayload, ConsoleApi } from '../../src/shared/api';
import { createApiHandlers } from '../../src/main/api/handlers';
import { startBridgeServer, type BridgeServer } from '../../src/main/browser-edition/bridge-server';
import { createMainServices, type MainServices } from '../../src/main/services';
import { createMemorySecretStore } from '../../src/main/services/secret-store-memory';
import { connectWebBridge, type SocketLike } from '../../src/renderer/bridge/bridge.web';

const SECRET = 'a'.repeat(32);
const rendererDir = mkdtempSync(join(tmpdir(), 'renderer-'));
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>console</title>');

interface Service {
  bridge: BridgeServer;
  services: MainServices;
  close(): Promise<void>;
}

async function startService(port = 0): Promise<Service> {
  // The backend itself is unreachable: only the page↔service link is under test.
  const services = createMainServices({ serverUrl: 'http://127.0.0.1:9', secrets: createMemorySecretStore(), edition: 'browser' });
  const bridge = await startBridgeServer({ handlers: createApiHandlers(services), rendererDir, port, secret: SECRET });
  return {
    bridge,
    services,
    async close() {
      await bridge.close();
      await services.dispose();
    },
  };
}

function nextEvent<N extends ApiEventName>(api: ConsoleApi, name: N, pred: (p: ApiEventPayload<N>) => boolean = () => true) {
  return new Promise<ApiEventPayload<N>>((ok) => {
    const off = api.on(name, (p) => {
      if (!pred(p)) return;
      off();
      ok(p);
    });
  });
}

/** The service's ups and downs as the bridge reports them (the sync loop turns them into 'service_gone'). */
function serviceWatch() {
  const waiters: { up: boolean; ok: () => void }[] = [];
  return {
    onService(up: boolean) {
      for (const w of waiters.splice(0)) if (w.up === up) w.ok();
      else waiters.push(w);
    },
    next: (up: boolean) => new Promise<void>((ok) => waiters.push({ up, ok })),
  };
}

const open = (port: number, watch = serviceWatch()) =>
  connectWebBridge(SECRET, {
    onService: (up) => watch.onService(up),
    url: `ws://127.0.0.1:${port}/bridge?k=${SECRET}`,
    // A browser's WebSocket reports a refused connect by closing; `ws` also emits 'error', ignored here.
    createSocket: (u) => new WebSocket(u, { origin: `http://127.0.0.1:${port}` }).on('error', () => {}) as unknown as SocketLike,
    heartbeatMs: 50,
    heartbeatTimeoutMs: 200,
    retryBaseMs: 20,
    retryMaxMs: 100,
  });

describe('renderer bridge to the browser edition', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it('says service_gone when the service stops, fails requests fast, and reconnects when it is back', async () => {
    const first = await startService();
    const port = first.bridge.port;
    const watch = serviceWatch();
    const api = await open(port, watch);

    const gone = watch.next(false);
    await first.close();
    await gone;
    await expect(api.request('session.info', {})).rejects.toMatchObject({ code: 'offline' });

    // Back on the same port with the same access key: the page needs no reload.
    const replayed = nextEvent(api, 'session.changed');
    const back = watch.next(true);
    const second = await startService(port);
    cleanups.push(() => second.close());
    await back;
    expect(await replayed).toMatchObject({ agent: null, edition: 'browser' });
    await expect(api.request('session.info', {})).resolves.toMatchObject({ edition: 'browser' });
  });

  it('counts a service that keeps the socket open but stops answering as gone', async () => {
    const real = await startService();
    const port = real.bridge.port;
    const watch = serviceWatch();
    await open(port, watch);
    await real.close();
    // A stand-in that accepts the page's socket and then never answers (a hung or stopped process).
    const silent = new WebSocketServer({ port, host: '127.0.0.1' });
    cleanups.push(() => new Promise((r) => silent.close(() => r())));
    await new Promise((r) => silent.once('listening', r));
    const accepted = new Promise((r) => silent.once('connection', r));
    await accepted;
    // Gone once when the real service closed, and again when the silent one misses its heartbeat.
    await watch.next(false);
  });
});
