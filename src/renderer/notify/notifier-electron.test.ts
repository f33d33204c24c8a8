// The desktop Notifier over window.consoleNotify (a stand-in for the preload here): requests fitted to the
// desktop contract's bounds (its schema is the oracle), action buttons in the caller's words, clicks and
// actions back in the port's shape, the badge within bounds with the window title where the OS has none,
// and refusals logged without the notification's text.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DesktopNotification, type ConsoleNotify, type DesktopEventPayload } from '../../shared/desktop-api';
import type { NotificationRequest, Notifier } from './notifier';
import { electronNotifier } from './notifier-electron';

const TICKET = '0193a000-0000-7000-8000-00000000a001';

function request(over: Partial<NotificationRequest> = {}): NotificationRequest {
  return { tag: 'new:41', title: 'New ticket #41', body: 'Printer on fire', ticketId: TICKET, urgent: true, sound: false, actions: ['take', 'snooze'], ...over };
}

let shown: unknown[];
let badges: number[];
let labelsSent: (string | undefined)[];
let badgeShown: boolean;
let refuse: boolean;
let actionCb: ((e: DesktopEventPayload<'notify.action'>) => void) | null;
let bridge: ConsoleNotify;
/** Every answer the stand-in bridge gave: awaiting them all runs after the notifier's own handlers of them. */
let answers: Promise<unknown>[];
const answer = <T>(value: T): Promise<T> => {
  const p = Promise.resolve(value);
  answers.push(p);
  return p;
};
/** Waits for the bridge's answers to have been handled (the event), not for a timer. */
const settle = () => Promise.all(answers);

beforeEach(() => {
  shown = [];
  badges = [];
  labelsSent = [];
  badgeShown = true;
  refuse = false;
  actionCb = null;
  answers = [];
  bridge = {
    show: (n) => {
      shown.push(n);
      return answer(refuse ? { ok: false, error: { code: 'invalid', reason: 'invalid_field', params: { field: 'title', problem: 'too_big', limit: 200 } } } : { ok: true, value: { ok: true } });
    },
    close: (tag) => (shown.push({ closed: tag }), answer({ ok: true, value: { ok: true } })),
    setBadge: (count, label) => (badges.push(count), labelsSent.push(label), answer({ ok: true, value: { shown: badgeShown } })),
    onAction: (cb) => {
      actionCb = cb;
      return () => (actionCb = null);
    },
    permission: () => 'granted',
  };
  document.title = 'Agent Console';
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

const labels = { take: 'Vállalom', snooze: 'Szundi 10 percre' } as const;
const make = (): Notifier => electronNotifier(bridge, { actionLabel: (a) => labels[a], win: window });

describe('the desktop notifier', () => {
  it('sends the request as the desktop contract has it, with the buttons in the caller\'s words', () => {
    make().show(request());
    expect(shown).toEqual([
      {
        tag: 'new:41',
        title: 'New ticket #41',
        body: 'Printer on fire',
        ticketId: TICKET,
        urgent: true,
        sound: false,
        actions: [
          { action: 'take', label: 'Vállalom' },
          { action: 'snooze', label: 'Szundi 10 percre' },
        ],
      },
    ]);
    expect(DesktopNotification.safeParse(shown[0]).success).toBe(true);
  });

  it('offers no buttons when it has no words for them', () => {
    electronNotifier(bridge).show(request());
    expect(shown).toMatchObject([{ actions: [] }]);
  });

  it('fits long and odd text into the contract instead of having it refused', () => {
    const emoji = '😀'.repeat(300);
    make().show(request({ tag: 't'.repeat(500), title: `A\u0007${emoji}`, body: 'b'.repeat(2000) }));
    const sent = shown[0] as DesktopNotification;
    expect(DesktopNotification.safeParse(sent).success).toBe(true);
    expect(sent.title.startsWith('A😀')).toBe(true);
    expect(sent.title.endsWith('…')).toBe(true);
    expect(sent.body).toHaveLength(500);
  });

  it('closes by tag', () => {
    make().close('new:41');
    expect(shown).toEqual([{ closed: 'new:41' }]);
  });

  it('hears clicks and actions in the port\'s shape until unsubscribed', () => {
    const heard: unknown[] = [];
    const off = make().onAction((...a) => heard.push(a));
    actionCb!({ tag: 'new:41', ticketId: TICKET, action: 'take' });
    actionCb!({ tag: 'b', ticketId: null, action: 'open' });
    expect(heard).toEqual([
      ['new:41', TICKET, 'take'],
      ['b', null, 'open'],
    ]);
    off();
    expect(actionCb).toBeNull();
  });

  it('sets the badge within bounds, and keeps the count in the window title where the OS shows none', async () => {
    const n = make();
    n.setBadge(3);
    n.setBadge(-2);
    n.setBadge(123456);
    n.setBadge(2.7);
    await settle();
    expect(badges).toEqual([3, 0, 9999, 2]);
    expect(document.title).toBe('Agent Console');
    badgeShown = false;
    n.setBadge(5);
    await settle();
    expect(document.title).toBe('(5) Agent Console');
    n.setBadge(0);
    await settle();
    expect(document.title).toBe('Agent Console');
  });

  it('describes the badge in the caller\'s words (the taskbar overlay\'s description on Windows), fitted to 120', async () => {
    const n = electronNotifier(bridge, { badgeLabel: (c) => `${c} várakozó jegy${'!'.repeat(200)}`, win: window });
    n.setBadge(4);
    n.setBadge(0);
    electronNotifier(bridge, { win: window }).setBadge(2);
    await settle();
    expect(labelsSent[0]!.startsWith('4 várakozó jegy')).toBe(true);
    expect(labelsSent[0]).toHaveLength(120);
    expect(labelsSent.slice(1)).toEqual([undefined, undefined]);
  });

  it('logs a refusal by its reason only, never the notification\'s text', async () => {
    refuse = true;
    make().show(request({ title: 'Secret customer name', body: 'Secret message' }));
    await settle();
    const logged = JSON.stringify((console.warn as unknown as { mock: { calls: unknown[][] } }).mock.calls);
    expect(logged).toContain('invalid_field');
    expect(logged).not.toMatch(/Secret/);
  });

  it('may always notify on the desktop', async () => {
    expect(make().permission()).toBe('granted');
    expect(await make().requestPermission()).toBe('granted');
  });
});
