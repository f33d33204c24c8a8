// The browser edition's Notifier: the page's HTML5 Notification. One per tag (a burst's count replaces it
// in place, with renotify so the update is heard); a click focuses the window and opens the ticket; the
// badge is the page title ("(3) Agent Console"). Actions (Take, Snooze) need a service worker in
// browsers, so the page offers only the click.
import type { NotificationRequest, Notifier, NotifyAction } from './notifier';

type Listener = (tag: string, ticketId: string | null, action: NotifyAction) => void;

export function webNotifier(win: Window & typeof globalThis = window): Notifier {
  const listeners = new Set<Listener>();
  const open = new Map<string, Notification>();
  const baseTitle = win.document.title.replace(/^\(\d+\) /, '');
  const api = () => ('Notification' in win ? win.Notification : null);
  return {
    show(n: NotificationRequest) {
      const N = api();
      if (!N || N.permission !== 'granted') return;
      const replaces = open.has(n.tag);
      const options: NotificationOptions & { renotify?: boolean } = { tag: n.tag, body: n.body, silent: !n.sound, requireInteraction: n.urgent };
      // renotify is only allowed with a tag, and only worth it when this replaces one already shown.
      if (replaces) options.renotify = n.sound;
      let shown: Notification;
      try {
        shown = new N(n.title, options);
      } catch {
        return; // a browser that refuses page notifications (some mobile ones): nothing to show
      }
      open.set(n.tag, shown);
      shown.onclick = () => {
        win.focus();
        shown.close();
        for (const l of [...listeners]) l(n.tag, n.ticketId, 'open');
      };
      shown.onclose = () => {
        if (open.get(n.tag) === shown) open.delete(n.tag);
      };
    },
    close(tag) {
      open.get(tag)?.close();
      open.delete(tag);
    },
    onAction(cb) {
      listeners.add(cb);
      return () => void listeners.delete(cb);
    },
    setBadge(count) {
      win.document.title = count > 0 ? `(${count}) ${baseTitle}` : baseTitle;
    },
    permission: () => api()?.permission ?? 'denied',
    requestPermission: async () => (await api()?.requestPermission()) ?? 'denied',
  };
}
