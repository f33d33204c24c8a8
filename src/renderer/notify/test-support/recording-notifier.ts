// A Notifier that records what the console shows (the test double of notify/notifier.ts), lets a test
// wait for a notification by an event rather than a timer, and plays a click or an action.
import type { NotificationRequest, Notifier, NotifyAction } from '../notifier';

export interface RecordingNotifier extends Notifier {
  shown: NotificationRequest[];
  badges: number[];
  /** Resolves with the first notification (already shown or still to come) that matches. */
  next(match: (n: NotificationRequest) => boolean): Promise<NotificationRequest>;
  act(tag: string, ticketId: string | null, action: NotifyAction): void;
}

export function recordingNotifier(): RecordingNotifier {
  const shown: NotificationRequest[] = [];
  const badges: number[] = [];
  const listeners = new Set<(tag: string, ticketId: string | null, action: NotifyAction) => void>();
  const waiting = new Set<{ match: (n: NotificationRequest) => boolean; done: (n: NotificationRequest) => void }>();
  return {
    shown,
    badges,
    show(n) {
      shown.push(n);
      for (const w of [...waiting]) {
        if (!w.match(n)) continue;
        waiting.delete(w);
        w.done(n);
      }
    },
    close: () => undefined,
    onAction(cb) {
      listeners.add(cb);
      return () => void listeners.delete(cb);
    },
    setBadge: (n) => void badges.push(n),
    permission: () => 'granted',
    requestPermission: () => Promise.resolve('granted'),
    next(match) {
      const found = shown.find(match);
      return found ? Promise.resolve(found) : new Promise((done) => waiting.add({ match, done }));
    },
    act(tag, ticketId, action) {
      for (const l of [...listeners]) l(tag, ticketId, action);
    },
  };
}
