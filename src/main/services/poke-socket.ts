// The realtime link: a WebSocket to /api/v1/sync/stream that only carries "a new version exists".
// It reconnects with backoff; every (re)connect counts as a reason to pull, since pokes may have been missed.
// It also pings: a socket whose peer vanished without a FIN (cable, NAT, a stalled proxy) looks open for
// minutes, so a missing pong ends it and the agent is told the truth within interval + timeout.
import WebSocket from 'ws';
import { Poke, API_PREFIX } from '../../shared/sync-protocol';
import { backoffDelay, systemClock, type Clock, type TimerHandle } from './ports';

/** The server closes a poke socket with this code when its session ended (sign-out, expiry). */
export const SESSION_ENDED_CLOSE = 4001;
export const RECONNECT_BASE_MS = 250;
export const RECONNECT_MAX_MS = 500;
/** Ping every HEARTBEAT_MS; no pong within HEARTBEAT_TIMEOUT_MS ends the socket (≤ 3 s to notice). */
export const HEARTBEAT_MS = 1000;
export const HEARTBEAT_TIMEOUT_MS = 2000;

export interface PokeSocketOptions {
  serverUrl: string;
  token(): string | null;
  onPoke(version: number): void;
  onOpen(): void;
  onClose?(): void;
  /** The server says the token is no longer good (closed with SESSION_ENDED_CLOSE, or 401 on connect). */
  onRejected?(): void;
  clock?: Clock;
  heartbeatMs?: number;
  heartbeatTimeoutMs?: number;
}

export interface PokeSocket {
  start(): void;
  stop(): void;
  readonly connected: boolean;
}

export function createPokeSocket(opts: PokeSocketOptions): PokeSocket {
  const clock = opts.clock ?? systemClock;
  const url = `${opts.serverUrl.replace(/^http/, 'ws').replace(/\/+$/, '')}${API_PREFIX}/sync/stream`;
  let ws: WebSocket | null = null;
  let running = false;
  let attempt = 0;
  let timer: TimerHandle | null = null;
  let connected = false;
  const beat = { next: null as TimerHandle | null, deadline: null as TimerHandle | null, awaiting: false };

  function stopHeartbeat(): void {
    if (beat.next) clock.clearTimeout(beat.next);
    if (beat.deadline) clock.clearTimeout(beat.deadline);
    beat.next = beat.deadline = null;
    beat.awaiting = false;
  }

  function heartbeat(sock: WebSocket): void {
    beat.next = clock.setTimeout(() => {
      beat.next = null;
      if (ws !== sock) return;
      beat.awaiting = true;
      beat.deadline = clock.setTimeout(() => {
        beat.deadline = null;
        // After a busy spell timers run before pending I/O: let a pong that already arrived be read first.
        setImmediate(() => {
          // No pong: the link is gone even though no FIN arrived. terminate() makes 'close' follow.
          if (ws === sock && beat.awaiting) sock.terminate();
        });
      }, opts.heartbeatTimeoutMs ?? HEARTBEAT_TIMEOUT_MS);
      sock.ping();
    }, opts.heartbeatMs ?? HEARTBEAT_MS);
  }

  function schedule(): void {
    if (!running || timer) return;
    // The socket doubles as the cheap "is the server back?" probe: a TCP connect at most every ~0.5 s, so
    // work done offline syncs within about a second of the network returning (the HTTP retries back off
    // further, and the reconnect resets them).
    const delay = backoffDelay(attempt++, clock.random, RECONNECT_BASE_MS, RECONNECT_MAX_MS);
    timer = clock.setTimeout(() => {
      timer = null;
      connect();
    }, delay);
  }

  function connect(): void {
    const token = opts.token();
    if (!running || !token) return;
    const sock = new WebSocket(url, { headers: { authorization: `Bearer ${token}` }, handshakeTimeout: 10_000 });
    ws = sock;
    sock.on('open', () => {
      attempt = 0;
      connected = true;
      heartbeat(sock);
      opts.onOpen();
    });
    sock.on('pong', () => {
      if (ws !== sock || !beat.awaiting) return;
      beat.awaiting = false;
      if (beat.deadline) clock.clearTimeout(beat.deadline);
      beat.deadline = null;
      heartbeat(sock);
    });
    sock.on('message', (data) => {
      try {
        const poke = Poke.safeParse(JSON.parse(String(data)));
        if (poke.success) opts.onPoke(poke.data.version);
      } catch {
        // Not a poke: ignore; the slow poll covers anything missed.
      }
    });
    sock.on('error', (err) => {
      // 'close' follows and schedules the reconnect.
      if (/Unexpected server response: 401\b/.test(err.message)) opts.onRejected?.();
    });
    sock.on('close', (code) => {
      if (code === SESSION_ENDED_CLOSE) opts.onRejected?.();
      if (ws !== sock) return;
      ws = null;
      stopHeartbeat();
      // A session-ended close came from a reachable server: the 401 that follows says what happened.
      if (connected && code !== SESSION_ENDED_CLOSE) opts.onClose?.();
      connected = false;
      schedule();
    });
  }

  return {
    start() {
      if (running) return;
      running = true;
      attempt = 0;
      connect();
    },
    stop() {
      running = false;
      if (timer) clock.clearTimeout(timer);
      timer = null;
      stopHeartbeat();
      const s = ws;
      ws = null;
      connected = false;
      s?.removeAllListeners('close');
      s?.on('error', () => {});
      s?.terminate();
    },
    get connected() {
      return connected;
    },
  };
}
