// Slow clients against a real server process: a stalled body or header block is cut, a client over the
// per-address connection cap is refused at once while others are served, and the WebSocket poke stream
// outlives every one of those timeouts (it is long-lived by design).
import { Agent, request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { login } from '../../../tests/support/api-client';
import { startServer, type ServerHandle } from '../../../tests/support/server-process';

interface Ended {
  /** Everything the server wrote before the socket closed. */
  received: string;
  /** How many bytes the client managed to write before it was cut. */
  sent: number;
}

/** A raw TCP client: writes `head`, then one byte of `drip` every 20 ms, until the server closes it. */
function slowClient(port: number, head: string, drip: string, localAddress?: string): { socket: Socket; ended: Promise<Ended> } {
  const socket = connect({ port, host: '127.0.0.1', localAddress });
  let received = '';
  let sent = 0;
  let timer: NodeJS.Timeout | undefined;
  socket.on('data', (d) => (received += d.toString()));
  socket.on('error', () => undefined); // a refused or reset socket still emits 'close'
  socket.on('connect', () => {
    if (head) socket.write(head);
    if (!drip) return;
    let i = 0;
    timer = setInterval(() => {
      if (socket.destroyed || i >= drip.length) return;
      socket.write(drip[i++]!);
      sent = i;
    }, 20);
  });
  const ended = new Promise<Ended>((resolve) =>
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ received, sent });
    }),
  );
  return { socket, ended };
}

/** A keep-alive GET /healthz over its own socket; resolves with the status once the answer is in. */
function healthOver(port: number, localAddress?: string): Promise<{ status: number; socket: Socket }> {
  return new Promise((resolve, reject) => {
    // Its own keep-alive agent: the socket stays open after the answer, until the server closes it.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const req = request({ host: '127.0.0.1', port, path: '/healthz', localAddress, agent });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, socket: req.socket! }));
    });
    req.on('error', reject);
    req.end();
  });
}

const inbound = (server: ServerHandle) =>
  fetch(`${server.url}/api/v1/inbound/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': server.inboundKey },
    body: JSON.stringify({ channel: 'email', subject: 'Still there?', body: 'A poke must reach the stream', customer: { name: 'Poke Test', email: 'poke.test@example.com' } }),
  });

describe.each(['sqlite', 'postgres'] as const)('timeouts on %s', (db) => {
  let server: ServerHandle;
  beforeAll(async () => {
    server = await startServer({
      db,
      demo: true,
      env: { REQUEST_TIMEOUT_MS: '300', HEADERS_TIMEOUT_MS: '300', CONNECTION_TIMEOUT_MS: '1000', KEEP_ALIVE_TIMEOUT_MS: '1000' },
    });
  });
  afterAll(() => server?.stop());

  it('cuts a request whose body is dripped slower than the request timeout', async () => {
    const head = 'POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 2000\r\n\r\n';
    const body = `{"email":"${'a'.repeat(1990)}`;
    const { ended } = slowClient(server.port, head, body);
    const end = await ended;
    expect(end.sent).toBeLessThan(body.length);
    expect(end.received).toMatch(/^HTTP\/1\.1 408/);
  });

  it('cuts a client that drips its header block', async () => {
    const { ended } = slowClient(server.port, 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n', 'X-Slow: '.padEnd(2000, 'z'));
    const end = await ended;
    expect(end.sent).toBeLessThan(2000);
  });

  it('keeps the poke stream open across every timeout, and it still delivers pokes', async () => {
    const s = await login(server.url, 'agent1@demo.local');
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/api/v1/sync/stream`, { headers: { authorization: `Bearer ${s.token}` } });
    const versions: number[] = [];
    let closed = false;
    ws.on('close', () => (closed = true));
    const firstPoke = new Promise<void>((resolve) => ws.once('message', () => resolve()));
    ws.on('message', (d) => versions.push((JSON.parse(String(d)) as { version: number }).version));
    await firstPoke;
    // Each of these sockets opens after the stream went quiet and is cut by one of the timeouts, so by the
    // time all are closed the stream has been idle for longer than each of them.
    const body = slowClient(server.port, 'POST /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 500\r\n\r\n', 'x'.repeat(500));
    const headers = slowClient(server.port, 'GET /healthz HTTP/1.1\r\n', 'X-Slow: '.padEnd(500, 'z'));
    // Answered, then left idle on a kept-alive connection until the server closes it.
    const keptAlive = slowClient(server.port, 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n', '');
    const [, , idle] = await Promise.all([body.ended, headers.ended, keptAlive.ended]);
    expect(idle.received).toMatch(/^HTTP\/1\.1 200/);
    expect(closed).toBe(false);
    const next = new Promise<void>((resolve) => ws.once('message', () => resolve()));
    expect((await inbound(server)).status).toBe(200);
    await next;
    expect(versions[1]).toBeGreaterThan(versions[0]!);
    ws.close();
  });
});

describe.each(['sqlite', 'postgres'] as const)('connections per address on %s', (db) => {
  let server: ServerHandle;
  beforeAll(async () => {
    server = await startServer({ db, demo: true, env: { MAX_CONNECTIONS_PER_ADDRESS: '3', KEEP_ALIVE_TIMEOUT_MS: '60000' } });
  });
  afterAll(() => server?.stop());

  it('refuses a connection over the cap at once, and still serves another address', async () => {
    // Three kept-alive connections from 127.0.0.1, each known to the server (it answered on them).
    const held = await Promise.all([healthOver(server.port), healthOver(server.port), healthOver(server.port)]);
    try {
      expect(held.map((h) => h.status)).toEqual([200, 200, 200]);
      // The fourth is closed before it can say anything: it sends a whole request and gets no answer.
      const over = slowClient(server.port, 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', '');
      expect((await over.ended).received).toBe('');
      // Another address (all of 127.0.0.0/8 is loopback on Linux) is not affected.
      expect((await healthOver(server.port, '127.0.0.2')).status).toBe(200);
      for (const h of held) expect(h.socket.destroyed).toBe(false);
    } finally {
      for (const h of held) h.socket.destroy();
    }
  });
});
