// Picks the bridge to the main-process services at start-up: preload (desktop) or loopback WebSocket
// (browser edition), and how this window's sync worker reaches main. Platform variants live in sibling
// files; this is the only chooser.
import type { ConsoleApi } from '../../shared/api';
import type { WorkerLink } from '../sync-loop/channel';
import { electronBridge, requestSyncPort } from './bridge.electron';
import { connectWebBridge, takeBridgeSecret } from './bridge.web';

export { ConsoleApiError } from './bridge-error';

export interface ConsoleBridge {
  api: ConsoleApi;
  /** How a new sync worker reaches main: its own loopback socket, or a port main hands this window. */
  workerLink(): { link: WorkerLink; port?: Promise<MessagePort> };
}

export async function getConsoleBridge(): Promise<ConsoleBridge> {
  const desktop = electronBridge();
  if (desktop) return { api: desktop, workerLink: () => ({ link: { kind: 'port' }, port: requestSyncPort() }) };
  const secret = takeBridgeSecret();
  if (!secret) {
    throw new Error('This page was opened without its access key. Open the address printed by npm start (it ends in #k=…).');
  }
  return { api: await connectWebBridge(secret), workerLink: () => ({ link: { kind: 'web', secret } }) };
}
