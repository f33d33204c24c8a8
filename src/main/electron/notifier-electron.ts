// The Notifier port over Electron's Notification. Main shows only what a window asked for; this adapter
// maps a request onto what each OS offers and keeps a reference to every notification still on screen:
// Electron drops the click handlers of a notification that was garbage-collected.
import { Notification, type NotificationConstructorOptions } from 'electron';
import { actionListeners, type DesktopNotification, type MainNotifier, type NotifyActionEvent } from '../services/notifier';

/** A macOS system sound (/System/Library/Sounds) for urgent work: distinct from the default chime. */
export const URGENT_SOUND_MACOS = 'Sosumi';
/** More than this many on screen at once: the oldest is closed (a burst is one notification anyway). */
export const MAX_HELD = 50;

export interface ElectronNotifier extends MainNotifier {
  /** How many notifications it holds references to (tests). */
  held(): number;
}

export function createElectronNotifier(opts: { platform?: NodeJS.Platform; max?: number } = {}): ElectronNotifier {
  const platform = opts.platform ?? process.platform;
  const max = Math.max(1, opts.max ?? MAX_HELD);
  // Electron 45 shows `actions` buttons on macOS and Windows (since 38: toast actions without toastXml);
  // libnotify on Linux gets none, a click still opens.
  const hasActions = platform === 'darwin' || platform === 'win32';
  const shown = new Map<string, Notification>();
  const listeners = actionListeners();
  let warned = false;

  function close(tag: string): void {
    const n = shown.get(tag);
    if (!n) return;
    shown.delete(tag);
    // Deaf first: its own 'close' must not touch the one that replaces it.
    n.removeAllListeners();
    n.close();
  }

  function options(req: DesktopNotification, actions: DesktopNotification['actions']): NotificationConstructorOptions {
    const o: NotificationConstructorOptions = { id: req.tag, title: req.title, body: req.body, silent: !req.sound };
    if (req.urgent && req.sound && platform === 'darwin') o.sound = URGENT_SOUND_MACOS;
    if (req.urgent && platform !== 'darwin') o.urgency = 'critical';
    if (actions.length) o.actions = actions.map((a) => ({ type: 'button', text: a.label }));
    return o;
  }

  return {
    show(req) {
      if (!Notification.isSupported()) {
        if (!warned) console.warn('notifications are not supported on this system');
        warned = true;
        return;
      }
      close(req.tag);
      while (shown.size >= max) close(shown.keys().next().value!);
      const actions = hasActions ? req.actions : [];
      const n = new Notification(options(req, actions));
      const done = (action: NotifyActionEvent['action']) => {
        if (shown.get(req.tag) !== n) return;
        shown.delete(req.tag);
        n.removeAllListeners();
        listeners.emit({ tag: req.tag, ticketId: req.ticketId, action });
      };
      n.on('click', () => done('open'));
      n.on('action', (details: { actionIndex?: number } | undefined, index?: number) => {
        const a = actions[details?.actionIndex ?? index ?? -1];
        if (a) done(a.action);
      });
      n.on('close', (details: { reason?: string } | undefined) => {
        // Timed out on Windows: it waits in the Action Center, where a click must still reach us.
        if (details?.reason === 'timedOut' || shown.get(req.tag) !== n) return;
        shown.delete(req.tag);
        n.removeAllListeners();
      });
      n.on('failed', () => {
        // The OS's error text may quote the notification: not logged.
        console.warn('a notification could not be shown');
        if (shown.get(req.tag) === n) shown.delete(req.tag);
      });
      shown.set(req.tag, n);
      n.show();
    },
    close,
    onAction: (cb) => listeners.add(cb),
    held: () => shown.size,
  };
}
