import type { ConsoleApi } from '../shared/api';

declare global {
  interface Window {
    /** Present in the desktop edition only (see src/renderer/bridge). */
    consoleApi?: ConsoleApi;
  }
}
export {};
