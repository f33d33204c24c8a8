// The renderer↔main API: one contract carried by Electron IPC (desktop) or a loopback WebSocket
// (browser edition). Main parses every request with these schemas before any handler runs.
import { z } from 'zod';
import { Email, Int32, PLAIN_TEXT, text } from './bounds';
import { Agent, Id, Instant } from './domain';
import { RawMutation } from './mutations';
import { WireReason } from './reasons';
import { KpiReportResponse, MAX_PUSH_BATCH, PullResponse, PushResponse, SnapshotToken } from './sync-protocol';

const Empty = z.object({}).strict();

/** A KPI report's period and grouping (the server checks the period's length and who asks). */
export const KpiReportRequest = z
  .object({ from: Instant, to: Instant, groupBy: z.enum(['tier', 'agent', 'channel']), interval: z.enum(['day']).optional() })
  .strict();
export type KpiReportRequest = z.infer<typeof KpiReportRequest>;
/** The largest KPI CSV main passes on (a year by agent is far below it). */
export const MAX_KPI_CSV_CHARS = 8_000_000;

/**
 * What the sync loop tells every window of its replica (renderer-internal: the worker broadcasts it).
 * service_gone: the console's own background service (main / the browser edition's service) is gone.
 */
export const SyncState = z.enum(['offline', 'connecting', 'syncing', 'online', 'service_gone']);
export const SyncStatus = z.object({
  state: SyncState,
  /** Mutations not yet acknowledged by the server. */
  pending: Int32,
  lastSyncedAt: Instant.nullable(),
  /** What went wrong last, as a reason the indicator puts in words (cleared by the next success). */
  lastError: WireReason.nullable(),
  /** The first sync: rows received so far and, once the server has said, about how many in all. */
  initialLoad: z.object({ received: Int32, total: Int32.nullable().default(null), done: z.boolean() }).nullable(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

export const SessionInfo = z.object({
  agent: Agent.nullable(),
  serverUrl: text(2000),
  /** False where the OS offers only plain-text storage for the session token. */
  secureStorage: z.boolean(),
  /** 'desktop' (Electron) or 'browser' (the browser edition). */
  edition: z.enum(['desktop', 'browser']),
  /** Set when the console refuses its configured backend address (main/security/backend-url): no services run. */
  backendRefused: z.enum(['invalid_backend_url', 'insecure_backend_url']).optional(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

/** Requests: renderer → main. Each has an input schema and an output schema. */
export const ApiRequests = {
  'session.info': { input: Empty, output: SessionInfo },
  'session.login': {
    input: z.object({ email: Email, password: text(200).min(1) }).strict(),
    output: SessionInfo,
  },
  'session.logout': { input: Empty, output: z.object({ ok: z.literal(true) }) },
  /**
   * The sync loop (a worker beside the replica) pushes through main, which holds the token. agentId is the
   * replica's owner: main refuses it unless that agent is the one signed in, so one agent's outbox never
   * travels under another's token.
   */
  'sync.push': {
    input: z.object({ agentId: Id, clientId: Id, mutations: z.array(RawMutation).min(1).max(MAX_PUSH_BATCH) }).strict(),
    output: PushResponse,
  },
  /** One pull page for the sync loop (first sync: a snapshot page; then catch-up by version). */
  'sync.pull': {
    input: z
      .object({ agentId: Id, clientId: Id, cursor: Int32.nullable(), ackedMutationId: Int32, snapshot: SnapshotToken.optional() })
      .strict(),
    output: PullResponse,
  },
  /** A supervisor's KPI report, fetched by main with the session token (GET /reports/kpis). */
  'reports.kpis': { input: KpiReportRequest, output: KpiReportResponse },
  /** The same report as the server's CSV, for the console to save as a file. */
  'reports.kpisCsv': { input: KpiReportRequest, output: z.object({ csv: z.string().max(MAX_KPI_CSV_CHARS), fileName: text(100) }) },
  'app.openExternal': {
    input: z.object({ url: z.url().max(2000).regex(PLAIN_TEXT, 'control_characters') }).strict(),
    output: z.object({ ok: z.boolean() }),
  },
} as const;

export type ApiRequestName = keyof typeof ApiRequests;
export type ApiInput<N extends ApiRequestName> = z.input<(typeof ApiRequests)[N]['input']>;
export type ApiOutput<N extends ApiRequestName> = z.infer<(typeof ApiRequests)[N]['output']>;

/** Events: main → renderer. */
export const ApiEvents = {
  /** The server has a new version (a poke on main's realtime link): the sync loop pulls if it is behind. */
  'sync.poke': z.object({ version: Int32 }),
  /**
   * Main's realtime link to the backend opened (pokes may have been missed: pull) or closed (the backend is
   * unreachable now: the loop says Offline without waiting for a failed request). rejected: the server ended
   * the session; a pull finds out at once.
   */
  'sync.link': z.object({ up: z.boolean(), rejected: z.boolean().default(false) }),
  'session.changed': SessionInfo,
} as const;

export type ApiEventName = keyof typeof ApiEvents;
export type ApiEventPayload<N extends ApiEventName> = z.infer<(typeof ApiEvents)[N]>;

/** The object the preload exposes as window.consoleApi (and the browser bridge implements). */
export interface ConsoleApi {
  request<N extends ApiRequestName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>>;
  on<N extends ApiEventName>(name: N, listener: (payload: ApiEventPayload<N>) => void): () => void;
}

/** An error that crossed the bridge: a class for the UI to branch on, and its reason with parameters. */
export const BridgeError = z.object({
  /** too_large: the backend refused the request's size (413); the sync loop halves its batch. */
  code: z.enum(['invalid', 'unauthorized', 'forbidden', 'offline', 'server', 'too_large', 'internal']),
  ...WireReason.shape,
});
export type BridgeError = z.infer<typeof BridgeError>;
