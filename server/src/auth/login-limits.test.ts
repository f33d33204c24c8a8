// Sign-in under load, over HTTP: a flood of e-mails from one address is cut off by the per-address limit
// (real server process), and password hashing runs at most LOGIN_CONCURRENT_HASHES at once, refusing
// the overflow at once with 503 and Retry-After (a listening app with a hasher the test holds).
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../../tests/support/postgres';
import { startServer, type ServerHandle } from '../../../tests/support/server-process';
import { buildApp } from '../app';
import { configFromEnv } from '../config';
import { migrate, openDatabase, type OpenedDb } from '../db/database';
import { seedDemo } from '../seed/demo';
import { verifyPassword } from './passwords';

interface Answer {
  status: number;
  retryAfter: string | undefined;
  body: { error?: string; token?: string };
}

/** POST /auth/login from a chosen local address (all of 127.0.0.0/8 is loopback on Linux). */
function signIn(base: string, email: string, password: string, localAddress = '127.0.0.1'): Promise<Answer> {
  const url = new URL(`${base}/api/v1/auth/login`);
  const body = JSON.stringify({ email, password });
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', localAddress, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } });
    req.on('response', (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'] as string | undefined, body: JSON.parse(text) as Answer['body'] }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe.each(['sqlite', 'postgres'] as const)('sign-in flood on %s', (db) => {
  let server: ServerHandle;
  beforeAll(async () => {
    server = await startServer({ db, demo: true, env: { LOGIN_ATTEMPTS_PER_ADDRESS: '5' } });
  });
  afterAll(() => server?.stop());

  it('answers 429 with Retry-After once one address has tried its limit of different e-mails', async () => {
    const first: number[] = [];
    for (let i = 0; i < 5; i++) first.push((await signIn(server.url, `guess${i}@demo.local`, 'demo')).status);
    expect(first).toEqual([401, 401, 401, 401, 401]);
    const over = await signIn(server.url, 'guess5@demo.local', 'demo');
    expect(over).toMatchObject({ status: 429, body: { error: 'rate_limited' } });
    expect(Number(over.retryAfter)).toBeGreaterThan(0);
    expect(Number(over.retryAfter)).toBeLessThanOrEqual(60);
    // Even the right password: the address is cut off, not the account.
    expect((await signIn(server.url, 'agent1@demo.local', 'demo')).status).toBe(429);
    // Another address signs in.
    expect((await signIn(server.url, 'agent1@demo.local', 'demo', '127.0.0.2')).status).toBe(200);
  });

  it('does not count successful sign-ins against the address (a shift signing in behind one NAT)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await signIn(server.url, i % 2 ? 'agent1@demo.local' : 'supervisor@demo.local', 'demo', '127.0.0.3')).status);
    expect(statuses).toEqual(Array(8).fill(200));
  });
});

describe.each(['sqlite', 'postgres'] as const)('concurrent password hashing on %s', (dialect) => {
  let opened: OpenedDb;
  let dataDir: string;
  let built: Awaited<ReturnType<typeof buildApp>>;
  let base: string;
  const hashing = { open: false, inFlight: 0, most: 0, calls: 0, held: [] as (() => void)[] };
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'login-hash-'));
    const databaseUrl = dialect === 'postgres' ? await createDatabase() : '';
    const cfg = configFromEnv({ DATA_DIR: dataDir, DATABASE_URL: databaseUrl, DEMO: '1', LOG_LEVEL: 'error', LOGIN_CONCURRENT_HASHES: '1' });
    opened = openDatabase(cfg);
    await migrate(opened.db);
    await seedDemo(opened.db);
    // The real check, held until the test opens the gate, counting how many run at once.
    const verify = async (password: string, stored: string) => {
      hashing.calls++;
      hashing.most = Math.max(hashing.most, ++hashing.inFlight);
      try {
        if (!hashing.open) await new Promise<void>((resolve) => hashing.held.push(resolve));
        return await verifyPassword(password, stored);
      } finally {
        hashing.inFlight--;
      }
    };
    built = await buildApp(cfg, opened, { verifyPassword: verify });
    base = await built.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await built?.close();
    await opened?.db.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('hashes one at a time with LOGIN_CONCURRENT_HASHES=1, queues a few, and answers the rest 503 at once', async () => {
    const emails = ['agent1@demo.local', 'specialist2@demo.local', 'specialist3@demo.local', 'supervisor@demo.local'];
    // 1 hashing + 8 queued fit; the tenth finds the queue full whatever order they arrive in.
    const answers = Array.from({ length: 10 }, (_, i) => signIn(base, emails[i % emails.length]!, 'demo'));
    const refused = await Promise.race(answers);
    expect(refused).toMatchObject({ status: 503, retryAfter: '1', body: { error: 'busy' } });
    expect(hashing.inFlight).toBe(1);
    // Open the gate: the held hash and the queued ones run, still one at a time.
    hashing.open = true;
    for (const release of hashing.held.splice(0)) release();
    const settled = await Promise.all(answers);
    expect(settled.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 503]);
    expect(hashing.most).toBe(1);
    expect(hashing.calls).toBe(9);
  });
});
