// Contract tests for the Electron entry point against a fake Electron (see fake-electron.ts). index.ts
// does its work on import, so each test loads a fresh copy; the services and API handlers are stand-ins
// (they are tested on their own), the other adapters are the real ones.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Handlers from '../api/handlers';
import type * as Fake from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const stub = vi.hoisted(() => ({
  servicesOptions: [] as { serverUrl: string; edition: string; secrets: { isSecure(): boolean } }[],
  disposed: 0,
  handlerOptions: [] as { openExternal?: (url: string) => Promise<boolean> }[],
  handled: [] as [string, unknown][],
}));

vi.mock('../services', () => ({
  createMainServices: (opts: (typeof stub.servicesOptions)[number]) => {
    stub.servicesOptions.push(opts);
    return { dispose: async () => void stub.disposed++ };
  },
}));
vi.mock('../api/handlers', async (importOriginal) => ({
  // The real ApiFailure: the stand-in handlers of a refused backend throw it through the real dispatcher.
  ...(await importOriginal<typeof Handlers>()),
  createApiHandlers: (_services: unknown, opts: (typeof stub.handlerOptions)[number]) => {
    stub.handlerOptions.push(opts);
    return {
      handle: async (name: string, input: unknown) => (stub.handled.push([name, input]), { ok: true }),
      subscribe: () => () => {},
    };
  },
}));

let userData: string;
const realPlatform = process.platform;
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Starts a fresh main process: imports index.ts as Electron would, with the fake in the given state. */
async function boot(opts: { lock?: boolean; packaged?: boolean } = {}): Promise<typeof Fake> {
  vi.resetModules();
  // The instance index.ts will import (vitest keeps the mocked module across resetModules).
  const fake = (await import('electron')) as unknown as typeof Fake;
  fake.resetFakeElectron(userData);
  fake.app.lockAvailable = opts.lock ?? true;
  fake.app.isPackaged = opts.packaged ?? true;
  await import('./index');
  return fake;
}

async function ready(fake: typeof Fake): Promise<Fake.BrowserWindow> {
  fake.emitReady();
  await tick();
  expect(fake.BrowserWindow.instances).toHaveLength(1);
  return fake.BrowserWindow.instances[0]!;
}

beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'console-main-'));
  stub.servicesOptions = [];
  stub.disposed = 0;
  stub.handlerOptions = [];
  stub.handled = [];
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
  vi.stubEnv('CONSOLE_SERVER_URL', undefined);
  vi.stubEnv('CONSOLE_ALLOW_INSECURE_BACKEND', undefined);
});
afterEach(() => {
  vi.unstubAllEnvs();
  Object.defineProperty(process, 'platform', { value: realPlatform, configurable: true });
  rmSync(userData, { recursive: true, force: true });
});

describe('single instance', () => {
  it('a second instance that does not get the lock quits and sets nothing up', async () => {
    const fake = await boot({ lock: false });
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalledTimes(1);
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(fake.app.eventNames()).toEqual([]);
    fake.emitReady();
    await tick();
    expect(fake.BrowserWindow.instances).toEqual([]);
    expect(fake.protocol.isProtocolHandled('app')).toBe(false);
    expect(stub.servicesOptions).toEqual([]);
  });

  it('the first instance keeps running and brings its window back when another is started', async () => {
    const fake = await boot();
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalledTimes(1);
    fake.app.emit('second-instance', {}, ['agent-console'], '/'); // before there is a window: nothing to do
    const win = await ready(fake);
    win.minimize();
    fake.app.emit('second-instance', {}, ['agent-console'], '/');
    expect(win.isMinimized()).toBe(false);
    expect(win.focused).toBe(true);
    expect(fake.app.quit).not.toHaveBeenCalled();
    expect(fake.BrowserWindow.instances).toHaveLength(1);
  });
});

