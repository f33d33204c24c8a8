// The main-side Notifier port: main shows what a window asks for (the decision is the renderer's, from its
// replica) and hears it clicked. Adapters: Electron's Notification (electron/notifier-electron.ts) and a
// recording one (notifier-recording.ts) for tests and for runs without an OS notification centre.
import type { DesktopEventPayload, DesktopNotification } from '../../shared/desktop-api';

export type { DesktopNotification } from '../../shared/desktop-api';
export type NotifyActionEvent = DesktopEventPayload<'notify.action'>;

export interface MainNotifier {
  /** Shows n; a notification already shown under the same tag is closed first (it is replaced). */
  show(n: DesktopNotification): void;
  close(tag: string): void;
  /** A notification was clicked ('open') or one of its actions chosen; it is gone from the notifier then. */
  onAction(cb: (e: NotifyActionEvent) => void): () => void;
}

/** A small listener set that one failing listener cannot break for the others. */
export function actionListeners(): { add(cb: (e: NotifyActionEvent) => void): () => void; emit(e: NotifyActionEvent): void } {
  const set = new Set<(e: NotifyActionEvent) => void>();
  return {
    add(cb) {
      set.add(cb);
      return () => void set.delete(cb);
    },
    emit(e) {
      for (const cb of [...set]) {
        try {
          cb(e);
        } catch (err) {
          console.error('a notification action listener failed:', err instanceof Error ? err.message : String(err));
        }
      }
    },
  };
}
