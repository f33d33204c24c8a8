// Browser edition: the same contract over a loopback WebSocket to the main-process services running in
// plain Node. The per-launch secret arrives in the URL fragment (never sent to any server), is kept in
// sessionStorage for reloads, and is removed from the address bar.
import type { ApiEventName, ApiEventPayload, ConsoleApi } from '../../shared/api';
import { BRIDGE_PATH, BridgeServerFrame } from '../../shared/bridge-protocol';
import { ConsoleApiError } from './bridge-error';

const SECRET_KEY = 'console.bridgeSecret';
const TIMEOUT_MS = 30_000;

export function takeBridgeSecret(): string | null {
  const m = /(?:^#|&)k=([A-Za-z0-9_-]{16,128})/.exec(window.location.hash);
  if (m) {
    sessionStorage.setItem(SECRET_KEY, m[1]!);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(SECRET_KEY);
}

type Pending = { resolve(v: unknown): void; reject(e: Error): void; timer: ReturnType<typeof setTimeout> };

export function webBridge(secret: string): ConsoleApi {
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${BRIDGE_PATH}?k=${encodeURIComponent(secret)}`;
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let socket: WebSocket | null = null;
  let opened: Promise<WebSocket> | null = null;
  let retryMs = 250;

  const connect = (): Promise<WebSocket> => {
    if (opened) return opened;
    opened = new Promise((resolve, reject) => {
      const ws = new WebSocket(url);
      ws.onopen = () => {
        socket = ws;
        retryMs = 250;
        resolve(ws);
      };
      ws.onmessage = (ev) => onFrame(String(ev.data));
      ws.onclose = () => {
        const wasOpen = socket === ws;
        socket = null;
        opened = null;
        for (const [id, p] of pending) {
          clearTimeout(p.timer);
          p.reject(new ConsoleApiError('internal', 'Lost the connection to the console service. Reload the page.'));
          pending.delete(id);
        }
        if (!wasOpen) reject(new Error('The console service refused this page. Open the address printed by npm start.'));
        // Keep event listeners alive across a service restart.
        else setTimeout(() => void connect().catch(() => undefined), (retryMs = Math.min(retryMs * 2, 5000)));
      };
    });
    return opened;
  };

  function onFrame(text: string) {
    let frame: BridgeServerFrame;
    try {
      frame = BridgeServerFrame.parse(JSON.parse(text));
    } catch {
      return;
    }
    if (frame.t === 'evt') {
      for (const l of listeners.get(frame.name) ?? []) l(frame.payload);
      return;
    }
    const p = pending.get(frame.id);
    if (!p) return;
    pending.delete(frame.id);
    clearTimeout(p.timer);
    if (frame.ok) p.resolve(frame.value);
    else p.reject(new ConsoleApiError(frame.error.code, frame.error.message));
  }

  const api: ConsoleApi = {
    async request(name, input) {
      const ws = socket ?? (await connect());
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new ConsoleApiError('internal', `The console service did not answer "${name}" in time.`));
        }, TIMEOUT_MS);
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer });
        ws.send(JSON.stringify({ t: 'req', id, name, input }));
      });
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
export async function connectWebBridge(secret: string): Promise<ConsoleApi> {
  const api = webBridge(secret);
  await api.request('session.info', {});
  return api;
}
