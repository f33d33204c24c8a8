// Picks the bridge to the main-process services at start-up: preload (desktop) or loopback WebSocket
// (browser edition). Platform variants live in sibling files; this is the only chooser.
import type { ConsoleApi } from '../../shared/api';
import { electronBridge } from './bridge.electron';
import { connectWebBridge, takeBridgeSecret } from './bridge.web';

export { ConsoleApiError } from './bridge-error';

export async function getConsoleApi(): Promise<ConsoleApi> {
  const desktop = electronBridge();
  if (desktop) return desktop;
  const secret = takeBridgeSecret();
  if (!secret) {
    throw new Error('This page was opened without its access key. Open the address printed by npm start (it ends in #k=…).');
  }
  return connectWebBridge(secret);
}
