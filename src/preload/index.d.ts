import type { ConsoleApi } from '../shared/api';

declare global {
  interface Window {
    /** Present in the desktop edition only (see src/renderer/bridge). */
    consoleApi?: ConsoleApi;
    /** Desktop edition: asks main for a MessagePort for this window's sync worker (posted back to the window). */
    consoleSync?: { openPort(): void };
  }
}
export {};
