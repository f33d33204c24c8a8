import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { SessionInfo } from '../../shared/api';
import type { Agent } from '../../shared/domain';
import type { RawMutation } from '../../shared/mutations';
import { reason } from '../../shared/reasons';
import { BackendError, type BackendClient } from './backend-client';
import { createMainServices, type MainEvents } from './index';
import { createEmitter } from './ports';
import { createMemorySecretStore } from './secret-store-memory';
import { createSessionService, type SessionEvents } from './session-service';
import { createApiHandlers } from '../api/handlers';
import { createInProcessApi } from '../api/in-process';

const anna: Agent = { id: '0193a000-0000-7000-8000-0000000000a1', name: 'Anna Kovács', email: 'agent1@demo.local', role: 'agent', tier: 1, presence: 'available', cap: null, presenceSince: null, version: 1 };

function backend(online: { value: boolean }): BackendClient {
  const down = () => Promise.reject(new BackendError('offline', reason('unreachable')));
  return {
    login: async ({ password }) => {
      if (!online.value) return down();
      if (password !== 'demo') throw new BackendError('unauthorized', reason('wrong_credentials'), 401);
      return { token: 'tok', agent: anna };
    },
    logout: async () => (online.value ? undefined : down()),
    me: down,
    push: down,
    pull: down,
    kpis: down,
    kpisCsv: down,
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
          : [401, { error: 'session_expired', reason: 'session_expired', params: {} }];
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, calls, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe('main as the sync transport', () => {
  const outbox: RawMutation[] = [
    { id: 1, name: 'setPresence', args: { presence: 'busy' } },
    { id: 2, name: 'setPresence', args: { presence: 'available' } },
  ];
  const clientId = '0193a000-0000-7000-8000-0000000000c1';

  it.each([
    ['push', { agentId: anna.id, clientId, mutations: outbox }],
    ['pull', { agentId: anna.id, clientId, cursor: 7, ackedMutationId: 0 }],
  ] as const)('%s answered 401: the request fails as unauthorized and the agent is signed out (token gone)', async (path, input) => {
    const server = await expiringServer();
    const secrets = createMemorySecretStore();
    // The poke socket goes nowhere: this is about the HTTP answers.
    const services = createMainServices({ serverUrl: server.url, streamUrl: 'http://127.0.0.1:9', secrets, edition: 'desktop' });
    const api = createInProcessApi(createApiHandlers(services));
    const seen: { name: keyof MainEvents; payload: unknown }[] = [];
    services.events.subscribe((name, payload) => seen.push({ name, payload }));
    try {
      await services.session.ready();
      await services.session.login('agent1@demo.local', 'demo');
      const answer = path === 'push' ? api.request('sync.push', input as never) : api.request('sync.pull', input as never);
      await expect(answer).rejects.toMatchObject({ code: 'unauthorized' });
      expect(server.calls.filter((c) => c.path !== '/api/v1/auth/login').map((c) => c.path)).toEqual([`/api/v1/sync/${path}`]);
      // Main adds the token and strips the agent id; the body is the sync protocol's, nothing else.
      const body = server.calls[1]!.body as Record<string, unknown>;
      expect(body.agentId).toBeUndefined();
      if (path === 'push') expect(body.mutations).toEqual(outbox);
      const sessions = seen.filter((e) => e.name === 'session.changed').map((e) => (e.payload as SessionInfo).agent);
      expect(sessions).toEqual([anna, null]);
      expect(services.session.token()).toBeNull();
      expect(await secrets.load()).toBeNull();
    } finally {
      await services.dispose();
      await server.close();
    }
  });

  it("refuses another agent's replica without sending anything: one agent's outbox never travels under another's token", async () => {
    const server = await expiringServer();
    const services = createMainServices({ serverUrl: server.url, streamUrl: 'http://127.0.0.1:9', secrets: createMemorySecretStore(), edition: 'desktop' });
    const api = createInProcessApi(createApiHandlers(services));
    try {
      await services.session.login('agent1@demo.local', 'demo');
      const other = '0193a000-0000-7000-8000-0000000000b2';
      await expect(api.request('sync.push', { agentId: other, clientId, mutations: outbox })).rejects.toMatchObject({ code: 'unauthorized' });
      await expect(api.request('sync.pull', { agentId: other, clientId, cursor: null, ackedMutationId: 0 })).rejects.toMatchObject({ code: 'unauthorized' });
      expect(server.calls.map((c) => c.path)).toEqual(['/api/v1/auth/login']);
      expect(services.session.info().agent).toEqual(anna);
    } finally {
      await services.dispose();
      await server.close();
    }
  });
});
