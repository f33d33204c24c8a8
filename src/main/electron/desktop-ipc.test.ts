// The desktop channel (notifications, badge, idle time) against a fake Electron: the sender check and the
// contract's bounds before anything runs, clicks routed to the window that asked (restored and focused),
// the badge within bounds, and idle time on a manual clock with the OS idle time set by hand.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DESKTOP_EVENT, DESKTOP_REQUEST } from '../../shared/desktop-api';
import { createManualClock, type ManualClock } from '../../shared/testing/manual-clock';
import { IDLE_POLL_MS } from '../services/idle-watch';
import { exposeDesktop } from './desktop-ipc';
import { app, BrowserWindow, emitReady, FakeWebContents, FakeWebFrame, ipcMain, Notification, powerMonitor, resetFakeElectron } from './fake-electron';
import { createElectronNotifier } from './notifier-electron';

vi.mock('electron', () => import('./fake-electron'));

const OWN = 'app://console/index.html';
const TICKET = '0193a000-0000-7000-8000-00000000a001';
const FORBIDDEN = { ok: false, error: { code: 'forbidden', reason: 'page_not_allowed', params: {} } };
const OK = { ok: true, value: { ok: true } };

let clock: ManualClock;
let fallback: BrowserWindow | null;
let dispose: () => void;

function note(over: Record<string, unknown> = {}) {
  return {
    tag: 'new:41',
    title: 'New ticket #41',
    body: 'Printer on fire',
    ticketId: TICKET,
    urgent: false,
    sound: true,
    actions: [
      { action: 'take', label: 'Take' },
      { action: 'snooze', label: 'Snooze 10 min' },
    ],
    ...over,
  };
}

/** A console window at our origin; its renderer asks through its top frame. */
function consoleWindow(): BrowserWindow {
  const w = new BrowserWindow({});
  void w.loadURL(OWN);
  return w;
}
const ask = (w: BrowserWindow | FakeWebContents, name: unknown, input: unknown, frame?: FakeWebFrame | null) => {
  const wc = w instanceof BrowserWindow ? w.webContents : w;
  return ipcMain.invoke(DESKTOP_REQUEST, wc, frame === undefined ? wc.mainFrame : frame, name, input);
};
const events = (w: BrowserWindow) => w.webContents.sent.filter((s) => s[0] === DESKTOP_EVENT).map((s) => s.slice(1));

beforeEach(() => {
  resetFakeElectron();
  emitReady();
  clock = createManualClock();
  fallback = null;
  dispose = exposeDesktop({ notifier: createElectronNotifier({ platform: 'darwin' }), devServerUrl: null, fallbackWindow: () => fallback as never, clock });
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  dispose();
  vi.restoreAllMocks();
});

