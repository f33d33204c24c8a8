// The desktop channel: notifications, the badge and idle time (src/shared/desktop-api.ts). Same rules as
// the API channel in ipc.ts: the sender must be our own top frame, and the payload passes the contract's
// schema before anything runs. Main shows only what a window asked for, and a click goes back to that
// window (restored and focused first) — or, if it has closed since, to the console window still open.
import { app, BrowserWindow, ipcMain, powerMonitor, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { DESKTOP_EVENT, DESKTOP_REQUEST, parseDesktopRequest, type DesktopEventName, type DesktopEventPayload, type DesktopReply } from '../../shared/desktop-api';
import { reason } from '../../shared/reasons';
import { createIdleWatch } from '../services/idle-watch';
import type { MainNotifier, NotifyActionEvent } from '../services/notifier';
import { systemClock, type Clock } from '../services/ports';
import { setBadgeOverlay } from './badge-overlay';
import { fromOurTopFrame } from './ipc';

/** Which window asked for each tag: kept for more tags than the notifier holds, oldest forgotten first. */
const MAX_OWNERS = 200;

export interface DesktopDeps {
  notifier: MainNotifier;
  devServerUrl: string | null;
  /** Where a click goes when the window that asked is gone. */
  fallbackWindow: () => BrowserWindow | null;
  clock?: Clock;
  platform?: NodeJS.Platform;
}

function send<N extends DesktopEventName>(wc: WebContents, name: N, payload: DesktopEventPayload<N>): void {
  if (!wc.isDestroyed()) wc.send(DESKTOP_EVENT, name, payload);
}

function bringForward(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore();
  if (!win.isVisible()) win.show();
  win.focus();
}

export function exposeDesktop(deps: DesktopDeps): () => void {
  const platform = deps.platform ?? process.platform;
  const owners = new Map<string, WebContents>();
  const idle = createIdleWatch<WebContents>({
    clock: deps.clock ?? systemClock,
    idleSeconds: () => powerMonitor.getSystemIdleTime(),
    deliver: (wc, news) => (news.kind === 'idle' ? send(wc, 'presence.idle', { idleSeconds: news.idleSeconds }) : send(wc, 'presence.active', {})),
  });
  const onGone = new Map<WebContents, () => void>();
  const watchGone = (wc: WebContents) => {
    if (onGone.has(wc)) return;
    const gone = () => {
      onGone.delete(wc);
      idle.forget(wc);
    };
    onGone.set(wc, gone);
    wc.once('destroyed', gone);
  };

  const onAction = (e: NotifyActionEvent) => {
    const asked = owners.get(e.tag);
    owners.delete(e.tag);
    const own = asked && !asked.isDestroyed() ? BrowserWindow.fromWebContents(asked) : null;
    const win = own && !own.isDestroyed() ? own : deps.fallbackWindow();
    if (!win || win.isDestroyed()) return;
    // Snoozing is chosen so as to stay where one is: the console does not jump to the front for it.
    if (e.action !== 'snooze') bringForward(win);
    send(win.webContents, 'notify.action', e);
  };
  const stopActions = deps.notifier.onAction(onAction);

  ipcMain.handle(DESKTOP_REQUEST, (event: IpcMainInvokeEvent, name: unknown, input: unknown): DesktopReply => {
    if (!fromOurTopFrame(event, deps.devServerUrl)) {
      console.warn('refused a desktop call from an untrusted frame');
      return { ok: false, error: { code: 'forbidden', ...reason('page_not_allowed') } };
    }
    const req = parseDesktopRequest(name, input);
    if (!req.ok) return req;
    const wc = event.sender;
    switch (req.name) {
      case 'notify.show': {
        const n = req.input;
        owners.delete(n.tag);
        owners.set(n.tag, wc);
        while (owners.size > MAX_OWNERS) owners.delete(owners.keys().next().value!);
        deps.notifier.show(n);
        return { ok: true, value: { ok: true } };
      }
      case 'notify.close': {
        const { tag } = req.input;
        owners.delete(tag);
        deps.notifier.close(tag);
        return { ok: true, value: { ok: true } };
      }
      case 'notify.badge': {
        const { count, label } = req.input;
        const shown = app.setBadgeCount(count);
        // Windows has none: an overlay dot on the asking window's taskbar button (the count is in its title).
        const win = !shown && platform === 'win32' ? BrowserWindow.fromWebContents(wc) : null;
        if (win && !win.isDestroyed()) setBadgeOverlay(win, count, label ?? '');
        return { ok: true, value: { shown } };
      }
      case 'presence.watchIdle': {
        const { minutes } = req.input;
        if (minutes !== null) watchGone(wc);
        idle.watch(wc, minutes);
        return { ok: true, value: { ok: true } };
      }
    }
  });

  const locked = () => idle.screenLocked();
  const unlocked = () => idle.screenUnlocked();
  const asleep = () => idle.systemSuspended();
  powerMonitor.on('lock-screen', locked);
  powerMonitor.on('unlock-screen', unlocked);
  powerMonitor.on('suspend', asleep);
  return () => {
    ipcMain.removeHandler(DESKTOP_REQUEST);
    stopActions();
    powerMonitor.removeListener('lock-screen', locked);
    powerMonitor.removeListener('unlock-screen', unlocked);
    powerMonitor.removeListener('suspend', asleep);
    for (const [wc, gone] of onGone) wc.removeListener('destroyed', gone);
    onGone.clear();
    idle.dispose();
    owners.clear();
  };
}
