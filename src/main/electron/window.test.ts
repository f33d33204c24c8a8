// Contract tests for the console window against a fake Electron (see fake-electron.ts).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, emitReady, resetFakeElectron, session, setDisplays, shell } from './fake-electron';
import { createConsoleWindow, SAVE_DELAY_MS } from './window';

vi.mock('electron', () => import('./fake-electron'));

let userData: string;
const stateFile = () => join(userData, 'window-state.json');

beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'console-window-'));
  resetFakeElectron(userData);
  emitReady();
});
afterEach(() => rmSync(userData, { recursive: true, force: true }));

describe('createConsoleWindow', () => {
  it('creates an isolated, sandboxed window without node, with web security and our preload', () => {
    const win = createConsoleWindow(null) as unknown as BrowserWindow;
    expect(BrowserWindow.instances).toEqual([win]);
    const prefs = win.options.webPreferences!;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    // Defaults that must stay off: no <webview>, no node in workers or subframes.
    for (const key of ['webviewTag', 'nodeIntegrationInWorker', 'nodeIntegrationInSubFrames', 'allowRunningInsecureContent']) {
      expect(prefs[key], key).not.toBe(true);
    }
    // out/main/index.js loads out/preload/index.js.
    expect(isAbsolute(String(prefs.preload))).toBe(true);
    expect(String(prefs.preload)).toBe(join(__dirname, '../preload/index.js'));
  });

  it('loads the renderer from app://console, or the dev server when given; never file://', () => {
    const packaged = createConsoleWindow(null) as unknown as BrowserWindow;
    expect(packaged.loadedUrl).toBe('app://console/index.html');
    const dev = createConsoleWindow('http://localhost:5173') as unknown as BrowserWindow;
    expect(dev.loadedUrl).toBe('http://localhost:5173');
    for (const w of BrowserWindow.instances) expect(w.loadedUrl).not.toMatch(/^file:/i);
  });

  it('stays hidden until the first paint is ready', () => {
    const win = createConsoleWindow(null) as unknown as BrowserWindow;
    expect(win.visible).toBe(false);
    win.emit('ready-to-show');
    expect(win.visible).toBe(true);
  });

  describe('navigation', () => {
    it('allows our own origin and prevents any other, and URLs that do not parse', () => {
      const win = createConsoleWindow(null) as unknown as BrowserWindow;
      const wc = win.webContents;
      expect(wc.navigate('app://console/index.html')).toBe(true);
      expect(wc.navigate('app://console/')).toBe(true);
      for (const url of [
        'https://evil.example/',
        'http://localhost:5173/',
        'app://evil/index.html',
        'app://console.evil.example/',
        'file:///etc/passwd',
        'javascript:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        'not a url',
        'http://',
        '',
      ]) {
        expect(wc.navigate(url), url).toBe(false);
      }
    });

    it('with a dev server, allows only the dev server origin', () => {
      const wc = (createConsoleWindow('http://localhost:5173') as unknown as BrowserWindow).webContents;
      expect(wc.navigate('http://localhost:5173/index.html')).toBe(true);
      expect(wc.navigate('http://localhost:5174/')).toBe(false);
      expect(wc.navigate('https://localhost:5173/')).toBe(false);
      expect(wc.navigate('app://console/index.html')).toBe(false);
      expect(wc.navigate('::')).toBe(false);
    });
  });

  describe('new windows', () => {
    it('are always denied; plain http(s) links go to the OS browser', () => {
      const wc = (createConsoleWindow(null) as unknown as BrowserWindow).webContents;
      expect(wc.openWindow('https://tracker.example.com/ENG-12')).toEqual({ action: 'deny' });
      expect(wc.openWindow('http://example.com/')).toEqual({ action: 'deny' });
      expect(shell.openExternal.mock.calls).toEqual([['https://tracker.example.com/ENG-12'], ['http://example.com/']]);
    });

    it.each([
      'javascript:alert(1)',
      'file:///etc/passwd',
      'smb://host/share',
      'ms-msdt:/id PCWDiagnostic',
      'app://console/index.html',
      'https://user:pw@example.com/',
      'about:blank',
      'not a url',
    ])('are denied and %s never reaches the OS', (url) => {
      const wc = (createConsoleWindow(null) as unknown as BrowserWindow).webContents;
      expect(wc.openWindow(url)).toEqual({ action: 'deny' });
      expect(shell.openExternal).not.toHaveBeenCalled();
    });
  });

  it('grants notifications and no other permission', async () => {
    createConsoleWindow(null);
    const s = session.defaultSession;
    expect(await s.requestPermission('notifications')).toBe(true);
    for (const p of ['media', 'geolocation', 'clipboard-read', 'openExternal', 'display-capture', 'hid', 'usb', 'serial', 'unknown']) {
      expect(await s.requestPermission(p), p).toBe(false);
      expect(s.checkPermission(p), `check ${p}`).toBe(false);
    }
    expect(s.checkPermission('notifications')).toBe(true);
  });

  describe('window state', () => {
    it('restores the saved bounds and maximized state', () => {
      writeFileSync(stateFile(), JSON.stringify({ x: 100, y: 50, width: 1000, height: 700, maximized: true }));
      const win = createConsoleWindow(null) as unknown as BrowserWindow;
      expect(win.options).toMatchObject({ x: 100, y: 50, width: 1000, height: 700 });
      expect(win.isMaximized()).toBe(true);
    });

    it('brings a window saved on an unplugged monitor back onto a display', () => {
      setDisplays([{ x: 0, y: 0, width: 1920, height: 1040 }]);
      writeFileSync(stateFile(), JSON.stringify({ x: 2500, y: 100, width: 1200, height: 800, maximized: false }));
      const { options: o } = createConsoleWindow(null) as unknown as BrowserWindow;
      expect(o.x! >= 0 && o.x! + o.width! <= 1920).toBe(true);
      expect(o.y! >= 0 && o.y! + o.height! <= 1040).toBe(true);
      expect(o).toMatchObject({ width: 1200, height: 800 });
    });

    it.each([
      ['garbage', 'not json{'],
      ['wrong types', JSON.stringify({ x: 'a', y: 0, width: 900, height: 700 })],
      ['not an object', JSON.stringify([1, 2, 3, 4])],
    ])('falls back to a default window for %s', (_what, content) => {
      writeFileSync(stateFile(), content);
      const win = createConsoleWindow(null) as unknown as BrowserWindow;
      expect(win.options).toMatchObject({ x: 80, y: 60, width: 1280, height: 800 });
      expect(win.isMaximized()).toBe(false);
    });

    it('opens a default window when nothing was saved', () => {
      const win = createConsoleWindow(null) as unknown as BrowserWindow;
      expect(win.options).toMatchObject({ x: 80, y: 60, width: 1280, height: 800 });
    });

    it('writes the normal bounds and maximized state when the window closes', () => {
      const win = createConsoleWindow(null) as unknown as BrowserWindow;
      win.setBounds({ x: 200, y: 120, width: 1100, height: 760 });
      win.maximize();
      win.close();
      expect(JSON.parse(readFileSync(stateFile(), 'utf8'))).toEqual({ x: 200, y: 120, width: 1100, height: 760, maximized: true });
      // …and the next window opens where this one was.
      const next = createConsoleWindow(null) as unknown as BrowserWindow;
      expect(next.options).toMatchObject({ x: 200, y: 120, width: 1100, height: 760 });
      expect(next.isMaximized()).toBe(true);
    });

    it('writes the place down shortly after a move or resize too, so a crash does not lose it', () => {
      vi.useFakeTimers();
      try {
        const win = createConsoleWindow(null) as unknown as BrowserWindow;
        win.setBounds({ x: 30, y: 40, width: 1200, height: 700 });
        win.setBounds({ x: 35, y: 45, width: 1210, height: 710 });
        expect(existsSync(stateFile())).toBe(false);
        vi.advanceTimersByTime(SAVE_DELAY_MS);
        expect(JSON.parse(readFileSync(stateFile(), 'utf8'))).toEqual({ x: 35, y: 45, width: 1210, height: 710, maximized: false });
      } finally {
        vi.useRealTimers();
      }
    });

    it('still closes when the state cannot be written', () => {
      rmSync(userData, { recursive: true, force: true });
      const win = createConsoleWindow(null) as unknown as BrowserWindow;
      expect(() => win.close()).not.toThrow();
      expect(win.isDestroyed()).toBe(true);
    });
  });
});
