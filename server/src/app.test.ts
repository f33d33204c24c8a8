// The HTTP surface: sign-in, tokens on HTTP and WebSocket, input errors as reasons, inbound contacts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import WebSocket from 'ws';
import { call, login, snapshot } from '../../tests/support/api-client';
import { startServer, type ServerHandle } from '../../tests/support/server-process';
import type { ApiError } from '../../src/shared/index';

const wsStatus = (url: string, token: string) =>
  new Promise<number>((resolve) => {
    const ws = new WebSocket(`${url.replace('http', 'ws')}/api/v1/sync/stream`, { headers: { authorization: `Bearer ${token}` } });
    ws.on('open', () => {
      ws.close();
      resolve(101);
    });
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('error', () => undefined);
  });

/** Announces an oversized body; the server must answer 413 without waiting for it. */
const postStatus = (url: string, token: string, bytes: number) =>
  new Promise<number>((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'content-length': bytes } });
    let status = 0;
    req.on('response', (res) => {
      status = res.statusCode ?? 0;
      res.resume();
      resolve(status);
      req.destroy();
    });
    req.on('error', (err) => (status ? resolve(status) : reject(err)));
    // The declared length alone must be enough: the server refuses before reading the body.
    req.write('{"clientId":"x","mutations":"');
  });

describe.each(['sqlite', 'postgres'] as const)('HTTP API on %s', (db) => {
  let server: ServerHandle;
  beforeAll(async () => {
    server = await startServer({ db, demo: true });
  });
  afterAll(() => server?.stop());

  it('signs in with the right password only, and says why as a reason', async () => {
    const bad = await call(server.url, '/auth/login', { email: 'agent1@demo.local', password: 'nope' });
    expect(bad).toEqual({ status: 401, body: { error: 'unauthorized', reason: 'wrong_credentials', params: {} } });
    const unknown = await call(server.url, '/auth/login', { email: 'ghost@demo.local', password: 'demo' });
    expect(unknown.status).toBe(401);
    const s = await login(server.url, 'AGENT1@demo.local');
    expect(s.agent).toMatchObject({ email: 'agent1@demo.local', role: 'agent', tier: 1 });
    expect(JSON.stringify(s.agent)).not.toMatch(/scrypt|password/);
  });

  it('rate-limits sign-in attempts', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await call(server.url, '/auth/login', { email: 'agent1c@demo.local', password: 'wrong' })).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[11]).toBe(429);
  });

  it('checks the token on HTTP and on the WebSocket, and a revoked token stops working on both', async () => {
    const s = await login(server.url, 'specialist2@demo.local');
    expect(await wsStatus(server.url, s.token)).toBe(101);
    expect((await call(server.url, '/sync/pull', { clientId: s.clientId, cursor: null }, 'x'.repeat(43))).status).toBe(401);
    expect((await call(server.url, '/auth/logout', {}, s.token)).status).toBe(200);
    expect((await call(server.url, '/sync/pull', { clientId: s.clientId, cursor: null }, s.token)).status).toBe(401);
    expect(await wsStatus(server.url, s.token)).toBe(401);
  });

  it('answers bad input with a 400 that says what is wrong, and oversized bodies with 413', async () => {
    const s = await login(server.url, 'agent1@demo.local');
    const r = await call<ApiError>(server.url, '/sync/push', { clientId: 'not-a-uuid', mutations: [] }, s.token);
    expect(r.status).toBe(400);
    expect(r.body).toEqual({ error: 'invalid', reason: 'invalid_field', params: { field: 'clientId', problem: 'invalid_format', limit: null } });
    expect(await postStatus(`${server.url}/api/v1/sync/push`, s.token, 3 * 1024 * 1024)).toBe(413);
  });

  it('turns an inbound contact into a new tier 1 ticket, matching the customer by email or phone', async () => {
    const s = await login(server.url, 'agent1@demo.local');
    const before = await snapshot(server.url, s);
    const someone = [...before.tickets.values()][0]!;
    const pulled = await call<{ changes: { entity: string; value: { id: string; email: string | null } }[] }>(server.url, '/sync/pull', { clientId: s.clientId, cursor: null }, s.token);
    const customer = pulled.body.changes.find((c) => c.entity === 'customer' && c.value.id === someone.customerId)!.value;
    const noKey = await call(server.url, '/inbound/tickets', {});
    expect(noKey.status).toBe(401);
    const k = server.inboundKey;
    for (const wrong of [k.slice(0, -1), `${k}x`, `${k.slice(0, -1)}X`, k.toUpperCase()]) {
      const r = await fetch(`${server.url}/api/v1/inbound/tickets`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': wrong }, body: '{}' });
      expect(r.status).toBe(401);
    }
    const send = (body: unknown) =>
      fetch(`${server.url}/api/v1/inbound/tickets`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': server.inboundKey }, body: JSON.stringify(body) }).then(async (r) => ({ status: r.status, body: (await r.json()) as { ticketId: string; customerId: string; message?: string } }));
    const matched = await send({ channel: 'email', subject: 'Invoice question', body: 'Hello', customer: { name: 'X', email: customer.email!.toUpperCase() } });
    expect(matched.status).toBe(200);
    expect(matched.body.customerId).toBe(customer.id);
    const created = await send({ channel: 'phone', subject: 'Call me', body: 'Please call', customer: { name: 'New Caller', phone: '+371 2000 0001' } });
    expect(created.body.customerId).not.toBe(customer.id);
    const again = await send({ channel: 'chat', subject: 'Again', body: 'Me again', customer: { name: 'New Caller', phone: '37120000001' } });
    expect(again.body.customerId).toBe(created.body.customerId);
    const invalid = await send({ channel: 'fax', subject: '', body: 'x', customer: { name: 'Y' } });
    expect(invalid.status).toBe(400);
    const after = await snapshot(server.url, s);
    expect(after.tickets.get(matched.body.ticketId)).toMatchObject({ tier: 1, status: 'new', assigneeId: null });
  });
});
