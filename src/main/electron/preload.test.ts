// The preload against a fake Electron on both sides: what it puts on window (four objects, nothing else),
// and window.consoleNotify / window.consoleIdle carried through main's desktop channel and back — a
// notification shown and its click heard, the badge, idle and active — with the channel names main uses.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ConsoleIdle, ConsoleNotify } from '../../shared/desktop-api';
import { createManualClock } from '../../shared/testing/manual-clock';
import { IDLE_POLL_MS } from '../services/idle-watch';
import { exposeDesktop } from './desktop-ipc';
import { BrowserWindow, emitReady, ipcMain, Notification, powerMonitor, resetFakeElectron } from './fake-electron';
import { createElectronNotifier } from './notifier-electron';

type Listener = (event: unknown, ...args: unknown[]) => void;
const page = vi.hoisted(() => ({
  exposed: {} as Record<string, unknown>,
  listeners: new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>(),
  /** The renderer's side of ipcRenderer.invoke: main's handler, called as from this window's top frame. */
  invoke: null as null | ((channel: string, ...args: unknown[]) => Promise<unknown>),
}));

vi.mock('electron', async () => ({
  ...(await import('./fake-electron')),
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (page.exposed[key] = api) },
  ipcRenderer: {
    invoke: (channel: string, ...args: unknown[]) => page.invoke!(channel, ...args),
    send: () => {},
    on: (channel: string, l: Listener) => {
      const set = page.listeners.get(channel) ?? new Set();
      page.listeners.set(channel, set);
      set.add(l);
    },
    removeListener: (channel: string, l: Listener) => page.listeners.get(channel)?.delete(l),
  },
}));

const clock = createManualClock();
let win: BrowserWindow;
let dispose: () => void;

beforeAll(async () => {
  resetFakeElectron();
  emitReady();
  win = new BrowserWindow({});
  await win.loadURL('app://console/index.html');
  const wc = win.webContents;
  page.invoke = (channel, ...args) => ipcMain.invoke(channel, wc, wc.mainFrame, ...args);
  // What main sends this window reaches the preload's ipcRenderer listeners.
  wc.send = (channel: string, ...args: unknown[]) => page.listeners.get(channel)?.forEach((l) => l({}, ...args));
  dispose = exposeDesktop({ notifier: createElectronNotifier({ platform: 'darwin' }), devServerUrl: null, fallbackWindow: () => null, clock });
  await import('../../preload/index');
});
afterAll(() => dispose());

const notify = () => page.exposed.consoleNotify as ConsoleNotify;
const idle = () => page.exposed.consoleIdle as ConsoleIdle;

describe('the preload', () => {
  it('exposes the API, the sync port, notifications and idle time, and nothing else', () => {
    expect(Object.keys(page.exposed).sort()).toEqual(['consoleApi', 'consoleIdle', 'consoleNotify', 'consoleSync']);
    expect(notify().permission()).toBe('granted');
  });

  it('shows a notification through main and hears its actions until unsubscribed', async () => {
    const heard: unknown[] = [];
    const off = notify().onAction((e) => heard.push(e));
    const n = { tag: 'new:1', title: 'New ticket #1', body: '', ticketId: null, urgent: false, sound: true, actions: [{ action: 'take' as const, label: 'Take' }] };
    expect(await notify().show(n)).toEqual({ ok: true, value: { ok: true } });
    Notification.instances.at(-1)!.pressAction(0);
    expect(heard).toEqual([{ tag: 'new:1', ticketId: null, action: 'take' }]);
    off();
    await notify().show(n);
    Notification.instances.at(-1)!.click();
    expect(heard).toHaveLength(1);
    expect(await notify().close('new:1')).toEqual({ ok: true, value: { ok: true } });
  });

  it('passes main\'s refusals back as they are', async () => {
    expect(await notify().setBadge(10_000)).toMatchObject({ ok: false, error: { code: 'invalid', reason: 'invalid_field' } });
    expect(await notify().setBadge(12)).toEqual({ ok: true, value: { shown: true } });
  });

  it('watches idle time: idle past the threshold, active when input returns', async () => {
    const said: string[] = [];
    const offIdle = idle().onIdle((e) => said.push(`idle ${e.idleSeconds}`));
    const offActive = idle().onActive(() => said.push('active'));
    expect(await idle().watch(1)).toEqual({ ok: true, value: { ok: true } });
    powerMonitor.idleSeconds = 61;
    await clock.advance(IDLE_POLL_MS);
    powerMonitor.idleSeconds = 0;
    await clock.advance(IDLE_POLL_MS);
    expect(said).toEqual(['idle 61', 'active']);
    offIdle();
    offActive();
    expect(await idle().watch(null)).toEqual({ ok: true, value: { ok: true } });
  });
});
