import type { ConsoleApi } from '../shared/api';
import type { ConsoleIdle, ConsoleNotify } from '../shared/desktop-api';

declare global {
  interface Window {
    /** Present in the desktop edition only (see src/renderer/bridge). */
    consoleApi?: ConsoleApi;
    /** Desktop edition: asks main for a MessagePort for this window's sync worker (posted back to the window). */
    consoleSync?: { openPort(): void };
    /** Desktop edition: notifications shown by main, their clicks, the badge (see notify/notifier-electron.ts). */
    consoleNotify?: ConsoleNotify;
    /** Desktop edition: the OS idle time crossing the threshold this window set, and input coming back. */
    consoleIdle?: ConsoleIdle;
  }
}
export {};
