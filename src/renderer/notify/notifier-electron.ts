// The desktop edition's Notifier: main shows the notification (Electron's Notification, through the
// preload's window.consoleNotify) and sends its click or action back to this window. Text is fitted to
// the desktop contract's bounds here, so a long customer message is cut rather than the notification
// refused; the buttons' words come from the caller (the agent's language). Where the OS shows no badge
// count (Windows), the count goes into the window title, which is the taskbar entry's title.
import { clampText } from '../../shared/bounds';
import type { ConsoleNotify, DesktopNotification } from '../../shared/desktop-api';
import type { NotificationRequest, Notifier, NotifyAction } from './notifier';

export interface ElectronNotifierOptions {
  /** The words on the Take / Snooze buttons; without them no buttons are offered. */
  actionLabel?: (action: Exclude<NotifyAction, 'open'>) => string;
  /** The badge count in words (Windows reads it out for the taskbar overlay). */
  badgeLabel?: (count: number) => string;
  /** Whose title carries the count where the OS has no badge. */
  win?: Window;
}

const MAX = { tag: 120, title: 200, body: 500, actionLabel: 40, badgeLabel: 120, badge: 9999 } as const;

/** At most max UTF-16 units (the contract counts those), without control characters or a split pair. */
function fit(s: string, max: number): string {
  const clean = clampText(s, Number.MAX_SAFE_INTEGER);
  if (clean.length <= max) return clean;
  let cut = clean.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

function toDesktop(n: NotificationRequest, label: ElectronNotifierOptions['actionLabel']): DesktopNotification {
  const actions = label ? [...new Set(n.actions)].slice(0, 2).map((action) => ({ action, label: fit(label(action), MAX.actionLabel) })) : [];
  return {
    tag: fit(n.tag, MAX.tag),
    title: fit(n.title, MAX.title) || '…',
    body: fit(n.body, MAX.body),
    ticketId: n.ticketId,
    urgent: n.urgent,
    sound: n.sound,
    actions: actions.filter((a) => a.label.length > 0),
  };
}

export function electronNotifier(bridge: ConsoleNotify, opts: ElectronNotifierOptions = {}): Notifier {
  const win = opts.win ?? window;
  const baseTitle = win.document.title.replace(/^\(\d+\) /, '');
  let titled = false;
  const refused = (what: string) => (r: { ok: boolean; error?: { reason: string } }) => {
    // The reason only: the notification's text may name a customer.
    if (!r.ok) console.warn(`${what} refused by main: ${r.error?.reason ?? 'unknown'}`);
  };
  const failed = (what: string) => () => console.warn(`${what} did not reach main`);
  return {
    show(n) {
      bridge.show(toDesktop(n, opts.actionLabel)).then(refused('notification'), failed('notification'));
    },
    close(tag) {
      bridge.close(fit(tag, MAX.tag)).then(refused('close'), failed('close'));
    },
    onAction(cb) {
      return bridge.onAction((e) => cb(e.tag, e.ticketId, e.action));
    },
    setBadge(count) {
      const n = Math.min(MAX.badge, Math.max(0, Math.floor(Number.isFinite(count) ? count : 0)));
      const label = n > 0 && opts.badgeLabel ? fit(opts.badgeLabel(n), MAX.badgeLabel) : undefined;
      bridge.setBadge(n, label).then((r) => {
        refused('badge')(r);
        const inTitle = r.ok && !r.value.shown;
        if (!inTitle && !titled) return;
        titled = inTitle;
        win.document.title = inTitle && n > 0 ? `(${n}) ${baseTitle}` : baseTitle;
      }, failed('badge'));
    },
    permission: () => 'granted',
    requestPermission: () => Promise.resolve('granted'),
  };
}
