// Sessions end: after an idle timeout, after an absolute lifetime, and on sign-out, on HTTP and on the
// poke WebSocket alike. Time passes by moving the session's timestamps back in the server's database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { call, login, type Session } from '../../../tests/support/api-client';
import { startServer, type ServerHandle } from '../../../tests/support/server-process';
import { configFromEnv } from '../config';
import { openDatabase, type OpenedDb } from '../db/database';
import * as m0001 from '../db/migrations/0001-initial';
import * as m0002 from '../db/migrations/0002-session-last-used';
import { AGENTS } from '../seed/demo-content';
import { SESSION_ENDED_CLOSE } from './session-sockets';
import { sessionEndsAt, tokenHash } from './sessions';

const HOUR = 3_600_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const streamUrl = (url: string) => `${url.replace('http', 'ws')}/api/v1/sync/stream`;

/** The upgrade's answer: 101 with the open socket, or the refusal's status and JSON body. */
const upgrade = (url: string, token: string) =>
  new Promise<{ status: number; body?: unknown; ws?: WebSocket }>((resolve) => {
    const ws = new WebSocket(streamUrl(url), { headers: { authorization: `Bearer ${token}` } });
    ws.on('open', () => resolve({ status: 101, ws }));
    ws.on('unexpected-response', (_req, res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    ws.on('error', () => undefined);
  });

async function openSocket(url: string, token: string): Promise<WebSocket> {
  const r = await upgrade(url, token);
  if (!r.ws) throw new Error(`upgrade refused: ${r.status} ${JSON.stringify(r.body)}`);
  return r.ws;
}

/** Resolves with the close code, reason and how long it took, or null when the socket stays open. */
const closedWithin = (ws: WebSocket, ms: number) =>
  new Promise<{ code: number; reason: string; after: number } | null>((resolve) => {
    const start = Date.now();
    const t = setTimeout(() => resolve(null), ms);
    ws.once('close', (code, reason) => {
      clearTimeout(t);
      resolve({ code, reason: reason.toString(), after: Date.now() - start });
    });
  });

const EXPIRED = { error: 'session_expired', reason: 'session_expired', params: {} };

describe.each(['sqlite', 'postgres'] as const)('session expiry on %s', (dbKind) => {
  let server: ServerHandle;
  let opened: OpenedDb;
  let next = 0;
  // Sign-in is rate limited per email: spread the sign-ins over the demo agents.
  const signIn = () => login(server.url, AGENTS[next++ % AGENTS.length]!.email);
  const setTimes = (s: Session, times: { created_at?: string; last_used_at?: string }) =>
    opened.db.updateTable('sessions').set(times).where('token_hash', '=', tokenHash(s.token)).execute();
  const row = (s: Session) => opened.db.selectFrom('sessions').selectAll().where('token_hash', '=', tokenHash(s.token)).executeTakeFirst();
  const pullStatus = async (s: Session) => (await call(server.url, '/sync/pull', { clientId: s.clientId, cursor: null }, s.token)).status;

  beforeAll(async () => {
    // The periodic session check never runs during these tests: what they see is the check on each
    // request, and the sign-out itself.
    server = await startServer({ db: dbKind, demo: true, env: { SESSION_CHECK_SECONDS: '3600' } });
    opened = openDatabase({ dataDir: server.dataDir, databaseUrl: server.databaseUrl ?? null });
  });
  afterAll(async () => {
    await opened?.db.destroy();
    await server?.stop();
  });

  it('refuses a token idle for longer than 12 hours on HTTP and on the WebSocket, and deletes it', async () => {
    const [http, ws] = [await signIn(), await signIn()];
    for (const s of [http, ws]) {
      expect(await pullStatus(s)).toBe(200);
      await setTimes(s, { created_at: ago(13 * HOUR), last_used_at: ago(12 * HOUR + 60_000) });
    }
    expect(await call(server.url, '/sync/pull', { clientId: http.clientId, cursor: null }, http.token)).toEqual({ status: 401, body: EXPIRED });
    expect(await upgrade(server.url, ws.token)).toEqual({ status: 401, body: EXPIRED });
    expect(await row(http)).toBeUndefined();
    expect(await row(ws)).toBeUndefined();
    expect(await pullStatus(http)).toBe(401); // still refused once the row is gone

    // Just inside the idle window: still fine.
    const fresh = await signIn();
    await setTimes(fresh, { created_at: ago(13 * HOUR), last_used_at: ago(11 * HOUR) });
    expect(await pullStatus(fresh)).toBe(200);
  });

  it('refuses a token older than 7 days even when it was used a moment ago', async () => {
    const [http, ws] = [await signIn(), await signIn()];
    for (const s of [http, ws]) await setTimes(s, { created_at: ago(7 * 24 * HOUR + 60_000), last_used_at: ago(5_000) });
    const me = await fetch(`${server.url}/api/v1/auth/me`, { headers: { authorization: `Bearer ${http.token}` } });
    expect({ status: me.status, body: await me.json() }).toEqual({ status: 401, body: EXPIRED });
    expect(await upgrade(server.url, ws.token)).toEqual({ status: 401, body: EXPIRED });
  });

  it('slides the idle timeout with use, writing the last use at most once a minute', async () => {
    const s = await signIn();
    await setTimes(s, { created_at: ago(11 * HOUR), last_used_at: ago(11 * HOUR) });
    expect(await pullStatus(s)).toBe(200);
    const touched = Date.parse((await row(s))!.last_used_at!);
    expect(Math.abs(Date.now() - touched)).toBeLessThan(10_000);

    // Two more hours pass: 13 hours since sign-in, but only 2 since the last use.
    await setTimes(s, { created_at: ago(13 * HOUR), last_used_at: new Date(touched - 2 * HOUR).toISOString() });
    expect(await pullStatus(s)).toBe(200);
    const up = await upgrade(server.url, s.token);
    expect(up.status).toBe(101);
    up.ws!.close();

    // Used 30 s ago: no new write.
    const recent = ago(30_000);
    await setTimes(s, { last_used_at: recent });
    expect(await pullStatus(s)).toBe(200);
    expect((await row(s))!.last_used_at).toBe(recent);
  });

  it('closes every WebSocket opened with the token at sign-out, within a second, and only those', async () => {
    const s = await signIn();
    const other = await login(server.url, s.agent.email); // the same agent on another workstation
    const [a, b, c] = [await openSocket(server.url, s.token), await openSocket(server.url, s.token), await openSocket(server.url, other.token)];
    const closes = [closedWithin(a, 1000), closedWithin(b, 1000), closedWithin(c, 1500)];
    expect((await call(server.url, '/auth/logout', {}, s.token)).status).toBe(200);
    const [ca, cb, cc] = await Promise.all(closes);
    for (const closed of [ca, cb]) expect(closed).toMatchObject({ code: SESSION_ENDED_CLOSE, reason: expect.stringMatching(/sign in again/) as unknown });
    expect(cc).toBeNull();
    expect(c.readyState).toBe(WebSocket.OPEN);
    c.close();
    expect(await upgrade(server.url, s.token)).toMatchObject({ status: 401 });
  });
});

describe.each(['sqlite', 'postgres'] as const)('open WebSockets of ended sessions on %s', (dbKind) => {
  let server: ServerHandle;
  let opened: OpenedDb;

  beforeAll(async () => {
    server = await startServer({ db: dbKind, demo: true, env: { SESSION_CHECK_SECONDS: '0.2' } });
    opened = openDatabase({ dataDir: server.dataDir, databaseUrl: server.databaseUrl ?? null });
  });
  afterAll(async () => {
    await opened?.db.destroy();
    await server?.stop();
  });

  it('closes an open socket when its session expires, and deletes the expired session', async () => {
    const s = await login(server.url, 'agent1@demo.local');
    const keep = await login(server.url, 'agent1b@demo.local');
    const [ws, kept] = [await openSocket(server.url, s.token), await openSocket(server.url, keep.token)];
    const [closing, staying] = [closedWithin(ws, 3000), closedWithin(kept, 1500)];
    await opened.db.updateTable('sessions').set({ last_used_at: ago(12 * HOUR + 60_000) }).where('token_hash', '=', tokenHash(s.token)).execute();
    expect(await closing).toMatchObject({ code: SESSION_ENDED_CLOSE, reason: 'session expired: sign in again' });
    expect(await staying).toBeNull();
    kept.close();
    const gone = await opened.db.selectFrom('sessions').select('token_hash').where('token_hash', '=', tokenHash(s.token)).executeTakeFirst();
    expect(gone).toBeUndefined();
  });

  it('closes an open socket whose session was revoked elsewhere (another server node)', async () => {
    const s = await login(server.url, 'specialist2@demo.local');
    const ws = await openSocket(server.url, s.token);
    const closing = closedWithin(ws, 3000);
    await opened.db.updateTable('sessions').set({ revoked_at: new Date().toISOString() }).where('token_hash', '=', tokenHash(s.token)).execute();
    expect(await closing).toMatchObject({ code: SESSION_ENDED_CLOSE, reason: 'signed out: sign in again' });
  });
});

describe('session settings', () => {
  it('defaults to 12 hours idle, 7 days at most, a check every minute', () => {
    expect(configFromEnv({})).toMatchObject({ sessionIdleMs: 12 * HOUR, sessionMaxAgeMs: 7 * 24 * HOUR, sessionCheckMs: 60_000 });
    expect(configFromEnv({ SESSION_IDLE_HOURS: '0.5', SESSION_MAX_DAYS: '30', SESSION_CHECK_SECONDS: ' ' })).toMatchObject({
      sessionIdleMs: HOUR / 2,
      sessionMaxAgeMs: 30 * 24 * HOUR,
      sessionCheckMs: 60_000,
    });
  });

  it('refuses values that are not positive numbers, in words', () => {
    for (const v of ['abc', '0', '-3', 'Infinity', '12h']) {
      expect(() => configFromEnv({ SESSION_IDLE_HOURS: v })).toThrow(`SESSION_IDLE_HOURS must be a number of hours greater than 0 and at most 8784, got "${v}"`);
    }
    expect(() => configFromEnv({ SESSION_MAX_DAYS: '0' })).toThrow(/^SESSION_MAX_DAYS must be a number of days greater than 0/);
    expect(() => configFromEnv({ SESSION_CHECK_SECONDS: '7200' })).toThrow(/^SESSION_CHECK_SECONDS must be a number of seconds .* at most 3600/);
  });

  it('ends a session at whichever comes first: idle timeout after the last use, or the lifetime', () => {
    const policy = { idleMs: 12 * HOUR, maxAgeMs: 7 * 24 * HOUR };
    const created = '2025-01-01T00:00:00.000Z';
    const t0 = Date.parse(created);
    expect(sessionEndsAt({ created_at: created, last_used_at: null }, policy)).toBe(t0 + 12 * HOUR);
    expect(sessionEndsAt({ created_at: created, last_used_at: '2025-01-03T00:00:00.000Z' }, policy)).toBe(t0 + 60 * HOUR);
    expect(sessionEndsAt({ created_at: created, last_used_at: '2025-01-07T23:00:00.000Z' }, policy)).toBe(t0 + 7 * 24 * HOUR);
  });
});

describe('migration 0002', () => {
  it('counts sessions from before it as last used when they were created', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sessions-migration-'));
    const { db } = openDatabase({ dataDir: dir, databaseUrl: null });
    try {
      const raw = db as unknown as Kysely<unknown>;
      await m0001.up(raw);
      await sql`insert into sessions (token_hash, agent_id, created_at) values ('h', 'a', '2025-01-01T00:00:00.000Z')`.execute(db);
      await m0002.up(raw);
      expect(await db.selectFrom('sessions').select(['created_at', 'last_used_at']).execute()).toEqual([
        { created_at: '2025-01-01T00:00:00.000Z', last_used_at: '2025-01-01T00:00:00.000Z' },
      ]);
    } finally {
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
