// Which Notifier this window uses: the desktop one when the preload exposes window.consoleNotify (wrapped by
// notifier-electron.ts), else the browser edition's page notifications.
import type { ConsoleNotify } from '../../shared/desktop-api';
import type { Notifier } from './notifier';
import { webNotifier } from './notifier-web';

export function chooseNotifier(win: Window & typeof globalThis, desktop?: (bridge: ConsoleNotify) => Notifier): Notifier {
  const bridge = (win as { consoleNotify?: ConsoleNotify }).consoleNotify;
  return bridge && desktop ? desktop(bridge) : webNotifier(win);
}
