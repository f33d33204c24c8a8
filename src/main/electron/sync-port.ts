// Desktop edition: each window's sync worker talks to main over its own MessagePort, so sync traffic never
// runs on the window's UI thread. The window asks (through the preload); main checks the sender as for
// every IPC call, creates a MessageChannelMain, serves the contract's frames on one end and posts the other
// to that window (the preload hands it on, the window transfers it to the worker).
import { ipcMain, MessageChannelMain, type IpcMainEvent } from 'electron';
import type { ApiHandlers } from '../api/handlers';
import { serveFrames } from '../api/serve-frames';
import { fromOurTopFrame } from './ipc';

export const SYNC_PORT = 'console:sync-port';

export function exposeSyncPorts(handlers: ApiHandlers, devServerUrl: string | null): () => void {
  const open = new Set<{ close(): void }>();
  const onAsk = (event: IpcMainEvent) => {
    if (!fromOurTopFrame(event, devServerUrl)) {
      console.warn('refused a sync port to an untrusted frame');
      return;
    }
    const { port1, port2 } = new MessageChannelMain();
    let live = true;
    const link = serveFrames(handlers, {
      send: (text) => port1.postMessage(text),
      refuse: () => port1.close(),
      isOpen: () => live,
    });
    const end = { close: () => port1.close() };
    open.add(end);
    port1.on('message', (e) => link.receive(e.data));
    port1.on('close', () => {
      live = false;
      link.dispose();
      open.delete(end);
    });
    port1.start();
    event.sender.postMessage(SYNC_PORT, null, [port2]);
  };
  ipcMain.on(SYNC_PORT, onAsk);
  return () => {
    ipcMain.removeListener(SYNC_PORT, onAsk);
    for (const p of [...open]) p.close();
  };
}
