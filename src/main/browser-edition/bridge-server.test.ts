// The loopback bridge accepts only its own page: exact origin AND the per-launch secret.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect as netConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createApiHandlers } from '../api/handlers';
import { createMainServices, type MainServices } from '../services';
import { createMemorySecretStore } from '../services/secret-store-memory';
import { startBridgeServer, type BridgeServer } from './bridge-server';

function connect(url: string, origin?: string, host?: string): Promise<{ status: number; ws?: WebSocket }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { ...(origin ? { origin } : {}), ...(host ? { headers: { host } } : {}) });
    ws.on('open', () => resolve({ status: 101, ws }));
    ws.on('unexpected-response', (_req, res) => resolve({ status: res.statusCode ?? 0 }));
    ws.on('error', () => resolve({ status: 0 }));
  });
}

/** A request with exactly this Host header (null: none at all, as a raw HTTP/1.0 client may send). */
function statusWithHost(port: number, path: string, host: string | null, method = 'GET'): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = netConnect({ port, host: '127.0.0.1' }, () => {
      // HTTP/1.0 may leave Host out (Node itself answers 400 to an HTTP/1.1 request without one).
      socket.write(host === null ? `${method} ${path} HTTP/1.0\r\n\r\n` : `${method} ${path} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
    });
    let text = '';
    socket.on('data', (d) => (text += d.toString()));
    socket.on('error', reject);
    socket.on('close', () => resolve(Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0)));
  });
}

describe('browser-edition bridge', () => {
  let services: MainServices;
  let bridge: BridgeServer;
  let ws: string;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'renderer-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>console</title>');
    // A real services stack pointed at a closed port: session.info works without a backend.
    services = createMainServices({ serverUrl: 'http://127.0.0.1:9', secrets: createMemorySecretStore(), edition: 'browser' });
    bridge = await startBridgeServer({ handlers: createApiHandlers(services), rendererDir: dir });
    ws = `ws://127.0.0.1:${bridge.port}/bridge`;
  });
  afterAll(async () => {
    await bridge.close();
    await services.dispose();
  });

  it('serves its page with a strict CSP and prints a URL carrying the secret in the fragment', async () => {
    const res = await fetch(`${bridge.origin}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(bridge.url).toBe(`${bridge.origin}/#k=${bridge.secret}`);
    expect((await fetch(`${bridge.origin}/..%2f..%2fetc%2fpasswd`)).status).toBe(400);
  });

  it('refuses another origin, even with the right secret', async () => {
    expect((await connect(`${ws}?k=${bridge.secret}`, 'http://evil.example')).status).toBe(403);
    expect((await connect(`${ws}?k=${bridge.secret}`, 'http://127.0.0.1:1')).status).toBe(403);
    expect((await connect(`${ws}?k=${bridge.secret}`)).status).toBe(403); // a local process sends no origin
  });

  it('refuses its own origin without the right secret', async () => {
    expect((await connect(ws, bridge.origin)).status).toBe(403);
    expect((await connect(`${ws}?k=${'x'.repeat(bridge.secret.length)}`, bridge.origin)).status).toBe(403);
  });

  it('answers only requests addressed to itself (no DNS rebinding), on HTTP and on the upgrade', async () => {
    const own = [`127.0.0.1:${bridge.port}`, `localhost:${bridge.port}`];
    for (const host of own) expect(await statusWithHost(bridge.port, '/', host), host).toBe(200);
    const foreign = ['evil.example', `evil.example:${bridge.port}`, `127.0.0.1.evil.example:${bridge.port}`, `127.0.0.1:${bridge.port + 1}`, `[::1]:${bridge.port}`];
    for (const host of foreign) {
      expect(await statusWithHost(bridge.port, '/', host), host).toBe(403);
      expect(await statusWithHost(bridge.port, '/index.html', host, 'HEAD'), host).toBe(403);
    }
    expect(await statusWithHost(bridge.port, '/', null)).toBe(403);
    // The page's own origin and secret, but a rebound name: still refused.
    expect((await connect(`${ws}?k=${bridge.secret}`, bridge.origin, `evil.example:${bridge.port}`)).status).toBe(403);
    const right = await connect(`${ws}?k=${bridge.secret}`, bridge.origin, `127.0.0.1:${bridge.port}`);
    expect(right.status).toBe(101);
    right.ws!.close();
  });

  it('refuses to listen anywhere but loopback', async () => {
    await expect(startBridgeServer({ handlers: createApiHandlers(services), rendererDir: '.', host: '0.0.0.0' })).rejects.toThrow(/loopback/);
  });

  it('carries the contract for its own page, validating every request', async () => {
    const { status, ws: sock } = await connect(`${ws}?k=${bridge.secret}`, bridge.origin);
    expect(status).toBe(101);
    const replies: unknown[] = [];
    sock!.on('message', (d) => replies.push(JSON.parse(String(d))));
    sock!.send(JSON.stringify({ t: 'req', id: 1, name: 'session.info', input: {} }));
    sock!.send(JSON.stringify({ t: 'req', id: 2, name: 'session.login', input: { email: 'not-an-email', password: 'x' } }));
    sock!.send(JSON.stringify({ t: 'req', id: 3, name: 'fs.readFile', input: {} }));
    const deadline = Date.now() + 5000;
    while (replies.filter((r) => (r as { t: string }).t === 'res').length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const byId = new Map(replies.filter((r) => (r as { t: string }).t === 'res').map((r) => [(r as { id: number }).id, r]));
    expect(byId.get(1)).toMatchObject({ ok: true, value: { agent: null, edition: 'browser' } });
    expect(byId.get(2)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(byId.get(3)).toMatchObject({ ok: false, error: { code: 'invalid', reason: 'unknown_request', params: { name: 'fs.readFile' } } });
    sock!.close();
  });
});

describe('bridge frames', () => {
  it('parses every frame the server sends', async () => {
    const { BridgeServerFrame } = await import('../../shared/bridge-protocol');
    expect(BridgeServerFrame.safeParse({ t: 'res', id: 1, ok: true, value: { a: 1 } }).success).toBe(true);
    expect(BridgeServerFrame.safeParse({ t: 'res', id: 2, ok: false, error: { code: 'invalid', reason: 'unknown_request', params: { name: 'x' } } }).success).toBe(true);
    expect(BridgeServerFrame.safeParse({ t: 'evt', name: 'sync.status', payload: {} }).success).toBe(true);
    expect(BridgeServerFrame.safeParse({ t: 'res', id: 3, ok: false, error: { code: 'nope', reason: 'unknown', params: {} } }).success).toBe(false);
  });
});
