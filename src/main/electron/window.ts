// The console window, hardened: isolated, sandboxed, no node; no navigation away, no new windows,
// external links only through the trust check to the OS browser; permissions denied but notifications.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, screen, session, shell } from 'electron';
import { APP_ORIGIN } from '../security/app-origin';
import { isTrustedExternalUrl } from '../security/trusted-url';
import { fitToDisplays, parseWindowState, type WindowState } from '../security/window-state';

const stateFile = () => join(app.getPath('userData'), 'window-state.json');

function loadState(): WindowState {
  let saved = null;
  try {
    saved = parseWindowState(JSON.parse(readFileSync(stateFile(), 'utf8')));
  } catch {
    saved = null;
  }
  return fitToDisplays(saved, screen.getAllDisplays().map((d) => d.workArea));
}

/** How long after the last move or resize the window's place is written down. */
export const SAVE_DELAY_MS = 500;

export function createConsoleWindow(devServerUrl: string | null): BrowserWindow {
  const state = loadState();
  const win = new BrowserWindow({
    ...state,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Agent Console',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  // Node's URL gives a non-special scheme such as app: the opaque origin "null", so compare scheme and host.
  const originOf = (raw: string) => {
    const u = new URL(raw);
    return u.origin !== 'null' ? u.origin : `${u.protocol}//${u.host}`;
  };
  const own = devServerUrl ? originOf(devServerUrl) : APP_ORIGIN;
  win.webContents.on('will-navigate', (event, url) => {
    // Deny by default: a URL that does not even parse must not get through.
    let origin: string | null = null;
    try {
      origin = originOf(url);
    } catch {
      origin = null;
    }
    if (origin !== own) event.preventDefault();
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isTrustedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  // Asked (request) or merely checked (check): notifications only, everything else refused.
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => callback(permission === 'notifications'));
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => permission === 'notifications');

  const save = () => {
    if (win.isDestroyed()) return;
    const b = win.getNormalBounds();
    try {
      writeFileSync(stateFile(), JSON.stringify({ ...b, maximized: win.isMaximized() }));
    } catch {
      // not being able to remember the window is no reason to fail
    }
  };
  // Also shortly after a move or resize, so a crash or a power cut does not forget where it was.
  let pending: ReturnType<typeof setTimeout> | null = null;
  const saveSoon = () => {
    if (pending) clearTimeout(pending);
    pending = setTimeout(() => {
      pending = null;
      save();
    }, SAVE_DELAY_MS);
  };
  win.on('resize', saveSoon);
  win.on('move', saveSoon);
  win.on('close', () => {
    if (pending) clearTimeout(pending);
    pending = null;
    save();
  });
  void win.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return win;
}