describe('start-up', () => {
  it('registers app: as privileged before the app is ready, and serves it once ready', async () => {
    const fake = await boot();
    expect(fake.app.isReady()).toBe(false);
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(fake.protocol.registerSchemesAsPrivileged.mock.calls[0]![0]).toMatchObject([{ scheme: 'app', privileges: { standard: true, secure: true } }]);
    await ready(fake);
    expect(fake.protocol.isProtocolHandled('app')).toBe(true);
  });

  it('once ready, opens one window on app://console with the desktop services and the safeStorage store', async () => {
    const fake = await boot();
    expect(fake.BrowserWindow.instances).toEqual([]);
    const win = await ready(fake);
    expect(win.loadedUrl).toBe('app://console/index.html');
    expect(stub.servicesOptions).toHaveLength(1);
    expect(stub.servicesOptions[0]).toMatchObject({ serverUrl: 'http://127.0.0.1:4010', edition: 'desktop' });
    // The secret store is the safeStorage one: it follows the OS backend.
    const { secrets } = stub.servicesOptions[0]!;
    Object.defineProperty(process, 'platform', { value: 'linux', configurable: true });
    expect(secrets.isSecure()).toBe(true);
    fake.safeStorage.backend = 'basic_text';
    expect(secrets.isSecure()).toBe(false);
  });

  it('uses CONSOLE_SERVER_URL when set', async () => {
    vi.stubEnv('CONSOLE_SERVER_URL', 'https://console.example.com');
    const fake = await boot();
    await ready(fake);
    expect(stub.servicesOptions[0]!.serverUrl).toBe('https://console.example.com');
  });

  it('loads the dev server only when not packaged', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    const dev = await ready(await boot({ packaged: false }));
    expect(dev.loadedUrl).toBe('http://localhost:5173');
    const packaged = await ready(await boot({ packaged: true }));
    expect(packaged.loadedUrl).toBe('app://console/index.html');
  });

  it('answers API calls from its own window, and only those', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    for (const packaged of [true, false]) {
      const fake = await boot({ packaged });
      const win = await ready(fake);
      const wc = win.webContents;
      expect(await fake.ipcMain.invoke('console:request', wc, wc.mainFrame, 'session.logout', {})).toEqual({ ok: true, value: { ok: true } });
      const stranger = new fake.FakeWebContents(packaged ? 'http://localhost:5173/' : 'app://evil/');
      expect(await fake.ipcMain.invoke('console:request', stranger, stranger.mainFrame, 'session.logout', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(stub.handled).toEqual([
      ['session.logout', {}],
      ['session.logout', {}],
    ]);
  });

  it('serves the desktop channel to its own window: a notification shown, its click brings the window back', async () => {
    const fake = await boot();
    const win = await ready(fake);
    const wc = win.webContents;
    const note = { tag: 't', title: 'New ticket #7', body: '', ticketId: null, urgent: false, sound: true, actions: [] };
    expect(await fake.ipcMain.invoke('console:desktop', wc, wc.mainFrame, 'notify.show', note)).toEqual({ ok: true, value: { ok: true } });
    const stranger = new fake.FakeWebContents('app://evil/');
    expect(await fake.ipcMain.invoke('console:desktop', stranger, stranger.mainFrame, 'notify.badge', { count: 1 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    win.minimize();
    fake.Notification.instances[0]!.click();
    expect(win.isMinimized()).toBe(false);
    expect(wc.sent).toContainEqual(['console:desktop-event', 'notify.action', { tag: 't', ticketId: null, action: 'open' }]);
  });

  it('on Windows, takes the installer\'s appId as its AppUserModelID (toasts need one), and nowhere else', async () => {
    const appId = /^appId:\s*(\S+)\s*$/m.exec(readFileSync(join(__dirname, '../../../electron-builder.yml'), 'utf8'))![1];
    Object.defineProperty(process, 'platform', { value: 'win32', configurable: true });
    expect((await boot()).app.setAppUserModelId.mock.calls).toEqual([[appId]]);
    Object.defineProperty(process, 'platform', { value: 'linux', configurable: true });
    expect((await boot()).app.setAppUserModelId).not.toHaveBeenCalled();
  });

  it('refuses to attach a <webview> in any web contents', async () => {
    const fake = await boot();
    const contents = new fake.FakeWebContents();
    fake.app.emit('web-contents-created', new fake.FakeEvent(), contents);
    const attach = new fake.FakeEvent();
    contents.emit('will-attach-webview', attach, {}, {});
    expect(attach.defaultPrevented).toBe(true);
  });
});

describe('backend address', () => {
  const call = (fake: typeof Fake, win: Fake.BrowserWindow, name: string, input: unknown) =>
    fake.ipcMain.invoke('console:request', win.webContents, win.webContents.mainFrame, name, input);

  it('a packaged console refuses plain http to another host: it never starts the services and sign-in says why', async () => {
    vi.stubEnv('CONSOLE_SERVER_URL', 'http://10.0.0.5:4010');
    const fake = await boot({ packaged: true });
    const win = await ready(fake);
    expect(stub.servicesOptions).toEqual([]);
    expect(win.loadedUrl).toBe('app://console/index.html');
    expect(await call(fake, win, 'session.info', {})).toMatchObject({ ok: true, value: { agent: null, serverUrl: 'http://10.0.0.5:4010', edition: 'desktop', backendRefused: 'insecure_backend_url' } });
    const login = await call(fake, win, 'session.login', { email: 'agent1@demo.local', password: 'demo' });
    expect(login).toMatchObject({ ok: false, error: { code: 'offline' } });
    expect(login).toMatchObject({ error: { reason: 'backend_refused', params: { why: 'insecure_backend_url' } } });
    expect(await call(fake, win, 'sync.push', { agentId: '0193a000-0000-7000-8000-0000000000a1', clientId: '0193a000-0000-7000-8000-0000000000c1', mutations: [{ id: 1, name: 'x', args: {} }] })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(stub.handled).toEqual([]);
  });

  it('the developer switch does not work in a packaged console', async () => {
    vi.stubEnv('CONSOLE_SERVER_URL', 'http://10.0.0.5:4010');
    vi.stubEnv('CONSOLE_ALLOW_INSECURE_BACKEND', '1');
    await ready(await boot({ packaged: true }));
    expect(stub.servicesOptions).toEqual([]);
  });

  it('unpackaged, plain http to another host needs CONSOLE_ALLOW_INSECURE_BACKEND=1', async () => {
    vi.stubEnv('CONSOLE_SERVER_URL', 'http://10.0.0.5:4010');
    await ready(await boot({ packaged: false }));
    expect(stub.servicesOptions).toEqual([]);
    vi.stubEnv('CONSOLE_ALLOW_INSECURE_BACKEND', '1');
    await ready(await boot({ packaged: false }));
    expect(stub.servicesOptions.map((o) => o.serverUrl)).toEqual(['http://10.0.0.5:4010']);
  });

  it.each(['http://[::1]:4010', 'http://localhost:4010', 'https://10.0.0.5'])('a packaged console connects to %s', async (url) => {
    vi.stubEnv('CONSOLE_SERVER_URL', url);
    await ready(await boot({ packaged: true }));
    expect(stub.servicesOptions.map((o) => o.serverUrl)).toEqual([url]);
  });

  it.each(['http://127.0.0.1.evil.com', 'http://127.0.0.1@evil.com', 'ftp://127.0.0.1'])('a packaged console refuses %s', async (url) => {
    vi.stubEnv('CONSOLE_SERVER_URL', url);
    await ready(await boot({ packaged: true }));
    expect(stub.servicesOptions).toEqual([]);
  });
});

describe('app.openExternal', () => {
  it('passes only trusted web links to the OS', async () => {
    const fake = await boot();
    await ready(fake);
    const openExternal = stub.handlerOptions[0]!.openExternal!;
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'smb://host/share', 'https://user:pw@example.com/']) {
      expect(await openExternal(url), url).toBe(false);
    }
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
    expect(await openExternal('https://tracker.example.com/ENG-12')).toBe(true);
    expect(fake.shell.openExternal.mock.calls).toEqual([['https://tracker.example.com/ENG-12']]);
  });
});

describe('lifecycle', () => {
  it('reopens the window on activate once it was closed, and only then', async () => {
    const fake = await boot();
    const first = await ready(fake);
    fake.app.emit('activate');
    expect(fake.BrowserWindow.instances).toHaveLength(1);
    first.close();
    fake.app.emit('activate');
    expect(fake.BrowserWindow.instances).toHaveLength(2);
    // The new window is the one a second instance brings back.
    const second = fake.BrowserWindow.instances[1]!;
    second.minimize();
    fake.app.emit('second-instance', {}, [], '/');
    expect(second.isMinimized()).toBe(false);
  });

  it('disposes the services before quitting', async () => {
    const fake = await boot();
    await ready(fake);
    expect(stub.disposed).toBe(0);
    fake.app.emit('before-quit', new fake.FakeEvent());
    expect(stub.disposed).toBe(1);
  });

  it.each<[NodeJS.Platform, boolean]>([
    ['linux', true],
    ['win32', true],
    ['darwin', false],
  ])('on %s, closing the last window quits: %s', async (platform, quits) => {
    const fake = await boot();
    (await ready(fake)).close();
    Object.defineProperty(process, 'platform', { value: platform, configurable: true });
    fake.app.emit('window-all-closed');
    expect(fake.app.quit.mock.calls.length > 0).toBe(quits);
  });
});
