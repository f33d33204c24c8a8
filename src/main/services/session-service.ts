// The agent's session: login/logout against the server, kept in the SecretStore so a restart while
// offline still knows who is signed in (the replica and its pending changes belong to that agent).
import { z } from 'zod';
import { Agent } from '../../shared/domain';
import type { SessionInfo } from '../../shared/api';
import { BackendError, type BackendClient } from './backend-client';
import type { EventSink, SecretStore } from './ports';

const Stored = z.object({ token: z.string(), agent: Agent, serverUrl: z.string() });
type Stored = z.infer<typeof Stored>;

export interface SessionEvents {
  'session.changed': SessionInfo;
}

export interface SessionService {
  /** Resolves once the stored session is loaded. */
  ready(): Promise<void>;
  info(): SessionInfo;
  token(): string | null;
  login(email: string, password: string): Promise<SessionInfo>;
  logout(): Promise<void>;
  /** The server answered 401: the token is no longer valid; the agent signs in again. */
  expire(): Promise<void>;
}

export function createSessionService(deps: {
  backend: BackendClient;
  secrets: SecretStore;
  serverUrl: string;
  edition: 'desktop' | 'browser';
  events: EventSink<SessionEvents>;
}): SessionService {
  let current: Stored | null = null;
  const loaded = (async () => {
    try {
      const raw = await deps.secrets.load();
      const parsed = raw ? Stored.safeParse(JSON.parse(raw)) : null;
      // A session for another server is not ours to reuse.
      if (parsed?.success && parsed.data.serverUrl === deps.serverUrl) current = parsed.data;
    } catch {
      current = null;
    }
  })();

  const info = (): SessionInfo => ({
    agent: current?.agent ?? null,
    serverUrl: deps.serverUrl,
    secureStorage: deps.secrets.isSecure(),
    edition: deps.edition,
  });
  const changed = () => deps.events.emit('session.changed', info());

  return {
    ready: () => loaded,
    info,
    token: () => current?.token ?? null,
    async login(email, password) {
      await loaded;
      const res = await deps.backend.login({ email, password });
      current = { token: res.token, agent: res.agent, serverUrl: deps.serverUrl };
      await deps.secrets.save(JSON.stringify(current));
      changed();
      return info();
    },
    async logout() {
      await loaded;
      if (current) {
        try {
          await deps.backend.logout();
        } catch (err) {
          // Offline or already expired: the token is forgotten locally either way.
          if (!(err instanceof BackendError)) throw err;
        }
      }
      current = null;
      await deps.secrets.clear();
      changed();
    },
    async expire() {
      if (!current) return;
      current = null;
      await deps.secrets.clear();
      changed();
    },
  };
}
