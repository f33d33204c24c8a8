// Delivery semantics of push against a real server process, on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7, type PushResponse, type RawMutation } from '../../../src/shared/index';
import { call, login, pull, push, snapshot, type Session } from '../../../tests/support/api-client';
import { startServer, type ServerHandle } from '../../../tests/support/server-process';
import type { OpenedDb } from '../db/database';
import { badDataOn, cancelLockWaiter, failMessagesWithBody, holdWriteLock, openServerDb } from '../testing/direct-db';

describe.each(['sqlite', 'postgres'] as const)('push on %s', (db) => {
  let server: ServerHandle;
  let ticketIds: string[];
  let direct: OpenedDb;
  beforeAll(async () => {
    server = await startServer({ db, demo: true, env: { LOG_LEVEL: 'warn' } });
    direct = openServerDb(server);
    const s = await login(server.url, 'agent1@demo.local');
    const snap = await snapshot(server.url, s);
    ticketIds = [...snap.tickets.values()].filter((t) => t.tier === 1 && t.status !== 'closed').map((t) => t.id);
  });
  afterAll(async () => {
    await direct?.db.destroy();
    await server?.stop();
  });

  const note = (i: number): Omit<RawMutation, 'id'> => ({
    name: 'addMessage',
    args: { id: uuidv7(), ticketId: ticketIds[i % ticketIds.length], kind: 'note', body: `note ${i}` },
  });

  it('applies a push delivered three times exactly once', async () => {
    const s = await login(server.url, 'agent1@demo.local');
    const first = await push(server.url, s, [note(0), note(1), note(2)]);
    // The version the whole scope stands at (every page of a first sync followed: a page is cut by time too).
    const before = (await snapshot(server.url, s)).cursor;
    const again = await push(server.url, s, first.sent);
    const third = await push(server.url, s, first.sent);
    for (const r of [first, again, third]) expect(r).toMatchObject({ lastMutationId: 3, refused: [] });
    // Delivered again, nothing was committed again: no new version.
    const snap = await snapshot(server.url, s);
    expect(snap.cursor).toBe(before);
    for (const m of first.sent) expect(snap.messages.has((m.args as { id: string }).id)).toBe(true);
  });

  it('does not process mutations after a gap in ids until the gap is filled', async () => {
    const s = await login(server.url, 'agent1@demo.local');
    const [m1, m2, m3, m4, m5] = [1, 2, 3, 4, 5].map((id) => ({ ...note(id), id }));
    expect((await push(server.url, s, [m1!, m2!])).lastMutationId).toBe(2);
    expect((await push(server.url, s, [m4!, m5!])).lastMutationId).toBe(2);
    let snap = await snapshot(server.url, s);
    expect(snap.messages.has((m4!.args as { id: string }).id)).toBe(false);
    expect((await push(server.url, s, [m3!, m4!, m5!])).lastMutationId).toBe(5);
    snap = await snapshot(server.url, s);
    for (const m of [m3, m4, m5]) expect(snap.messages.has((m!.args as { id: string }).id)).toBe(true);
  });

  it('loses and doubles nothing when the server is SIGKILLed in the middle of pushes', async () => {
    const s: Session = await login(server.url, 'agent1@demo.local');
    const all: RawMutation[] = Array.from({ length: 1500 }, (_, i) => ({ ...note(i), id: i + 1 }));
    const batches = Array.from({ length: 15 }, (_, b) => all.slice(b * 100, b * 100 + 100));
    const sending = (async () => {
      for (const b of batches) await push(server.url, s, b).catch(() => undefined);
    })();
    await new Promise((r) => setTimeout(r, 150 + Math.random() * 400));
    await server.kill('SIGKILL');
    await sending;
    await server.restart();
    const refused = [];
    let last = 0;
    for (const b of batches) {
      const r = await push(server.url, s, b);
      refused.push(...r.refused);
      last = r.lastMutationId;
    }
    expect(last).toBe(1500);
    expect(refused).toEqual([]); // a re-applied message would be refused as "id already in use"
    const snap = await snapshot(server.url, s);
    const mine = all.filter((m) => snap.messages.has((m.args as { id: string }).id));
    expect(mine).toHaveLength(1500);
  });

  it('refuses a push with another agent’s client id', async () => {
    const a = await login(server.url, 'agent1@demo.local');
    const b = await login(server.url, 'agent1b@demo.local');
    await push(server.url, a, [note(1)]);
    await expect(push(server.url, { ...b, clientId: a.clientId }, [note(2)])).rejects.toThrow(/403/);
    // Logged as a warning, with ids only: no names or emails in the logs.
    const warning = () => server.output().split('\n').find((l) => l.includes('client id refused') && l.includes(a.clientId));
    await expect.poll(warning).toBeDefined();
    expect(JSON.parse(warning()!)).toMatchObject({ level: 40, agentId: b.agent.id, clientId: a.clientId, msg: 'push with another agent’s client id refused' });
    for (const personal of [a.agent.email, a.agent.name, b.agent.email, b.agent.name, b.token]) expect(warning()).not.toContain(personal);
  });

  it('refuses invalid mutations with reasons and still advances lastMutationId', async () => {
    const s = await login(server.url, 'agent1@demo.local');
    const r = await push(server.url, s, [
      { name: 'dropTables', args: {} },
      { name: 'escalate', args: { id: uuidv7(), ticketId: ticketIds[0], toTier: 2, reason: 'x', summary: 'short', baseVersion: 0 } },
      note(3),
    ]);
    expect(r.lastMutationId).toBe(3);
    expect(r.refused.map((x) => [x.id, x.code])).toEqual([
      [1, 'invalid'],
      [2, 'invalid'],
    ]);
    expect(r.refused[0]).toMatchObject({ reason: 'unknown_mutation', params: { name: 'dropTables' } });
  });

  it("refuses a new customer whose id another organisation's customer already has, and leaves that one alone", async () => {
    const other = uuidv7();
    const theirs = uuidv7();
    const at = new Date().toISOString();
    await direct.db.insertInto('tenants').values({ id: other, name: 'Other', version: 1, min_cursor: 0, next_ticket_number: 1, created_at: at }).execute();
    await direct.db
      .insertInto('customers')
      .values({ id: theirs, tenant_id: other, name: 'Their Customer', email: null, email_norm: null, phone: null, phone_norm: null, language: 'en', preferred_channel: 'email', vip: 0, notes: '', created_at: at, updated_at: at, version: 1 })
      .execute();
    const s = await login(server.url, 'supervisor@demo.local');
    const r = await push(server.url, s, [{ name: 'createCustomer', args: { id: theirs, name: 'Hijacked', email: null, phone: null, language: 'en', preferredChannel: 'email' } }]);
    expect(r.refused.map((x) => [x.code, x.reason, x.params])).toEqual([['invalid', 'id_taken', {}]]);
    expect(await direct.db.selectFrom('customers').select(['tenant_id', 'name']).where('id', '=', theirs).executeTakeFirst()).toEqual({ tenant_id: other, name: 'Their Customer' });
  });

  const lastMutationIdOf = async (s: Session) => {
    const r = await pull(server.url, s, null);
    if (!('lastMutationId' in r)) throw new Error('unexpected refetch');
    return r.lastMutationId;
  };
  const refusalsOf = (s: Session) => direct.db.selectFrom('refusals').selectAll().where('client_id', '=', s.clientId).execute();
  const RETRY = { error: 'unavailable', reason: 'save_failed', params: {} };

  it('answers 503 and refuses nothing when the database fails transiently; the retry applies everything', async () => {
    const s = await login(server.url, 'agent1@demo.local');
    const sent: RawMutation[] = [note(1), note(2)].map((m, i) => ({ ...m, id: i + 1 }));
    const lock = await holdWriteLock(direct);
    const answer = call(server.url, '/sync/push', { clientId: s.clientId, mutations: sent }, s.token);
    if (db === 'postgres') {
      // The push waits for the tenant lock: cancel its statement in the batch and again in the one-by-one pass.
      const first = await cancelLockWaiter(direct);
      await cancelLockWaiter(direct, first);
    } else {
      await answer; // SQLite answers at once: the push's transaction cannot take the write lock
    }
    await lock.release();
    expect(await answer).toEqual({ status: 503, body: RETRY });
    const logged = () => server.output().split('\n').find((l) => l.includes('push not applied') && l.includes(s.clientId));
    await expect.poll(logged).toBeDefined();
    expect(JSON.parse(logged()!)).toMatchObject({ level: 40, agentId: s.agent.id, cause: { code: db === 'sqlite' ? 'SQLITE_BUSY' : '57014' } });
    expect(await refusalsOf(s)).toEqual([]);
    expect(await lastMutationIdOf(s)).toBe(0);
    expect(await push(server.url, s, sent)).toMatchObject({ lastMutationId: 2, refused: [] });
    const snap = await snapshot(server.url, s);
    for (const m of sent) expect(snap.messages.has((m.args as { id: string }).id)).toBe(true);
  });

  it('keeps the changes before one that fails unexpectedly, refuses none, and stops lastMutationId before it', async () => {
    const s = await login(server.url, 'agent1@demo.local');
    const poison = { ...note(2), args: { ...(note(2).args as object), body: 'this one meets a failing trigger' } };
    const sent: RawMutation[] = [note(1), poison, note(3)].map((m, i) => ({ ...m, id: i + 1 }));
    const fault = await failMessagesWithBody(direct, 'this one meets a failing trigger');
    const r = await call(server.url, '/sync/push', { clientId: s.clientId, mutations: sent }, s.token).finally(() => fault.remove());
    expect(r).toEqual({ status: 503, body: RETRY });
    expect(await refusalsOf(s)).toEqual([]);
    expect(await lastMutationIdOf(s)).toBe(1);
    let snap = await snapshot(server.url, s);
    expect(sent.map((m) => snap.messages.has((m.args as { id: string }).id))).toEqual([true, false, false]);
    // The failure has passed: the client's retry of the same push applies the rest, once.
    expect(await push(server.url, s, sent)).toMatchObject({ lastMutationId: 3, refused: [] });
    snap = await snapshot(server.url, s);
    expect(sent.map((m) => snap.messages.has((m.args as { id: string }).id))).toEqual([true, true, true]);
  });
  const bodyOf = (m: Omit<RawMutation, 'id'>) => (m.args as { id: string }).id;
  const withBody = (m: Omit<RawMutation, 'id'>, body: string) => ({ ...m, args: { ...(m.args as object), body } });

  it('refuses a text with a NUL character at once, and applies the next mutation of the same push', async () => {
    const s = await login(server.url, 'agent1@demo.local');
    const [bad, good] = [withBody(note(1), 'before\u0000after'), note(2)];
    const r = await push(server.url, s, [bad, good]);
    expect(r.lastMutationId).toBe(2);
    expect(r.refused).toEqual([{ id: 1, code: 'invalid', reason: 'control_characters', params: {} }]);
    const snap = await snapshot(server.url, s);
    expect([bad, good].map((m) => snap.messages.has(bodyOf(m)))).toEqual([false, true]);
  });

  it('never echoes an odd mutation name into its refusal', async () => {
    const s = await login(server.url, 'agent1@demo.local');
    const r = await push(server.url, s, [{ name: '<script>\u0000x', args: {} }, note(1)]);
    expect(r.lastMutationId).toBe(2);
    expect(r.refused).toEqual([{ id: 1, code: 'invalid', reason: 'unknown_mutation', params: { name: null } }]);
    for (const row of await refusalsOf(s)) for (const raw of ['<script>', '\u0000']) expect(JSON.stringify(row)).not.toContain(raw);
  });

  it('refuses alone a mutation whose data the database refuses, and applies the rest of the push', async () => {
    const s = await login(server.url, 'agent1@demo.local');
    const marker = 'the database refuses this one as bad data';
    const sent: RawMutation[] = [note(1), withBody(note(2), marker), note(3)].map((m, i) => ({ ...m, id: i + 1 }));
    const fault = await badDataOn(direct, { messagesWithBody: marker });
    const r = await call<PushResponse>(server.url, '/sync/push', { clientId: s.clientId, mutations: sent }, s.token).finally(() => fault.remove());
    // Its reason names the database's code, never its message (which may quote the data).
    const params = { dbCode: db === 'sqlite' ? 'SQLITE_MISMATCH' : '22021' };
    expect(r).toEqual({ status: 200, body: { lastMutationId: 3, refused: [{ id: 2, code: 'invalid', reason: 'value_not_storable', params }] } });
    const snap = await snapshot(server.url, s);
    expect(sent.map((m) => snap.messages.has((m.args as { id: string }).id))).toEqual([true, false, true]);
    // Processed once: a retry of the same push changes nothing and reports the same refusal.
    expect(await push(server.url, s, sent)).toMatchObject({ lastMutationId: 3, refused: [{ id: 2, code: 'invalid' }] });
  });

  it('still answers 503 for a data error in the push’s own bookkeeping, which no mutation’s data explains', async () => {
    const s = await login(server.url, 'agent1@demo.local');
    const sent: RawMutation[] = [note(1), note(2)].map((m, i) => ({ ...m, id: i + 1 }));
    const fault = await badDataOn(direct, { tenants: true });
    const r = await call(server.url, '/sync/push', { clientId: s.clientId, mutations: sent }, s.token).finally(() => fault.remove());
    expect(r).toEqual({ status: 503, body: RETRY });
    expect(await refusalsOf(s)).toEqual([]);
    expect(await push(server.url, s, sent)).toMatchObject({ lastMutationId: 2, refused: [] });
  });

  it.each([2 ** 31, 2 ** 53])('answers 400 with the reason for %d as a mutation id, cursor or acked id, and refuses it alone as a base version', async (n) => {
    const s = await login(server.url, 'agent1@demo.local');
    const tooBig = { status: 400, body: { error: 'invalid', reason: 'number_too_big', params: { max: 2147483647 } } };
    expect(await call(server.url, '/sync/pull', { clientId: s.clientId, cursor: null, ackedMutationId: n }, s.token)).toEqual(tooBig);
    expect(await call(server.url, '/sync/pull', { clientId: s.clientId, cursor: n, ackedMutationId: 0 }, s.token)).toEqual(tooBig);
    expect(await call(server.url, '/sync/push', { clientId: s.clientId, mutations: [{ ...note(1), id: n }] }, s.token)).toEqual(tooBig);
    const r = await push(server.url, s, [{ name: 'setStatus', args: { ticketId: ticketIds[0], status: 'pending', baseVersion: n } }, note(2)]);
    expect(r.refused.map((x) => [x.id, x.code])).toEqual([[1, 'invalid']]);
    expect(r.lastMutationId).toBe(2);
  });
});
