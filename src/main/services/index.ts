// Composition root of the main-process services (no electron here: the Electron and browser-edition
// adapters pass in their SecretStore and edition).
import { createBackendClient } from './backend-client';
import { createPokeSocket } from './poke-socket';
import { createReportsService, type ReportsService } from './reports-service';
import { createEmitter, systemClock, type Clock, type Emitter, type SecretStore } from './ports';
import { createSessionService, type SessionEvents, type SessionService } from './session-service';
import { createSyncTransport, type SyncTransport, type TransportEvents } from './sync-transport';

export type { Clock, SecretStore } from './ports';
export type { SessionService } from './session-service';
export type { SyncTransport } from './sync-transport';

export type MainEvents = SessionEvents & TransportEvents;

export interface MainServices {
  session: SessionService;
  sync: SyncTransport;
  reports: ReportsService;
  /** Every service event, for the API handlers to forward to the renderer. */
  events: Emitter<MainEvents>;
  dispose(): Promise<void>;
}

export interface MainServicesConfig {
  serverUrl: string;
  secrets: SecretStore;
  edition: 'desktop' | 'browser';
  clock?: Clock;
  /** Where the poke socket connects, when not serverUrl (tests cut it apart from HTTP). */
  streamUrl?: string;
  /** Poke-socket heartbeat (tests: small). */
  poke?: { heartbeatMs?: number; heartbeatTimeoutMs?: number };
}

export function createMainServices(cfg: MainServicesConfig): MainServices {
  const clock = cfg.clock ?? systemClock;
  const events = createEmitter<MainEvents>();
  let token: () => string | null = () => null;
  const backend = createBackendClient({ baseUrl: cfg.serverUrl, token: () => token() });
  const session = createSessionService({ backend, secrets: cfg.secrets, serverUrl: cfg.serverUrl, edition: cfg.edition, events });
  token = () => session.token();
  const sync = createSyncTransport({
    backend,
    events,
    openSocket: (hooks) => createPokeSocket({ serverUrl: cfg.streamUrl ?? cfg.serverUrl, token, clock, onPoke: hooks.onPoke, onOpen: hooks.onOpen, onClose: hooks.onClose, onRejected: hooks.onRejected, ...cfg.poke }),
    onUnauthorized: () => session.expire(),
  });
  const reports = createReportsService({ backend, onUnauthorized: () => session.expire() });
  // The realtime link is open exactly while a session is (a new agent's pokes under a new token).
  let linkedAgent: string | null = null;
  const follow = () => {
    const agentId = session.token() ? (session.info().agent?.id ?? null) : null;
    if (agentId !== linkedAgent) sync.stop();
    linkedAgent = agentId;
    if (agentId) sync.start();
  };
  const unsubscribe = events.subscribe((name) => {
    if (name === 'session.changed') follow();
  });
  void session.ready().then(follow);
  return {
    session,
    sync,
    reports,
    events,
    async dispose() {
      unsubscribe();
      sync.stop();
    },
  };
}