describe('notify over the desktop channel', () => {
  it('shows what our top frame asks for', async () => {
    const w = consoleWindow();
    expect(await ask(w, 'notify.show', note())).toEqual(OK);
    expect(Notification.instances).toHaveLength(1);
    expect(Notification.instances[0]!.options).toMatchObject({ title: 'New ticket #41', body: 'Printer on fire' });
  });

  it.each<[string, string | null, boolean]>([
    ['another origin', 'https://evil.example/', true],
    ['a subframe of our origin', OWN, false],
    ['a page that navigated away', 'file:///tmp/x.html', true],
  ])('refuses %s before anything is shown', async (_what, url, top) => {
    const wc = new FakeWebContents(url!);
    const frame = top ? wc.mainFrame : new FakeWebFrame(OWN);
    expect(await ask(wc, 'notify.show', note(), frame)).toEqual(FORBIDDEN);
    expect(await ask(wc, 'notify.badge', { count: 3 }, frame)).toEqual(FORBIDDEN);
    expect(await ask(wc, 'presence.watchIdle', { minutes: 5 }, frame)).toEqual(FORBIDDEN);
    expect(Notification.instances).toEqual([]);
    expect(app.setBadgeCount).not.toHaveBeenCalled();
    expect(clock.pendingTimers()).toEqual([]);
  });

  it('refuses a sender whose frame is gone', async () => {
    const w = consoleWindow();
    expect(await ask(w, 'notify.show', note(), null)).toEqual(FORBIDDEN);
  });

  it.each<[string, unknown]>([
    ['a title over 200 characters', note({ title: 't'.repeat(201) })],
    ['an empty title', note({ title: '' })],
    ['a body over 500 characters', note({ body: 'b'.repeat(501) })],
    ['a tag over 120 characters', note({ tag: 'x'.repeat(121) })],
    ['an empty tag', note({ tag: '' })],
    ['an action outside the enum', note({ actions: [{ action: 'delete', label: 'Delete' }] })],
    ['the same action twice', note({ actions: [{ action: 'take', label: 'Take' }, { action: 'take', label: 'Take' }] })],
    ['three actions', note({ actions: [{ action: 'take', label: 'a' }, { action: 'snooze', label: 'b' }, { action: 'take', label: 'c' }] })],
    ['an action label over 40 characters', note({ actions: [{ action: 'take', label: 'l'.repeat(41) }] })],
    ['control characters in the title', note({ title: 'New\u0007ticket' })],
    ['a ticket id that is not one', note({ ticketId: '41' })],
    ['an extra field', note({ icon: '/etc/passwd' })],
    ['a missing field', { tag: 'a', title: 'b' }],
    ['not an object', 'hello'],
  ])('refuses a notification with %s, and shows nothing', async (_what, input) => {
    const r = (await ask(consoleWindow(), 'notify.show', input)) as { ok: boolean; error: { code: string; reason: string } };
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(['invalid_field', 'control_characters']).toContain(r.error.reason);
    expect(Notification.instances).toEqual([]);
  });

  it('accepts the largest bounded notification', async () => {
    expect(await ask(consoleWindow(), 'notify.show', note({ tag: 'x'.repeat(120), title: 't'.repeat(200), body: 'b\n'.repeat(250), ticketId: null, actions: [] }))).toEqual(OK);
  });

  it.each([['notify.steal'], ['__proto__'], [42], [null]])('refuses the unknown request %s', async (name) => {
    expect(await ask(consoleWindow(), name, {})).toMatchObject({ ok: false, error: { code: 'invalid', reason: 'unknown_request' } });
  });

  it('replaces by tag and closes by tag', async () => {
    const w = consoleWindow();
    await ask(w, 'notify.show', note({ title: '2 new tickets', ticketId: null }));
    await ask(w, 'notify.show', note({ title: '3 new tickets', ticketId: null }));
    expect(Notification.instances.map((n) => [n.options.title, n.closed])).toEqual([
      ['2 new tickets', true],
      ['3 new tickets', false],
    ]);
    expect(await ask(w, 'notify.close', { tag: 'new:41' })).toEqual(OK);
    expect(Notification.instances[1]!.closed).toBe(true);
    expect(await ask(w, 'notify.close', { tag: '' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('a click restores and focuses the window that asked and tells only that window', async () => {
    const a = consoleWindow();
    const b = consoleWindow();
    await ask(a, 'notify.show', note({ tag: 'for-a' }));
    await ask(b, 'notify.show', note({ tag: 'for-b', ticketId: null }));
    a.minimize();
    Notification.instances[0]!.click();
    expect(a.isMinimized()).toBe(false);
    expect(a.focused).toBe(true);
    expect(b.focused).toBe(false);
    expect(events(a)).toEqual([['notify.action', { tag: 'for-a', ticketId: TICKET, action: 'open' }]]);
    expect(events(b)).toEqual([]);
    Notification.instances[1]!.pressAction(0);
    expect(b.focused).toBe(true);
    expect(events(b)).toEqual([['notify.action', { tag: 'for-b', ticketId: null, action: 'take' }]]);
  });

  it('snooze from the notification tells the window without pulling it to the front', async () => {
    const w = consoleWindow();
    w.minimize();
    await ask(w, 'notify.show', note());
    Notification.instances[0]!.pressAction(1);
    expect(events(w)).toEqual([['notify.action', { tag: 'new:41', ticketId: TICKET, action: 'snooze' }]]);
    expect(w.isMinimized()).toBe(true);
    expect(w.focused).toBe(false);
  });

  it('a click on the notification of a closed window goes to the console window still open', async () => {
    const gone = consoleWindow();
    await ask(gone, 'notify.show', note());
    gone.close();
    gone.webContents.destroy();
    fallback = consoleWindow();
    Notification.instances[0]!.click();
    expect(fallback.focused).toBe(true);
    expect(events(fallback)).toEqual([['notify.action', { tag: 'new:41', ticketId: TICKET, action: 'open' }]]);
    expect(events(gone)).toEqual([]);
  });
});

describe('the badge', () => {
  it.each([0, 1, 42, 9999])('sets the badge count to %i', async (count) => {
    expect(await ask(consoleWindow(), 'notify.badge', { count })).toEqual({ ok: true, value: { shown: true } });
    expect(app.badgeCount).toBe(count);
  });

  it.each([[-1], [10000], [1.5], ['3'], [null], [Number.NaN]])('refuses the count %s', async (count) => {
    expect(await ask(consoleWindow(), 'notify.badge', { count })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(app.setBadgeCount).not.toHaveBeenCalled();
  });

  it('says so where the OS shows no badge count', async () => {
    app.badgeSupported = false;
    const w = consoleWindow();
    expect(await ask(w, 'notify.badge', { count: 4, label: '4 waiting' })).toEqual({ ok: true, value: { shown: false } });
    expect(w.overlay).toBeNull();
  });

  it('on Windows, marks the taskbar button of the window that asked with an overlay dot, described in its words', async () => {
    dispose();
    dispose = exposeDesktop({ notifier: createElectronNotifier({ platform: 'win32' }), devServerUrl: null, fallbackWindow: () => null, clock, platform: 'win32' });
    app.badgeSupported = false;
    const w = consoleWindow();
    const other = consoleWindow();
    expect(await ask(w, 'notify.badge', { count: 4, label: '4 várakozó jegy' })).toEqual({ ok: true, value: { shown: false } });
    const dot = w.overlay!.image as { width: number; height: number; bitmap: Buffer };
    expect([dot.width, dot.height, dot.bitmap.length]).toEqual([16, 16, 16 * 16 * 4]);
    // Opaque in the middle, transparent in the corner.
    expect(dot.bitmap[(8 * 16 + 8) * 4 + 3]).toBe(255);
    expect(dot.bitmap[3]).toBe(0);
    expect(w.overlay!.description).toBe('4 várakozó jegy');
    expect(other.overlay).toBeNull();
    await ask(w, 'notify.badge', { count: 0 });
    expect(w.overlay).toEqual({ image: null, description: '' });
    expect(await ask(w, 'notify.badge', { count: 1, label: 'x'.repeat(121) })).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });
});

describe('idle time', () => {
  it.each([[0], [241], [2.5], ['5'], [undefined]])('refuses the threshold %s minutes', async (minutes) => {
    expect(await ask(consoleWindow(), 'presence.watchIdle', { minutes })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(clock.pendingTimers()).toEqual([]);
  });

  it('tells the watching window when the user crosses its threshold and when input returns', async () => {
    const w = consoleWindow();
    const other = consoleWindow();
    expect(await ask(w, 'presence.watchIdle', { minutes: 1 })).toEqual(OK);
    powerMonitor.idleSeconds = 59;
    await clock.advance(IDLE_POLL_MS);
    expect(events(w)).toEqual([]);
    powerMonitor.idleSeconds = 74;
    await clock.advance(IDLE_POLL_MS);
    expect(events(w)).toEqual([['presence.idle', { idleSeconds: 74 }]]);
    powerMonitor.idleSeconds = 3;
    await clock.advance(IDLE_POLL_MS);
    expect(events(w)).toEqual([['presence.idle', { idleSeconds: 74 }], ['presence.active', {}]]);
    expect(events(other)).toEqual([]);
  });

  it('a locked screen is idle at once; the unlock is active', async () => {
    const w = consoleWindow();
    await ask(w, 'presence.watchIdle', { minutes: 240 });
    powerMonitor.idleSeconds = 2;
    powerMonitor.emit('lock-screen');
    expect(events(w)).toEqual([['presence.idle', { idleSeconds: 2 }]]);
    powerMonitor.emit('unlock-screen');
    expect(events(w)).toEqual([['presence.idle', { idleSeconds: 2 }], ['presence.active', {}]]);
  });

  it('the system going to sleep is idle at once', async () => {
    const w = consoleWindow();
    await ask(w, 'presence.watchIdle', { minutes: 15 });
    powerMonitor.idleSeconds = 9;
    powerMonitor.emit('suspend');
    expect(events(w)).toEqual([['presence.idle', { idleSeconds: 9 }]]);
  });

  it('stops watching on null, and forgets a window whose renderer is gone', async () => {
    const w = consoleWindow();
    await ask(w, 'presence.watchIdle', { minutes: 5 });
    expect(await ask(w, 'presence.watchIdle', { minutes: null })).toEqual(OK);
    expect(clock.pendingTimers()).toEqual([]);
    await ask(w, 'presence.watchIdle', { minutes: 5 });
    w.webContents.destroy();
    expect(clock.pendingTimers()).toEqual([]);
    powerMonitor.emit('lock-screen');
    expect(events(w)).toEqual([]);
  });

  it('removes its handler and listeners when disposed', async () => {
    const w = consoleWindow();
    await ask(w, 'presence.watchIdle', { minutes: 5 });
    dispose();
    expect(clock.pendingTimers()).toEqual([]);
    powerMonitor.emit('lock-screen');
    powerMonitor.emit('suspend');
    expect(events(w)).toEqual([]);
    expect(['lock-screen', 'unlock-screen', 'suspend'].map((e) => powerMonitor.listenerCount(e))).toEqual([0, 0, 0]);
    await expect(ask(w, 'notify.badge', { count: 1 })).rejects.toThrow(/No handler/);
    dispose = exposeDesktop({ notifier: createElectronNotifier({ platform: 'darwin' }), devServerUrl: null, fallbackWindow: () => null, clock });
    expect(await ask(w, 'notify.badge', { count: 1 })).toMatchObject({ ok: true });
  });
});
