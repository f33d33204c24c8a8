// Desktop edition: the preload's window.consoleApi is the bridge; the sync worker gets its own
// MessagePort from main (the preload forwards it to this window, which hands it to the worker).
import type { ConsoleApi } from '../../shared/api';

/** The message the preload posts to this window with the port main created. */
export const SYNC_PORT_MESSAGE = 'console:sync-port';

export function electronBridge(): ConsoleApi | null {
  return window.consoleApi ?? null;
}

export function requestSyncPort(): Promise<MessagePort> {
  return new Promise((resolve) => {
    const onMessage = (e: MessageEvent) => {
      const data = e.data as { type?: unknown } | null;
      if (e.source !== window || data?.type !== SYNC_PORT_MESSAGE || !e.ports[0]) return;
      window.removeEventListener('message', onMessage);
      resolve(e.ports[0]);
    };
    window.addEventListener('message', onMessage);
    window.consoleSync?.openPort();
  });
}
