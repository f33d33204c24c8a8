// The Notifier port: how the console shows a desktop notification and hears it clicked. The notify host
// (notify-host.ts) decides what to show, in the agent's words; an adapter only shows it: the page's HTML5
// Notification in the browser edition (notifier-web.ts), Electron's Notification in main on the desktop
// (notifier-electron.ts, through the preload bridge). Tests use a recording one.

/** What the user may do from a notification; 'open' is a click on its body. */
export type NotifyAction = 'open' | 'take' | 'snooze';

export interface NotificationRequest {
  /** One notification per tag: showing the same tag again replaces it (a burst's count grows in place). */
  tag: string;
  title: string;
  body: string;
  /** The ticket a click opens; null for several tickets (a click brings the queue forward). */
  ticketId: string | null;
  /** Urgent priority, a VIP customer or an SLA breach: its own sound where the OS has one. */
  urgent: boolean;
  /** False: shown without any sound (busy, or the agent turned the sound off). */
  sound: boolean;
  /** Offered where the OS supports actions (macOS, Windows); ignored elsewhere. */
  actions: readonly Exclude<NotifyAction, 'open'>[];
}

export interface Notifier {
  show(n: NotificationRequest): void;
  close(tag: string): void;
  /** A notification was clicked (its window is focused first) or one of its actions chosen. */
  onAction(cb: (tag: string, ticketId: string | null, action: NotifyAction) => void): () => void;
  /** The window's badge / tray count ("mine needing a reply + unassigned in my tier"); 0 clears it. */
  setBadge(count: number): void;
  /** Whether notifications may be shown: 'default' until the user has been asked (browser edition). */
  permission(): 'granted' | 'denied' | 'default';
  /** Asks for permission (browser edition: must run inside a user gesture). Resolves to the answer. */
  requestPermission(): Promise<'granted' | 'denied' | 'default'>;
}
