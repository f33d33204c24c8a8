// The HTTP client against a real local HTTP server that answers what a troubled backend answers.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { createBackendClient, type BackendError } from './backend-client';
import { createManualClock } from '../../shared/testing/manual-clock';
import { createPokeSocket, RECONNECT_MAX_MS, SESSION_ENDED_CLOSE } from './poke-socket';

let server: Server;
let base = '';
const seen: { url: string; auth: string | undefined }[] = [];
const CLIENT = '0193a000-0000-7000-8000-00000000c001';

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', auth: req.headers.authorization });
    const send = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    const mode = req.headers['x-mode'] ?? new URL(req.url ?? '/', 'http://x').pathname;
    if (mode === '/api/v1/sync/pull') return send(200, { cursor: 4, lastMutationId: 2, changes: [], refused: [] });
    if (mode === '/api/v1/sync/push') return send(200, { lastMutationId: 'two', refused: [] });
    if (mode === '/api/v1/auth/login') return send(401, { error: 'unauthorized', reason: 'wrong_credentials', params: {} });
    if (mode === '/api/v1/auth/me') return send(503, { error: 'unavailable', reason: 'save_failed' });
    if (mode === '/api/v1/auth/logout') return send(400, { error: 'bad_request', reason: 'invalid_field', params: { field: 'body', problem: 'invalid_type', limit: null } });
    if (mode === '/slow') return;
    send(404, { error: 'not_found', message: 'no' });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((ok) => (server.closeAllConnections(), server.close(() => ok()))));

const kind = async (p: Promise<unknown>) => {
  const err = (await p.then(() => null, (e: unknown) => e)) as BackendError | null;
  return err && { kind: err.kind, status: err.status, why: err.why };
};

describe('backend client', () => {
  it('sends the bearer token and validates answers with the contract (defaults filled in)', async () => {
    const c = createBackendClient({ baseUrl: base, token: () => 'tok-1' });
    expect(await c.pull({ clientId: CLIENT, cursor: null, ackedMutationId: 0 })).toEqual({ cursor: 4, lastMutationId: 2, changes: [], refused: [], more: false });
    expect(seen.at(-1)).toEqual({ url: '/api/v1/sync/pull', auth: 'Bearer tok-1' });
    expect(await kind(c.push({ clientId: CLIENT, mutations: [] }))).toMatchObject({ kind: 'invalid', why: { reason: 'unreadable_answer' } });
  });

  it('classifies 401, other 4xx, 5xx, no answer and timeouts', async () => {
    const c = createBackendClient({ baseUrl: base, token: () => null });
    expect(await kind(c.login({ email: 'a@b.lv', password: 'x' }))).toEqual({ kind: 'unauthorized', status: 401, why: { reason: 'wrong_credentials', params: {} } });
    expect(seen.at(-1)?.auth).toBeUndefined();
    expect(await kind(c.me())).toEqual({ kind: 'server', status: 503, why: { reason: 'save_failed', params: {} } });
    expect(await kind(c.logout())).toEqual({ kind: 'invalid', status: 400, why: { reason: 'invalid_field', params: { field: 'body', problem: 'invalid_type', limit: null } } });
    const closed = createBackendClient({ baseUrl: 'http://127.0.0.1:9', token: () => null });
    expect(await kind(closed.me())).toMatchObject({ kind: 'offline' });
    const slow = createBackendClient({ baseUrl: base, token: () => null, timeoutMs: 200, fetch: (_u, init) => fetch(`${base}/slow`, init) });
    expect(await kind(slow.me())).toMatchObject({ kind: 'offline' });
  });
});

describe('poke socket', () => {
  it('connects with the bearer token, emits pokes, and reconnects after the server drops it', async () => {
    const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    const auths: (string | undefined)[] = [];
    wss.on('connection', (ws, req) => {
      auths.push(req.headers.authorization);
      ws.send(JSON.stringify({ type: 'poke', version: auths.length * 10 }));
      ws.send('not json');
    });
    await new Promise((ok) => wss.once('listening', ok));
    const port = (wss.address() as { port: number }).port;
    const pokes: number[] = [];
    let opens = 0;
    const sock = createPokeSocket({ serverUrl: `http://127.0.0.1:${port}`, token: () => 'tok-2', onPoke: (v) => pokes.push(v), onOpen: () => (opens += 1) });
    sock.start();
    await expect.poll(() => pokes, { timeout: 5_000 }).toEqual([10]);
    for (const c of wss.clients) c.terminate();
    await expect.poll(() => pokes, { timeout: 5_000 }).toEqual([10, 20]);
    expect(opens).toBe(2);
    expect(auths).toEqual(['Bearer tok-2', 'Bearer tok-2']);
    sock.stop();
    await new Promise<void>((ok) => wss.close(() => ok()));
  });

  it('reports a session the server ended: a close with 4001, or 401 on connecting', async () => {
    const wss = new WebSocketServer({
      port: 0,
      host: '127.0.0.1',
      verifyClient: (info, cb) => (info.req.headers.authorization === 'Bearer expired' ? cb(false, 401) : cb(true)),
    });
    let connections = 0;
    wss.on('connection', (c) => {
      // The first connection is ended as a sign-out would end it; later ones stay open.
      if (++connections === 1) setTimeout(() => c.close(SESSION_ENDED_CLOSE, 'signed out: sign in again'), 50);
    });
    await new Promise((ok) => wss.once('listening', ok));
    const port = (wss.address() as { port: number }).port;
    const counts = { opens: 0, rejected: 0 };
    const open = (token: string) =>
      createPokeSocket({ serverUrl: `http://127.0.0.1:${port}`, token: () => token, onPoke: () => undefined, onOpen: () => (counts.opens += 1), onRejected: () => (counts.rejected += 1) });
    const signedOut = open('valid');
    signedOut.start();
    await expect.poll(() => counts.opens, { timeout: 5_000 }).toBe(2);
    expect(counts.rejected).toBe(1);
    signedOut.stop();
    Object.assign(counts, { opens: 0, rejected: 0 });
    const expired = open('expired');
    expired.start();
    await expect.poll(() => counts.rejected, { timeout: 5_000 }).toBeGreaterThanOrEqual(1);
    expect(counts.opens).toBe(0);
    expired.stop();
    await new Promise<void>((ok) => wss.close(() => ok()));
  });

  it('notices a server that comes back within RECONNECT_MAX_MS × 1.5, however long it was away', async () => {
    const probe = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise((ok) => probe.once('listening', ok));
    const port = (probe.address() as { port: number }).port;
    await new Promise<void>((ok) => probe.close(() => ok()));
    // The longest jitter (random → 1): the bound below must hold for the unluckiest draw.
    const clock = createManualClock(Date.now(), () => 0.999, 200);
    let opened = false;
    const sock = createPokeSocket({ serverUrl: `http://127.0.0.1:${port}`, token: () => 'tok', onPoke: () => undefined, onOpen: () => (opened = true), clock });
    sock.start();
    // A minute of failed attempts: a plain doubling backoff would now wait 30 s or more.
    await clock.advance(60_000);
    const back = new WebSocketServer({ port, host: '127.0.0.1' });
    await new Promise((ok) => back.once('listening', ok));
    const accepted = new Promise((ok) => back.once('connection', ok));
    await clock.advance(RECONNECT_MAX_MS * 1.5);
    await accepted;
    await expect.poll(() => opened).toBe(true);
    sock.stop();
    await new Promise<void>((ok) => back.close(() => ok()));
  });
});
