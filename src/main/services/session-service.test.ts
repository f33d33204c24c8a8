import { describe, expect, it } from 'vitest';
import type { SessionInfo } from '../../shared/api';
import type { Agent } from '../../shared/domain';
import { BackendError, type BackendClient } from './backend-client';
import { createEmitter } from './ports';
import { createMemorySecretStore } from './secret-store-memory';
import { createSessionService, type SessionEvents } from './session-service';

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
