// The renderer↔main API: one contract carried by Electron IPC (desktop) or a loopback WebSocket
// (browser edition). Main parses every request with these schemas before any handler runs.
import { z } from 'zod';
import { Email, Int32, PLAIN_TEXT, text, words } from './bounds';
import { Agent, Id, Instant } from './domain';
import { Refusal, RawMutation } from './mutations';
import { Change, MAX_ERROR_MESSAGE, MAX_OUTBOX, MAX_PULL_CHANGES } from './sync-protocol';

const Empty = z.object({}).strict();

export const OutboxMutation = RawMutation;

/** service_gone: said by the renderer's bridge itself when the console's own background service is gone. */
export const SyncState = z.enum(['offline', 'connecting', 'syncing', 'online', 'service_gone']);
export const SyncStatus = z.object({
  state: SyncState,
  /** Mutations not yet acknowledged by the server. */
  pending: Int32,
  lastSyncedAt: Instant.nullable(),
  /** What went wrong last, in words for the agent (cleared by the next success). */
  lastError: words(MAX_ERROR_MESSAGE).nullable(),
  /** Progress of the first full load: rows received so far; null when no first load is running. */
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
  /** The renderer's replica (re)attaches: its client id, cursor and every pending outbox mutation. */
  'sync.attach': {
    input: z
      .object({
        clientId: Id,
        cursor: Int32.nullable(),
        ackedMutationId: Int32,
        mutations: z.array(OutboxMutation).max(MAX_OUTBOX),
      })
      .strict(),
    output: z.object({ ok: z.literal(true) }),
  },
  /** New local mutations, already committed to the outbox with their entity writes. */
  'sync.enqueue': {
    input: z.object({ mutations: z.array(OutboxMutation).min(1).max(10_000) }).strict(),
    output: z.object({ ok: z.literal(true) }),
  },
  /** The replica applied a pulled batch up to this cursor. */
  'sync.ack': {
    input: z
      .object({ cursor: Int32, ackedMutationId: Int32 })
      .strict(),
    output: z.object({ ok: z.literal(true) }),
  },
  /** Try now (the agent pressed "retry", or the replica wants a pull). */
  'sync.now': { input: Empty, output: z.object({ ok: z.literal(true) }) },
  'app.openExternal': {
    input: z.object({ url: z.url().max(2000).regex(PLAIN_TEXT, 'control characters are not allowed') }).strict(),
    output: z.object({ ok: z.boolean() }),
  },
} as const;

export type ApiRequestName = keyof typeof ApiRequests;
export type ApiInput<N extends ApiRequestName> = z.input<(typeof ApiRequests)[N]['input']>;
export type ApiOutput<N extends ApiRequestName> = z.infer<(typeof ApiRequests)[N]['output']>;

/** Events: main → renderer. */
export const ApiEvents = {
  'sync.status': SyncStatus,
  /** A pulled batch for the replica to apply (rebase), then ack; or a refetch order. */
  'sync.pulled': z.union([
    z.object({
      refetch: z.literal(false),
      cursor: Int32,
      lastMutationId: Int32,
      changes: z.array(Change).max(MAX_PULL_CHANGES),
      refused: z.array(Refusal).max(MAX_OUTBOX),
      more: z.boolean(),
    }),
    z.object({ refetch: z.literal(true) }),
  ]),
  /** Mutations the server refused (known from a push answer); the replica rolls them back on the next pull. */
  'sync.refused': z.object({ refused: z.array(Refusal).max(MAX_OUTBOX) }),
  'session.changed': SessionInfo,
} as const;

export type ApiEventName = keyof typeof ApiEvents;
export type ApiEventPayload<N extends ApiEventName> = z.infer<(typeof ApiEvents)[N]>;

/** The object the preload exposes as window.consoleApi (and the browser bridge implements). */
export interface ConsoleApi {
  request<N extends ApiRequestName>(name: N, input: ApiInput<N>): Promise<ApiOutput<N>>;
  on<N extends ApiEventName>(name: N, listener: (payload: ApiEventPayload<N>) => void): () => void;
}

/** An error that crossed the bridge: code for the UI to branch on, message in words. */
export const BridgeError = z.object({
  code: z.enum(['invalid', 'unauthorized', 'forbidden', 'offline', 'server', 'internal']),
  message: words(MAX_ERROR_MESSAGE),
});
export type BridgeError = z.infer<typeof BridgeError>;
