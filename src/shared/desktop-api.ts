// The desktop edition's OS-integration channels (Electron only: the browser edition uses the page's own
// Notification and idle signals): notifications, the badge and idle time. A second, small contract beside
// api.ts, carried by its own IPC channel, because its events go back to the window that asked, not to all.
// Main parses every request with these schemas, after the same sender check as every other channel.
import { z } from 'zod';
import { Int32, text } from './bounds';
import { Id } from './domain';
import { reason } from './reasons';
import type { BridgeError } from './api';
import { validationReason } from './validation-reason';

export const DESKTOP_REQUEST = 'console:desktop';
export const DESKTOP_EVENT = 'console:desktop-event';

/** What a notification offers besides a click on its body; labels come from the renderer (its language). */
export const NotifyChoice = z.enum(['take', 'snooze']);
/** What the user did: 'open' is a click on the body. */
export const NotifyAction = z.enum(['open', 'take', 'snooze']);

export const NotifyTag = text(120).min(1);

export const DesktopNotification = z
  .object({
    tag: NotifyTag,
    title: text(200).min(1),
    body: text(500),
    ticketId: Id.nullable(),
    urgent: z.boolean(),
    sound: z.boolean(),
    actions: z
      .array(z.object({ action: NotifyChoice, label: text(40).min(1) }).strict())
      .max(2)
      .refine((a) => new Set(a.map((x) => x.action)).size === a.length),
  })
  .strict();
export type DesktopNotification = z.infer<typeof DesktopNotification>;

const Done = z.object({ ok: z.literal(true) });

export const DesktopRequests = {
  'notify.show': { input: DesktopNotification, output: Done },
  'notify.close': { input: z.object({ tag: NotifyTag }).strict(), output: Done },
  /**
   * shown: false where the OS has no badge count (Windows; Linux without a LauncherEntry dock). label: the
   * count in the agent's words, for the screen reader's description of Windows' taskbar overlay.
   */
  'notify.badge': {
    input: z.object({ count: z.number().int().min(0).max(9999), label: text(120).optional() }).strict(),
    output: z.object({ shown: z.boolean() }),
  },
  /** null stops watching (the agent turned automatic away off). */
  'presence.watchIdle': { input: z.object({ minutes: z.number().int().min(1).max(240).nullable() }).strict(), output: Done },
} as const;

export type DesktopRequestName = keyof typeof DesktopRequests;
export type DesktopInput<N extends DesktopRequestName> = z.input<(typeof DesktopRequests)[N]['input']>;
export type DesktopParsed<N extends DesktopRequestName> = z.output<(typeof DesktopRequests)[N]['input']>;
export type DesktopOutput<N extends DesktopRequestName> = z.infer<(typeof DesktopRequests)[N]['output']>;

export const DesktopEvents = {
  'notify.action': z.object({ tag: NotifyTag, ticketId: Id.nullable(), action: NotifyAction }),
  /** The user has been idle past the threshold the window set (or the screen locked). */
  'presence.idle': z.object({ idleSeconds: Int32 }),
  /** Input is back after presence.idle. */
  'presence.active': z.object({}).strict(),
} as const;

export type DesktopEventName = keyof typeof DesktopEvents;
export type DesktopEventPayload<N extends DesktopEventName> = z.infer<(typeof DesktopEvents)[N]>;

export type DesktopReply<N extends DesktopRequestName = DesktopRequestName> = { ok: true; value: DesktopOutput<N> } | { ok: false; error: BridgeError };

/** A parsed request: its name narrows its input. */
export type DesktopRequest = { [N in DesktopRequestName]: { ok: true; name: N; input: DesktopParsed<N> } }[DesktopRequestName];

/** A request as main sees it: a known name and an input its schema accepts, or the refusal to answer. */
export function parseDesktopRequest(name: unknown, input: unknown): DesktopRequest | { ok: false; error: BridgeError } {
  if (typeof name !== 'string' || !Object.hasOwn(DesktopRequests, name)) {
    const known = typeof name === 'string' && /^[A-Za-z0-9_.]{1,64}$/.test(name) ? name : '';
    return { ok: false, error: { code: 'invalid', ...reason('unknown_request', { name: known }) } };
  }
  const n = name as DesktopRequestName;
  const parsed = DesktopRequests[n].input.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, error: { code: 'invalid', ...validationReason(parsed.error) } };
  // The union of all inputs narrows to this name's input at runtime: parsed with its own schema above.
  return { ok: true, name: n, input: parsed.data } as DesktopRequest;
}

/** What the preload exposes as window.consoleNotify. */
export interface ConsoleNotify {
  show(n: DesktopInput<'notify.show'>): Promise<DesktopReply<'notify.show'>>;
  close(tag: string): Promise<DesktopReply<'notify.close'>>;
  setBadge(count: number, label?: string): Promise<DesktopReply<'notify.badge'>>;
  onAction(cb: (e: DesktopEventPayload<'notify.action'>) => void): () => void;
  /** The desktop app may always show notifications (the OS settings aside). */
  permission(): 'granted';
}

/** What the preload exposes as window.consoleIdle. */
export interface ConsoleIdle {
  watch(minutes: number | null): Promise<DesktopReply<'presence.watchIdle'>>;
  onIdle(cb: (e: DesktopEventPayload<'presence.idle'>) => void): () => void;
  onActive(cb: () => void): () => void;
}
