import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { SessionInfo } from '../../shared/api';
import type { Agent } from '../../shared/domain';
import type { RawMutation } from '../../shared/mutations';
import { BackendError, type BackendClient } from './backend-client';
import { createMainServices, type MainEvents } from './index';
import { createEmitter } from './ports';
import { createMemorySecretStore } from './secret-store-memory';
import { createSessionService, type SessionEvents } from './session-service';
import { WORDS } from './sync-service';

const anna: Agent = { id: '0193a000-0000-7000-8000-0000000000a1', name: 'Anna Kovács', email: 'agent1@demo.local', role: 'agent', tier: 1, presence: 'available', version: 1 };

function backend(online: { value: boolean }): BackendClient {
  const down = () => Promise.reject(new BackendError('offline', 'down'));
  return {
    login: async ({ password }) => {
      if (!online.value) return down();
      if (password !== 'demo') throw new BackendError('unauthorized', 'wrong email or password', 401);
      return { token: 'tok', agent: anna };
    },
    logout: async () => (online.value ? undefined : down()),
    me: down,
    push: down,
    pull: down,
  };
}

describe('session service', () => {
  it('keeps the session in the store so a restart while offline still knows the agent', async () => {
    const online = { value: true };
    const secrets = createMemorySecretStore();
    const events = createEmitter<SessionEvents>();
    const changes: SessionInfo[] = [];
    events.subscribe((_n, p) => changes.push(p));
    const s1 = createSessionService({ backend: backend(online), secrets, serverUrl: 'http://srv', edition: 'desktop', events });
    await expect(s1.login('agent1@demo.local', 'nope')).rejects.toMatchObject({ kind: 'unauthorized' });
    expect(await s1.login('agent1@demo.local', 'demo')).toEqual({ agent: anna, serverUrl: 'http://srv', secureStorage: true, edition: 'desktop' });
    expect(changes).toHaveLength(1);

    online.value = false;
    const s2 = createSessionService({ backend: backend(online), secrets, serverUrl: 'http://srv', edition: 'desktop', events });
    await s2.ready();
    expect(s2.info().agent).toEqual(anna);
    expect(s2.token()).toBe('tok');
    // Another server's session is not reused.
    const s3 = createSessionService({ backend: backend(online), secrets, serverUrl: 'http://other', edition: 'browser', events });
    await s3.ready();
    expect(s3.info().agent).toBeNull();

    await s2.logout(); // offline: forgotten locally anyway
    expect(s2.info().agent).toBeNull();
    expect(await secrets.load()).toBeNull();
    expect(changes.at(-1)?.agent).toBeNull();
  });
});

/** A server whose sign-in works and whose push and pull answer 401 session_expired; no WebSocket. */
async function expiringServer() {
  const calls: { path: string; body: unknown }[] = [];
  const read = (req: IncomingMessage) =>
    new Promise<unknown>((resolve) => {
      let text = '';
      req.on('data', (d: Buffer) => (text += d.toString()));
      req.on('end', () => resolve(text ? JSON.parse(text) : null));
    });
  const server: Server = createServer((req, res) => {
    void read(req).then((body) => {
      calls.push({ path: req.url ?? '', body });
      const [status, answer] =
        req.url === '/api/v1/auth/login'
          ? [200, { token: 't'.repeat(43), agent: anna }]
          : [401, { error: 'session_expired', message: 'sign in again: the session expired (unused for too long, or too old)' }];
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, calls, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe('main services on a 401 from push or pull', () => {
  const outbox: RawMutation[] = [
    { id: 1, name: 'setPresence', args: { presence: 'busy' } },
    { id: 2, name: 'setPresence', args: { presence: 'available' } },
  ];

  it.each([
    ['push', outbox],
    ['pull', []],
  ] as const)('%s: the agent is told to sign in again, and nothing asks the renderer to drop its outbox', async (path, mutations) => {
    const server = await expiringServer();
    const secrets = createMemorySecretStore();
    // The poke socket goes nowhere: this is about the HTTP answers.
    const services = createMainServices({ serverUrl: server.url, streamUrl: 'http://127.0.0.1:9', secrets, edition: 'desktop' });
    const seen: { name: keyof MainEvents; payload: unknown }[] = [];
    services.events.subscribe((name, payload) => seen.push({ name, payload }));
    try {
      await services.session.ready();
      await services.session.login('agent1@demo.local', 'demo');
      services.sync.attach({ clientId: '0193a000-0000-7000-8000-0000000000c1', cursor: 7, ackedMutationId: 0, mutations: [...mutations] });
      const deadline = Date.now() + 5000;
      while (services.session.info().agent && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));

      expect(server.calls.filter((c) => c.path !== '/api/v1/auth/login').map((c) => c.path)).toEqual([`/api/v1/sync/${path}`]);
      if (path === 'push') expect((server.calls[1]!.body as { mutations: RawMutation[] }).mutations).toEqual(outbox);
      // Signed out: the UI shows the sign-in form, and the sync status says why, and that changes are kept.
      const sessions = seen.filter((e) => e.name === 'session.changed').map((e) => (e.payload as SessionInfo).agent);
      expect(sessions).toEqual([anna, null]);
      expect(services.session.token()).toBeNull();
      expect(await secrets.load()).toBeNull();
      expect(services.sync.status()).toMatchObject({ state: 'offline', lastError: WORDS.expired });
      expect(WORDS.expired).toMatch(/sign in again.*kept/i);
      // The renderer drops outbox entries only on sync.pulled (confirmed) or sync.refused: neither came.
      expect(seen.filter((e) => e.name === 'sync.pulled' || e.name === 'sync.refused')).toEqual([]);
    } finally {
      await services.dispose();
      await server.close();
    }
  });
});
