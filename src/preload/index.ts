// The preload exposes window.consoleApi, implementing the contract's ConsoleApi over two IPC channels, and
// window.consoleSync, which asks main for a MessagePort for the window's sync worker: main posts the port
// here and this forwards it to the window (ports cannot cross contextBridge), which transfers it to the
// worker. window.consoleNotify and window.consoleIdle carry the desktop channel (notifications, badge,
// idle time; src/shared/desktop-api.ts). Nothing else (no ipcRenderer, no node) reaches the page.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ApiEventName, ApiEventPayload, BridgeError, ConsoleApi } from '../shared/api';
import type { ConsoleIdle, ConsoleNotify, DesktopEventName, DesktopEventPayload, DesktopInput, DesktopReply, DesktopRequestName } from '../shared/desktop-api';

// Names as in the contracts (type-only imports keep zod out of the sandboxed preload's bundle).
const REQUEST = 'console:request';
const EVENT = 'console:event';
const SYNC_PORT = 'console:sync-port';
const DESKTOP_REQUEST = 'console:desktop';
const DESKTOP_EVENT = 'console:desktop-event';

type Reply = { ok: true; value: unknown } | { ok: false; error: BridgeError };

const consoleApi = {
  async request(name, input) {
    const reply = (await ipcRenderer.invoke(REQUEST, name, input)) as Reply;
    if (reply.ok) return reply.value as never;
    throw Object.assign(new Error(reply.error.reason), { name: 'ConsoleApiError', code: reply.error.code, reason: reply.error.reason, params: reply.error.params });
  },
  on<N extends ApiEventName>(name: N, listener: (payload: ApiEventPayload<N>) => void) {
    const handler = (_e: IpcRendererEvent, n: string, payload: unknown) => {
      if (n === name) listener(payload as ApiEventPayload<N>);
    };
    ipcRenderer.on(EVENT, handler);
    return () => void ipcRenderer.removeListener(EVENT, handler);
  },
} satisfies ConsoleApi;

const desktop = <N extends DesktopRequestName>(name: N, input: DesktopInput<N>) => ipcRenderer.invoke(DESKTOP_REQUEST, name, input) as Promise<DesktopReply<N>>;
function onDesktop<N extends DesktopEventName>(name: N, listener: (payload: DesktopEventPayload<N>) => void): () => void {
  const handler = (_e: IpcRendererEvent, n: string, payload: unknown) => {
    if (n === name) listener(payload as DesktopEventPayload<N>);
  };
  ipcRenderer.on(DESKTOP_EVENT, handler);
  return () => void ipcRenderer.removeListener(DESKTOP_EVENT, handler);
}

const consoleNotify = {
  show: (n) => desktop('notify.show', n),
  close: (tag) => desktop('notify.close', { tag }),
  setBadge: (count, label) => desktop('notify.badge', label === undefined ? { count } : { count, label }),
  onAction: (cb) => onDesktop('notify.action', cb),
  permission: () => 'granted' as const,
} satisfies ConsoleNotify;

const consoleIdle = {
  watch: (minutes) => desktop('presence.watchIdle', { minutes }),
  onIdle: (cb) => onDesktop('presence.idle', cb),
  onActive: (cb) => onDesktop('presence.active', () => cb()),
} satisfies ConsoleIdle;

contextBridge.exposeInMainWorld('consoleApi', consoleApi);
contextBridge.exposeInMainWorld('consoleNotify', consoleNotify);
contextBridge.exposeInMainWorld('consoleIdle', consoleIdle);
contextBridge.exposeInMainWorld('consoleSync', { openPort: () => ipcRenderer.send(SYNC_PORT) });
// The preload runs in the window (its DOM is there), but is typed as node code.
const page = globalThis as unknown as { postMessage(message: unknown, targetOrigin: string, transfer: unknown[]): void };
ipcRenderer.on(SYNC_PORT, (e) => page.postMessage({ type: SYNC_PORT }, '*', [...e.ports]));
