// Two workstations against a real server process, on SQLite and on PostgreSQL: outage, 2,000 offline
// changes, reload while offline, convergence, exactly-once, a lost take, a missed poke and a refetch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message, Ticket } from '../../src/shared/domain';
import type { ArgsOf, MutationName } from '../../src/shared/mutations';
import { uuidv7 } from '../../src/shared/uuid';
import { messagesOf, queuePage, ticketById } from '../../src/renderer/db/queries';
import { toRow } from '../../src/renderer/db/ticket-rows';
import { createApiHandlers } from '../../src/main/api/handlers';
import { createInProcessApi } from '../../src/main/api/in-process';
import { startServer, type ServerHandle } from '../support/server-process';
import { login, pull, snapshot } from '../support/api-client';
import { startClient, waitUntil, type TestClient } from './support/client';

const OFFLINE_MUTATIONS = 2_000;

describe.each(['sqlite', 'postgres'] as const)('sync between two workstations on %s', (db) => {
  let server: ServerHandle;
  let a: TestClient;
  let b: TestClient;

  beforeAll(async () => {
    server = await startServer({ db, demo: true });
    [a, b] = await Promise.all([startClient(server.port, 'agent1@demo.local'), startClient(server.port, 'agent1b@demo.local')]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await server?.stop();
  });

  const mutate = async <N extends MutationName>(c: TestClient, name: N, args: ArgsOf<N>) => {
    const r = await c.replica.mutate(name, args);
    if (!r.ok) throw new Error(`${name} refused locally: ${r.reason} ${JSON.stringify(r.params)}`);
  };
  const unassignedTier1 = async (c: TestClient, n: number, skip = 0) =>
    (await queuePage(c.replica.db, c.agent, { kind: 'unassigned', tier: 1 }, { offset: skip, limit: n })).filter((t) => t.status !== 'closed');
  const stripLocal = (t: Ticket | undefined) => (t ? Object.fromEntries(Object.entries(t).filter(([k]) => !k.startsWith('_'))) : t);

  it('keeps 2,000 offline changes through a reload, then converges with every change applied exactly once', async () => {
    const tickets = await unassignedTier1(a, 20);
    expect(tickets.length).toBe(20);
    const ids = tickets.map((t) => t.id);
    const serverBefore = await snapshot(server.url, await login(server.url, 'agent1@demo.local'));
    const threadBefore = new Map(ids.map((id) => [id, [...serverBefore.messages.values()].filter((m) => m.ticketId === id).length]));

    a.cut();
    const myMessages: string[] = [];
    const t0 = Date.now();
    for (let i = 0; i < OFFLINE_MUTATIONS; i++) {
      const t = tickets[i % tickets.length]!;
      const local = (await ticketById(a.replica.db, t.id))!;
      switch (i % 10) {
        case 0: case 1: case 2: case 3: case 4: {
          const id = uuidv7();
          myMessages.push(id);
          await mutate(a, 'addMessage', { id, ticketId: t.id, kind: i % 10 === 4 ? 'note' : 'reply', body: `offline ${i}` });
          break;
        }
        case 5: await mutate(a, 'addTag', { ticketId: t.id, tag: `t${i % 7}` }); break;
        case 6: await mutate(a, 'removeTag', { ticketId: t.id, tag: `t${(i + 3) % 7}` }); break;
        case 7: await mutate(a, 'setPriority', { ticketId: t.id, priority: (['low', 'normal', 'high', 'urgent'] as const)[i % 4]! }); break;
        case 8: await mutate(a, 'setStatus', { ticketId: t.id, status: i % 20 < 10 ? 'pending' : 'open', baseVersion: local.statusVersion }); break;
        default: await mutate(a, 'addMessage', { id: (myMessages.push(uuidv7()), myMessages.at(-1)!), ticketId: t.id, kind: 'call', body: `call ${i}` });
      }
    }
    const mutateMs = Date.now() - t0;
    await waitUntil(() => a.status().pending === OFFLINE_MUTATIONS, 10_000, 'A counts its offline changes');
    expect(a.status().state).toBe('offline');
    expect(a.status().lastError).toEqual({ reason: 'unreachable', params: {} });

    // B syncs while A is cut off and sees none of it.
    const bCursor = await b.cursor();
    b.restore();
    await waitUntil(() => b.status().state === 'online', 10_000, 'B online');
    for (const id of myMessages.slice(0, 50)) expect(await b.replica.db.messages.get(id)).toBeUndefined();
    expect(await b.cursor()).toBe(bCursor);

    // A restarts while still offline: the changes are still there, still pending.
    await a.reload();
    expect(await a.replica.db.outbox.count()).toBe(OFFLINE_MUTATIONS);
    expect(await a.replica.db.messages.get(myMessages[0]!)).toMatchObject({ body: 'offline 0' });
    await waitUntil(() => a.status().pending === OFFLINE_MUTATIONS, 5_000, 'A counts its outbox after the restart');

    const t1 = Date.now();
    a.restore();
    await waitUntil(async () => (await a.replica.db.outbox.count()) === 0 && a.status().pending === 0, 90_000, 'A drained its outbox');
    const serverCursor = (await snapshot(server.url, await login(server.url, 'agent1@demo.local'))).cursor;
    await waitUntil(async () => (await a.cursor()) === serverCursor && (await b.cursor()) === serverCursor, 30_000, 'both at the server cursor');
    const convergeMs = Date.now() - t1;
    console.log(`[${db}] ${OFFLINE_MUTATIONS} offline mutations made in ${mutateMs} ms; pushed and converged in ${convergeMs} ms`);

    expect(a.refused).toEqual([]);
    for (const id of ids) {
      const [ta, tb] = await Promise.all([ticketById(a.replica.db, id), ticketById(b.replica.db, id)]);
      expect(stripLocal(ta)).toEqual(stripLocal(tb));
      const [ma, mb] = await Promise.all([messagesOf(a.replica.db, id), messagesOf(b.replica.db, id)]);
      expect(ma).toEqual(mb);
    }
    // On the server: every mutation processed once (A's client is at exactly 2,000), every message once.
    const clientId = (await a.replica.db.meta.get('clientId'))!.value as string;
    const asA = await login(server.url, 'agent1@demo.local');
    const full = await pull(server.url, { ...asA, clientId }, null, OFFLINE_MUTATIONS);
    if (!('changes' in full)) throw new Error('unexpected refetch');
    expect(full.lastMutationId).toBe(OFFLINE_MUTATIONS);
    const occurrences = new Map<string, number>();
    for (const c of full.changes) if (c.entity === 'message') occurrences.set(c.value.id, (occurrences.get(c.value.id) ?? 0) + 1);
    for (const id of myMessages) expect(occurrences.get(id), id).toBe(1);
    const after = await snapshot(server.url, asA);
    for (const id of ids) {
      const n = [...after.messages.values()].filter((m) => m.ticketId === id).length;
      expect(n).toBe(threadBefore.get(id)! + myMessages.filter((m) => (after.messages.get(m) as Message | undefined)?.ticketId === id).length);
    }
    expect(myMessages.length).toBe(OFFLINE_MUTATIONS * 0.6);
    // Server state equals what A computed optimistically for the last-writer-wins fields and tags.
    for (const t of tickets.slice(0, 3)) expect(stripLocal(after.tickets.get(t.id))).toEqual(stripLocal(await ticketById(a.replica.db, t.id)));
  }, 150_000);

  it('rolls back a lost take on the loser and names the winner', async () => {
    const [t] = await unassignedTier1(b, 1, 30);
    expect(t).toBeDefined();
    b.cut();
    await mutate(b, 'assign', { ticketId: t!.id, assigneeId: b.agent.id, baseVersion: t!.assigneeVersion });
    expect((await ticketById(b.replica.db, t!.id))?.assigneeId).toBe(b.agent.id);
    await mutate(a, 'assign', { ticketId: t!.id, assigneeId: a.agent.id, baseVersion: t!.assigneeVersion });
    await waitUntil(async () => (await a.replica.db.outbox.count()) === 0, 20_000, 'A take synced');
    b.restore();
    await waitUntil(() => b.refused.length > 0, 20_000, 'B told about the refusal');
    expect(b.refused[0]).toMatchObject({ name: 'assign', ticketId: t!.id, code: 'conflict' });
    expect(b.refused[0]).toMatchObject({ reason: 'taken_by', params: { who: a.agent.name } });
    expect((await ticketById(b.replica.db, t!.id))?.assigneeId).toBe(a.agent.id);
    expect(await b.replica.db.outbox.count()).toBe(0);
  }, 60_000);

  it('catches up through the slow poll when the poke socket is cut but HTTP is up', async () => {
    const [t] = await unassignedTier1(a, 1, 40);
    b.stream.cut();
    await new Promise((r) => setTimeout(r, 300));
    const id = uuidv7();
    await mutate(a, 'addMessage', { id, ticketId: t!.id, kind: 'note', body: 'poke may be missed' });
    await waitUntil(async () => (await a.replica.db.outbox.count()) === 0, 20_000, 'A note synced');
    await waitUntil(async () => !!(await b.replica.db.messages.get(id)), 10_000, 'B has the note without a poke');
    b.stream.restore();
  }, 40_000);

  it('sends nothing while the session is over, and the kept outbox once the agent signed in again', async () => {
    const [t] = await unassignedTier1(b, 1, 60);
    await b.services.session.expire();
    expect(b.status().state).toBe('offline');
    const id = uuidv7();
    await mutate(b, 'addMessage', { id, ticketId: t!.id, kind: 'note', body: 'written while signed out' });
    // Saved on this workstation, counted as not sent, and not pushed (no session to push under).
    await waitUntil(() => b.status().pending === 1, 5_000, 'B counts the change made while signed out');
    expect(b.status()).toMatchObject({ state: 'offline', lastError: { reason: 'session_expired', params: {} } });
    expect(await b.replica.db.outbox.count()).toBe(1);

    const api = createInProcessApi(createApiHandlers(b.services));
    await api.request('session.login', { email: 'agent1b@demo.local', password: 'demo' });
    await waitUntil(async () => (await b.replica.db.outbox.count()) === 0, 20_000, 'B outbox drained after sign-in');
    await waitUntil(async () => !!(await a.replica.db.messages.get(id)), 20_000, 'A sees the note');
  }, 40_000);

  it('answers a cursor the server never issued with refetch: the replica resets, reloads and keeps pending work', async () => {
    a.cut();
    const [t] = await unassignedTier1(a, 1, 50);
    const id = uuidv7();
    await mutate(a, 'addMessage', { id, ticketId: t!.id, kind: 'note', body: 'made before the refetch' });
    const ghost = { ...t!, id: uuidv7(), subject: 'ghost row the server never had' };
    await a.replica.db.tickets.put(toRow(ghost));
    await a.replica.db.meta.put({ key: 'cursor', value: 1_000_000_000 });
    await a.reload();
    a.restore();
    await waitUntil(async () => {
      const c = await a.cursor();
      return c !== null && c < 1_000_000_000 && (await a.replica.db.outbox.count()) === 0;
    }, 30_000, 'A reloaded after refetch and synced');
    expect(await a.replica.db.tickets.get(ghost.id)).toBeUndefined();
    expect(await a.replica.db.messages.get(id)).toMatchObject({ body: 'made before the refetch' });
    expect((await queuePage(a.replica.db, a.agent, { kind: 'tier', tier: 1 }, { offset: 0, limit: 10 })).length).toBe(10);
  }, 60_000);
});
