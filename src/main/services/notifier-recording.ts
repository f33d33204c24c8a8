// A Notifier that shows nothing and remembers what it was asked: for tests of main's notification path,
// and for runs without an OS notification centre. click() plays the user.
import { actionListeners, type DesktopNotification, type MainNotifier, type NotifyActionEvent } from './notifier';

export interface RecordingNotifier extends MainNotifier {
  /** Every show, in order (replacements included). */
  readonly shown: DesktopNotification[];
  /** Tags closed by close() or replaced by a later show. */
  readonly closed: string[];
  /** What is on screen now, by tag. */
  current(): Map<string, DesktopNotification>;
  /** The user clicks the notification under `tag` (or one of its actions); false when none is shown. */
  click(tag: string, action?: NotifyActionEvent['action']): boolean;
}

export function createRecordingNotifier(): RecordingNotifier {
  const shown: DesktopNotification[] = [];
  const closed: string[] = [];
  const live = new Map<string, DesktopNotification>();
  const listeners = actionListeners();
  return {
    shown,
    closed,
    current: () => new Map(live),
    show(n) {
      if (live.has(n.tag)) closed.push(n.tag);
      live.delete(n.tag);
      live.set(n.tag, n);
      shown.push(n);
    },
    close(tag) {
      if (live.delete(tag)) closed.push(tag);
    },
    onAction: (cb) => listeners.add(cb),
    click(tag, action = 'open') {
      const n = live.get(tag);
      if (!n || (action !== 'open' && !n.actions.some((a) => a.action === action))) return false;
      live.delete(tag);
      listeners.emit({ tag, ticketId: n.ticketId, action });
      return true;
    },
  };
}
