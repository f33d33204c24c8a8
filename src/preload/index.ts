// The preload exposes window.consoleApi, implementing the contract's ConsoleApi over two IPC channels, and
// window.consoleSync, which asks main for a MessagePort for the window's sync worker: main posts the port
// here and this forwards it to the window (ports cannot cross contextBridge), which transfers it to the
// worker. Nothing else (no ipcRenderer, no node) reaches the page.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ApiEventName, ApiEventPayload, BridgeError, ConsoleApi } from '../shared/api';

const REQUEST = 'console:request';
const EVENT = 'console:event';
const SYNC_PORT = 'console:sync-port';

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

contextBridge.exposeInMainWorld('consoleApi', consoleApi);
contextBridge.exposeInMainWorld('consoleSync', { openPort: () => ipcRenderer.send(SYNC_PORT) });
// The preload runs in the window (its DOM is there), but is typed as node code.
const page = globalThis as unknown as { postMessage(message: unknown, targetOrigin: string, transfer: unknown[]): void };
ipcRenderer.on(SYNC_PORT, (e) => page.postMessage({ type: SYNC_PORT }, '*', [...e.ports]));
