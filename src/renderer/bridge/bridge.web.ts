// Browser edition: the same contract over a loopback WebSocket to the main-process services running in
// plain Node. The per-launch secret arrives in the URL fragment (never sent to any server), is kept in
// sessionStorage for reloads, and is removed from the address bar.
//
// The console service can stop (killed, restarted by npm start) while the page stays open. The bridge then
// says so itself (onService(false): the sync loop shows 'service_gone', since nothing can be sent) and
// reconnects with backoff; a service that stays connected but stops answering its heartbeat counts as gone
// too. Once back, it says onService(true) and replays the service's session as 'session.changed', so the
// sync loop resumes (or the page shows sign-in if the session did not survive).
// The same client carries the contract over a MessagePort (see port-socket.ts) in the desktop edition.
import type { ApiEventName, ApiEventPayload, ConsoleApi, SessionInfo } from '../../shared/api';
import { BRIDGE_PATH, BridgeServerFrame } from '../../shared/bridge-protocol';
import { reason } from '../../shared/reasons';
import { ConsoleApiError } from './bridge-error';

const SECRET_KEY = 'console.bridgeSecret';

export function takeBridgeSecret(): string | null {
  const m = /(?:^#|&)k=([A-Za-z0-9_-]{16,128})/.exec(window.location.hash);
  if (m) {
    sessionStorage.setItem(SECRET_KEY, m[1]!);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(SECRET_KEY);
}

/** What the bridge needs of a WebSocket (the browser's, or `ws` in Node tests). */
export interface SocketLike {
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  send(data: string): void;
  close(): void;
}

export interface WebBridgeOptions {
  url?: string;
  createSocket?: (url: string) => SocketLike;
  timeoutMs?: number;
  /** A quiet link is checked this often; no answer within heartbeatTimeoutMs counts as a gone service. */
  heartbeatMs?: number;
  heartbeatTimeoutMs?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** The console's background service went away (false) or is back (true). */
  onService?: (up: boolean) => void;
}

type Pending = { resolve(v: unknown): void; reject(e: Error): void; timer: ReturnType<typeof setTimeout> };

export function webBridge(secret: string, opts: WebBridgeOptions = {}): ConsoleApi {
  const url = opts.url ?? `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${BRIDGE_PATH}?k=${encodeURIComponent(secret)}`;
  const createSocket = opts.createSocket ?? ((u: string) => new WebSocket(u) as unknown as SocketLike);
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const heartbeatMs = opts.heartbeatMs ?? 5_000;
  const heartbeatTimeoutMs = opts.heartbeatTimeoutMs ?? 3_000;
  const retryBaseMs = opts.retryBaseMs ?? 250;
  const retryMaxMs = opts.retryMaxMs ?? 5_000;
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let socket: SocketLike | null = null;
  let opened: Promise<SocketLike> | null = null;
  let everOpen = false;
  let gone = false;
  let retryMs = retryBaseMs;
  let beat: ReturnType<typeof setTimeout> | null = null;

  const emit = (name: string, payload: unknown) => {
    for (const l of [...(listeners.get(name) ?? [])]) l(payload);
  };

  function markGone(): void {
    if (gone) return;
    gone = true;
    // Main cannot say it is gone: the page's side says it.
    opts.onService?.(false);
  }

  function scheduleReconnect(): void {
    const delay = Math.round(retryMs * (0.5 + Math.random()));
    retryMs = Math.min(retryMs * 2, retryMaxMs);
    setTimeout(() => void connect().catch(() => undefined), delay);
  }

  /** Ends this socket's life as far as the bridge is concerned (closed, or silent past its heartbeat). */
  function drop(ws: SocketLike): void {
    ws.onopen = ws.onmessage = ws.onclose = null;
    if (beat) clearTimeout(beat);
    beat = null;
    const wasOpen = socket === ws;
    socket = null;
    opened = null;
    for (const [id, p] of pending) {
      clearTimeout(p.timer);
      p.reject(new ConsoleApiError('offline', reason('service_stopped')));
      pending.delete(id);
    }
    if (wasOpen) ws.close();
    if (everOpen) {
      markGone();
      scheduleReconnect();
    }
  }

  function armHeartbeat(ws: SocketLike): void {
    if (beat) clearTimeout(beat);
    beat = setTimeout(() => {
      beat = null;
      if (socket !== ws) return;
      const check = setTimeout(() => socket === ws && drop(ws), heartbeatTimeoutMs);
      send(ws, 'session.info', {}, heartbeatTimeoutMs * 2)
        .then(() => {
          clearTimeout(check);
          if (socket === ws) armHeartbeat(ws);
        })
        .catch(() => clearTimeout(check));
    }, heartbeatMs);
  }

  const connect = (): Promise<SocketLike> => {
    if (opened) return opened;
    opened = new Promise((resolve, reject) => {
      const ws = createSocket(url);
      ws.onopen = () => {
        socket = ws;
        retryMs = retryBaseMs;
        const back = gone;
        everOpen = true;
        gone = false;
        armHeartbeat(ws);
        resolve(ws);
        if (back) {
          opts.onService?.(true);
          void replaySession(ws);
        }
      };
      ws.onmessage = (ev) => onFrame(String(ev.data));
      ws.onclose = () => {
        const first = !everOpen;
        drop(ws);
        if (first) reject(new Error('The console service refused this page. Open the address printed by npm start.'));
        else reject(new ConsoleApiError('offline', reason('service_not_running')));
      };
    });
    return opened;
  };

  async function replaySession(ws: SocketLike): Promise<void> {
    try {
      emit('session.changed', (await send(ws, 'session.info', {}, timeoutMs)) as SessionInfo);
    } catch {
      // Gone again already: the next reconnect replays it.
    }
  }

  function onFrame(text: string) {
    let frame: BridgeServerFrame;
    try {
      frame = BridgeServerFrame.parse(JSON.parse(text));
    } catch {
      return;
    }
    if (frame.t === 'evt') {
      emit(frame.name, frame.payload);
      return;
    }
    const p = pending.get(frame.id);
    if (!p) return;
    pending.delete(frame.id);
    clearTimeout(p.timer);
    if (frame.ok) p.resolve(frame.value);
    else p.reject(new ConsoleApiError(frame.error.code, frame.error));
  }

  function send(ws: SocketLike, name: string, input: unknown, ms: number): Promise<unknown> {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new ConsoleApiError('internal', reason('service_timeout', { name: name.slice(0, 64) })));
      }, ms);
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer });
      ws.send(JSON.stringify({ t: 'req', id, name, input }));
    });
  }

  const api: ConsoleApi = {
    async request(name, input) {
      // While the service is gone, fail at once (the caller keeps its work locally) instead of waiting.
      if (gone && !socket) throw new ConsoleApiError('offline', reason('service_not_running'));
      const ws = socket ?? (await connect());
      return (await send(ws, name, input, timeoutMs)) as never;
    },
    on<N extends ApiEventName>(name: N, listener: (payload: ApiEventPayload<N>) => void) {
      let set = listeners.get(name);
      if (!set) listeners.set(name, (set = new Set()));
      const l = listener as (p: unknown) => void;
      set.add(l);
      return () => set.delete(l);
    },
  };
  return api;
}

/** Opens the socket before the UI starts, so a refused page fails at once with a clear message. */
export async function connectWebBridge(secret: string, opts?: WebBridgeOptions): Promise<ConsoleApi> {
  const api = webBridge(secret, opts);
  await api.request('session.info', {});
  return api;
}
