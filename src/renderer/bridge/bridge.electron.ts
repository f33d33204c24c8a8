// Desktop edition: the preload's window.consoleApi is the bridge.
import type { ConsoleApi } from '../../shared/api';

export function electronBridge(): ConsoleApi | null {
  const api = (window as unknown as { consoleApi?: ConsoleApi }).consoleApi;
  return api ?? null;
}
