// The API channel: every request passes the sender check (top frame of our origin) and then dispatch(),
// which parses the payload with the contract's schema before any handler runs. The other channels
// (desktop-ipc.ts, sync-port.ts) run the same sender check, fromOurTopFrame, first.
import { ipcMain, type BrowserWindow, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import { reason } from '../../shared/reasons';
import { dispatch } from '../api/dispatch';
import type { ApiHandlers } from '../api/handlers';
import { isTrustedSender } from '../security/app-origin';

const REQUEST = 'console:request';
const EVENT = 'console:event';

/** The check every channel runs first (this one, the desktop channel, the sync ports): our own top frame. */
export function fromOurTopFrame(event: IpcMainInvokeEvent | IpcMainEvent, devServerUrl: string | null): boolean {
  const frame = event.senderFrame;
  return isTrustedSender(frame ? { url: frame.url, isMainFrame: frame === event.sender.mainFrame } : null, devServerUrl);
}

export function exposeApi(handlers: ApiHandlers, window: () => BrowserWindow | null, devServerUrl: string | null): () => void {
  ipcMain.handle(REQUEST, async (event: IpcMainInvokeEvent, name: unknown, input: unknown) => {
    if (!fromOurTopFrame(event, devServerUrl)) {
      console.warn('refused an API call from an untrusted frame');
      return { ok: false, error: { code: 'forbidden', ...reason('page_not_allowed') } };
    }
    return dispatch(handlers, name, input);
  });
  const unsubscribe = handlers.subscribe((name, payload) => {
    const w = window();
    if (w && !w.isDestroyed()) w.webContents.send(EVENT, name, payload);
  });
  return () => {
    ipcMain.removeHandler(REQUEST);
    unsubscribe();
  };
}
