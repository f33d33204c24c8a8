// The browser edition's Notifier over a stand-in for the page's Notification (recording what it was given):
// tag, body, silent, renotify only on a replaced tag, click → focus + 'open', badge in the title, permission.
import { describe, expect, it } from 'vitest';
import { webNotifier } from './notifier-web';
import { chooseNotifier } from './choose-notifier';
import type { Notifier } from './notifier';

class FakeNotification {
  static permission: NotificationPermission = 'granted';
  static made: FakeNotification[] = [];
  static requestPermission = () => Promise.resolve<NotificationPermission>('denied');
  onclick: (() => void) | null = null;
  onclose: (() => void) | null = null;
  closed = false;
  constructor(
    readonly title: string,
    readonly options: NotificationOptions & { renotify?: boolean },
  ) {
    FakeNotification.made.push(this);
  }
  close() {
    this.closed = true;
    this.onclose?.();
  }
}

function fakeWindow() {
  FakeNotification.made = [];
  FakeNotification.permission = 'granted';
  const focus: number[] = [];
  const win = { Notification: FakeNotification, document: { title: 'Agent Console' }, focus: () => void focus.push(1) };
  return { win: win as unknown as Window & typeof globalThis, focus, doc: win.document };
}
const request = { tag: 'new_ticket:t1@0', title: 'New ticket #7 in tier 1', body: 'Printer', ticketId: 't7', urgent: false, sound: true, actions: [] as const };

describe('webNotifier', () => {
  it('shows one Notification per tag; a replacement renotifies; no sound → silent', () => {
    const { win } = fakeWindow();
    const n = webNotifier(win);
    n.show(request);
    n.show({ ...request, title: '20 new tickets in tier 1', ticketId: null, sound: false });
    expect(FakeNotification.made.map((m) => [m.title, m.options.tag, m.options.body, m.options.silent, m.options.renotify])).toEqual([
      ['New ticket #7 in tier 1', 'new_ticket:t1@0', 'Printer', false, undefined],
      ['20 new tickets in tier 1', 'new_ticket:t1@0', 'Printer', true, false],
    ]);
  });

  it('a click focuses the window and says open, with the ticket', () => {
    const { win, focus } = fakeWindow();
    const n = webNotifier(win);
    const heard: unknown[] = [];
    n.onAction((...a) => void heard.push(a));
    n.show(request);
    FakeNotification.made[0]!.onclick!();
    expect(focus).toEqual([1]);
    expect(heard).toEqual([['new_ticket:t1@0', 't7', 'open']]);
  });

  it('the badge is the page title; permission is the page’s; nothing shown without it', async () => {
    const { win, doc } = fakeWindow();
    const n = webNotifier(win);
    n.setBadge(3);
    expect(doc.title).toBe('(3) Agent Console');
    n.setBadge(0);
    expect(doc.title).toBe('Agent Console');
    FakeNotification.permission = 'default';
    expect(n.permission()).toBe('default');
    n.show(request);
    expect(FakeNotification.made).toEqual([]);
    expect(await n.requestPermission()).toBe('denied');
  });

  it('the desktop one is chosen where the preload exposes window.consoleNotify', () => {
    const { win } = fakeWindow();
    const desktop = { show: () => undefined } as unknown as Notifier;
    expect(chooseNotifier(Object.assign(win, { consoleNotify: {} }), () => desktop)).toBe(desktop);
    expect(chooseNotifier(fakeWindow().win, () => desktop)).not.toBe(desktop);
  });
});
