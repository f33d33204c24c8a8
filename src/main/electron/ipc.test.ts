// Contract tests for the IPC adapter against a fake Electron (see fake-electron.ts): the sender check runs
// before anything else, dispatch() validates the payload, and events reach the window.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiHandlers } from '../api/handlers';
import { BrowserWindow, emitReady, FakeWebContents, FakeWebFrame, ipcMain, resetFakeElectron } from './fake-electron';
import { exposeApi } from './ipc';

vi.mock('electron', () => import('./fake-electron'));

const REQUEST = 'console:request';
const FORBIDDEN = { ok: false, error: { code: 'forbidden', reason: 'page_not_allowed', params: {} } };

type Listener = Parameters<ApiHandlers['subscribe']>[0];
let handle: ReturnType<typeof vi.fn>;
let listeners: Listener[];
let handlers: ApiHandlers;
let dispose: (() => void) | null;

function expose(window: BrowserWindow | null = null, devServerUrl: string | null = null): void {
  dispose = exposeApi(handlers, () => window as never, devServerUrl);
}

/** A renderer whose top frame is at `url`. */
function page(url: string) {
  const wc = new FakeWebContents(url);
  return { wc, top: wc.mainFrame };
}

beforeEach(() => {
  resetFakeElectron();
  emitReady();
  handle = vi.fn(async (name: string) => ({ answered: name }));
  listeners = [];
  handlers = {
    handle: handle as unknown as ApiHandlers['handle'],
    subscribe: (l) => {
      listeners.push(l);
      return () => (listeners = listeners.filter((x) => x !== l));
    },
  };
  dispose = null;
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  dispose?.();
  vi.restoreAllMocks();
});

describe('exposeApi', () => {
  it('passes a valid call from our top frame to the dispatcher and returns its answer', async () => {
    expose();
    const { wc, top } = page('app://console/index.html');
    expect(await ipcMain.invoke(REQUEST, wc, top, 'sync.pull', { agentId: '0193a000-0000-7000-8000-0000000000a1', clientId: '0193a000-0000-7000-8000-0000000000c1', cursor: 3, ackedMutationId: 1 })).toEqual({
      ok: true,
      value: { answered: 'sync.pull' },
    });
    expect(handle).toHaveBeenCalledWith('sync.pull', { agentId: '0193a000-0000-7000-8000-0000000000a1', clientId: '0193a000-0000-7000-8000-0000000000c1', cursor: 3, ackedMutationId: 1 });
  });

  it('refuses a subframe, even one of our own origin, before any handler runs', async () => {
    expose();
    const { wc } = page('app://console/index.html');
    const child = new FakeWebFrame('app://console/index.html');
    expect(await ipcMain.invoke(REQUEST, wc, child, 'sync.pull', { agentId: '0193a000-0000-7000-8000-0000000000a1', clientId: '0193a000-0000-7000-8000-0000000000c1', cursor: 3, ackedMutationId: 1 })).toEqual(FORBIDDEN);
    expect(handle).not.toHaveBeenCalled();
  });

  it.each([
    'https://evil.example/',
    'app://evil/index.html',
    'file:///tmp/x.html',
    'http://localhost:5173/',
    'about:blank',
    'not a url',
  ])('refuses a top frame at %s before any handler runs', async (url) => {
    expose();
    const { wc, top } = page(url);
    expect(await ipcMain.invoke(REQUEST, wc, top, 'session.info', {})).toEqual(FORBIDDEN);
    expect(handle).not.toHaveBeenCalled();
  });

  it('refuses a sender whose frame is gone (senderFrame null)', async () => {
    expose();
    const { wc } = page('app://console/index.html');
    expect(await ipcMain.invoke(REQUEST, wc, null, 'session.info', {})).toEqual(FORBIDDEN);
    expect(handle).not.toHaveBeenCalled();
  });

  it('refuses a page that navigated away from our origin', async () => {
    expose();
    const { wc, top } = page('app://console/index.html');
    top.url = 'https://evil.example/';
    expect(await ipcMain.invoke(REQUEST, wc, top, 'session.info', {})).toEqual(FORBIDDEN);
    expect(handle).not.toHaveBeenCalled();
  });

  it('trusts the loopback dev server only when it is the configured one', async () => {
    expose(null, 'http://localhost:5173');
    const dev = page('http://localhost:5173/');
    expect(await ipcMain.invoke(REQUEST, dev.wc, dev.top, 'session.info', {})).toMatchObject({ ok: true });
    const other = page('http://localhost:5174/');
    expect(await ipcMain.invoke(REQUEST, other.wc, other.top, 'session.info', {})).toEqual(FORBIDDEN);
    expect(handle).toHaveBeenCalledTimes(1);
  });

  it.each<[string, unknown, unknown]>([
    ['a wrong field type', 'sync.pull', { agentId: '0193a000-0000-7000-8000-0000000000a1', clientId: '0193a000-0000-7000-8000-0000000000c1', cursor: 'three', ackedMutationId: 1 }],
    ['a negative number', 'sync.pull', { agentId: '0193a000-0000-7000-8000-0000000000a1', clientId: '0193a000-0000-7000-8000-0000000000c1', cursor: -1, ackedMutationId: 0 }],
    ['an extra field', 'session.login', { email: 'a@b.lv', password: 'x', extra: 1 }],
    ['a bad email', 'session.login', { email: 'not-an-email', password: 'x' }],
    ['not an object', 'session.logout', 'hello'],
  ])('refuses a payload with %s with a clear error, and no handler runs', async (_what, name, input) => {
    expose();
    const { wc, top } = page('app://console/index.html');
    const r = (await ipcMain.invoke(REQUEST, wc, top, name, input)) as { ok: boolean; error: { code: string; reason: string; params: Record<string, unknown> } };
    expect(r.ok).toBe(false);
    expect(r.error.code).toBe('invalid');
    // Which field and what is wrong with it, as a reason the renderer puts in words.
    expect(r.error.reason).toBe('invalid_field');
    expect(typeof r.error.params.problem).toBe('string');
    expect(handle).not.toHaveBeenCalled();
  });

  it.each([['session.steal'], ['__proto__'], [42], [null]])('refuses the unknown request name %s', async (name) => {
    expose();
    const { wc, top } = page('app://console/index.html');
    expect(await ipcMain.invoke(REQUEST, wc, top, name, {})).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(handle).not.toHaveBeenCalled();
  });

  it('sends service events to the live window, and to no window once it is gone', () => {
    const win = new BrowserWindow({});
    let current: BrowserWindow | null = win;
    dispose = exposeApi(handlers, () => current as never, null);
    const emit = (payload: object) => listeners.forEach((l) => l('sync.poke', payload as never));
    emit({ version: 7 });
    expect(win.webContents.sent).toEqual([['console:event', 'sync.poke', { version: 7 }]]);
    win.close(); // destroyed, but index.ts has not dropped its reference yet
    emit({ version: 8 });
    current = null;
    emit({ version: 9 });
    expect(win.webContents.sent).toHaveLength(1);
  });

  it('removes its handler and event subscription when disposed, so it can be exposed again', async () => {
    expose();
    expect(listeners).toHaveLength(1);
    dispose!();
    dispose = null;
    expect(listeners).toHaveLength(0);
    const { wc, top } = page('app://console/index.html');
    await expect(ipcMain.invoke(REQUEST, wc, top, 'session.info', {})).rejects.toThrow(/No handler/);
    expose();
    expect(await ipcMain.invoke(REQUEST, wc, top, 'session.info', {})).toMatchObject({ ok: true });
  });
});
