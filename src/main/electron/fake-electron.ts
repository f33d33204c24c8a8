// Test support only (never imported by the app): a small fake of the Electron main-process APIs that the
// adapters in this folder call, so their contract tests run without an Electron binary:
//   vi.mock('electron', () => import('./fake-electron'));
// It keeps the parts of Electron's documented behaviour the adapters depend on: BrowserWindow, screen,
// session and protocol.handle are unusable before 'ready' and registerSchemesAsPrivileged after it;
// ipcMain.handle refuses a second handler for a channel; events carry preventDefault(); Chromium
// grants every permission when no handler is set; safeStorage.getSelectedStorageBackend exists on
// Linux only. Helpers (navigate, openWindow, invoke, request, …) play the renderer's or the OS's part.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Electron's Event: listeners veto the default action with preventDefault(). */
export class FakeEvent {
  defaultPrevented = false;
  constructor(readonly url?: string) {}
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

const state = {
  ready: false,
  resolveReady: () => {},
  readyPromise: Promise.resolve(),
  userData: '',
  displays: [] as Rect[],
};

function requireReady(what: string): void {
  if (!state.ready) throw new Error(`${what} cannot be used before the app is ready`);
}

// ---- webContents / frames -------------------------------------------------------------------------

export class FakeWebFrame {
  constructor(public url: string) {}
}

interface WindowOpenDetails {
  url: string;
  frameName: string;
  features: string;
  disposition: 'default' | 'foreground-tab' | 'background-tab' | 'new-window' | 'other';
}
type WindowOpenHandler = (details: WindowOpenDetails) => { action: 'allow' | 'deny' };

export class FakeWebContents extends EventEmitter {
  readonly mainFrame: FakeWebFrame;
  private gone = false;
  isDestroyed(): boolean {
    return this.gone;
  }
  /** The renderer goes away (its window closed or it crashed): 'destroyed' fires. */
  destroy(): void {
    if (this.gone) return;
    this.gone = true;
    this.emit('destroyed');
  }
  readonly sent: unknown[][] = [];
  private openHandler: WindowOpenHandler | null = null;

  constructor(url = 'about:blank') {
    super();
    this.mainFrame = new FakeWebFrame(url);
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.openHandler = handler;
  }

  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }

  /** webContents.postMessage: what main posted to the page, with the ports it transferred. */
  readonly posted: { channel: string; message: unknown; ports: FakeMessagePortMain[] }[] = [];
  postMessage(channel: string, message: unknown, ports: FakeMessagePortMain[] = []): void {
    this.posted.push({ channel, message, ports });
  }

  /** The page calls window.open(url) / follows a target=_blank link. Without a handler Chromium allows it. */
  openWindow(url: string): { action: 'allow' | 'deny' } {
    return this.openHandler ? this.openHandler({ url, frameName: '', features: '', disposition: 'foreground-tab' }) : { action: 'allow' };
  }

  /** The page starts a navigation to `url`; true when no listener vetoed it. */
  navigate(url: string): boolean {
    const event = new FakeEvent(url);
    this.emit('will-navigate', event, url, false, true);
    if (event.defaultPrevented) return false;
    this.mainFrame.url = url;
    return true;
  }
}

// ---- BrowserWindow --------------------------------------------------------------------------------

// Structural subset of Electron.BrowserWindowConstructorOptions: what the tests read back.
export interface WindowOptions extends Partial<Rect> {
  show?: boolean;
  webPreferences?: Record<string, unknown>;
  [key: string]: unknown;
}

export class BrowserWindow extends EventEmitter {
  static readonly instances: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly options: WindowOptions;
  loadedUrl: string | null = null;
  visible: boolean;
  private bounds: Rect;
  private maximized = false;
  private minimized = false;
  private destroyed = false;
  focused = false;

  constructor(options: WindowOptions = {}) {
    super();
    if (!state.ready) throw new Error('Cannot create BrowserWindow before app is ready');
    this.options = options;
    this.visible = options.show !== false;
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    BrowserWindow.instances.push(this);
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }
  show(): void {
    this.visible = true;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  minimize(): void {
    this.minimized = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
    this.maximized = false;
  }
  focus(): void {
    this.focused = true;
  }
  isVisible(): boolean {
    return this.visible;
  }
  /** Windows: the taskbar button's overlay icon (null: none was ever set). */
  overlay: { image: unknown; description: string } | null = null;
  setOverlayIcon(image: unknown, description: string): void {
    this.overlay = { image, description };
  }
  static fromWebContents(wc: FakeWebContents): BrowserWindow | null {
    return BrowserWindow.instances.find((w) => w.webContents === wc) ?? null;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** The user moves or resizes the window (while not maximized). */
  setBounds(b: Partial<Rect>): void {
    this.bounds = { ...this.bounds, ...b };
    this.emit('resize');
    this.emit('move');
  }
  /** The bounds of the window when not maximized or minimized. */
  getNormalBounds(): Rect {
    return { ...this.bounds };
  }
  /** The user closes the window: 'close' (vetoable), then 'closed', and the window is gone. */
  close(): void {
    if (this.destroyed) return;
    const event = new FakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroyed = true;
    this.emit('closed');
  }
}

// ---- app ------------------------------------------------------------------------------------------

class FakeApp extends EventEmitter {
  isPackaged = true;
  /** What requestSingleInstanceLock() answers: false when another instance already holds the lock. */
  lockAvailable = true;
  readonly requestSingleInstanceLock = vi.fn(() => this.lockAvailable);
  readonly quit = vi.fn();
  readonly setAppUserModelId = vi.fn((_id: string) => {});
  /** What setBadgeCount answers: false where the OS has no badge count (Windows, most Linux docks). */
  badgeSupported = true;
  badgeCount = 0;
  readonly setBadgeCount = vi.fn((count = 0) => {
    if (!this.badgeSupported) return false;
    this.badgeCount = count;
    return true;
  });

  getPath(name: string): string {
    if (name !== 'userData') throw new Error(`fake app.getPath does not know "${name}"`);
    return state.userData;
  }
  isReady(): boolean {
    return state.ready;
  }
  whenReady(): Promise<void> {
    return state.readyPromise;
  }
}

export const app = new FakeApp();

// ---- screen, session, shell -----------------------------------------------------------------------

export const screen = {
  getAllDisplays() {
    requireReady("The 'screen' module");
    return state.displays.map((workArea, i) => ({ id: i + 1, bounds: workArea, workArea }));
  },
};

type PermissionHandler = (webContents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;

type PermissionCheckHandler = (webContents: unknown, permission: string, requestingOrigin: string, details: unknown) => boolean;

class FakeSession {
  private permissionHandler: PermissionHandler | null = null;
  private checkHandler: PermissionCheckHandler | null = null;
  setPermissionRequestHandler(handler: PermissionHandler | null): void {
    this.permissionHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.checkHandler = handler;
  }
  /** A page checks a permission synchronously (navigator.permissions.query); true when no handler is set. */
  checkPermission(permission: string): boolean {
    return this.checkHandler ? this.checkHandler(null, permission, 'app://console', {}) : true;
  }
  /** A page asks for a permission; resolves with the answer (Chromium grants everything when no handler is set). */
  requestPermission(permission: string, webContents: unknown = null): Promise<boolean> {
    const handler = this.permissionHandler;
    if (!handler) return Promise.resolve(true);
    return new Promise((resolve) => handler(webContents, permission, resolve, { requestingUrl: 'app://console/index.html' }));
  }
}

let defaultSession = new FakeSession();
export const session = {
  get defaultSession(): FakeSession {
    requireReady('session');
    return defaultSession;
  },
};

export const shell = {
  openExternal: vi.fn(async (_url: string) => {}),
};

// ---- protocol -------------------------------------------------------------------------------------

type ProtocolHandler = (request: Request) => Response | Promise<Response>;
const protocolHandlers = new Map<string, ProtocolHandler>();

export const protocol = {
  registerSchemesAsPrivileged: vi.fn((_schemes: { scheme: string; privileges?: Record<string, boolean> }[]) => {
    if (state.ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
  }),
  handle(scheme: string, handler: ProtocolHandler): void {
    requireReady('protocol.handle');
    if (protocolHandlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    protocolHandlers.set(scheme, handler);
  },
  isProtocolHandled(scheme: string): boolean {
    return protocolHandlers.has(scheme);
  },
  /** The renderer loads `url`; the handler registered for its scheme answers. */
  async request(url: string): Promise<Response> {
    const scheme = new URL(url).protocol.slice(0, -1);
    const handler = protocolHandlers.get(scheme);
    if (!handler) throw new Error(`net::ERR_UNKNOWN_URL_SCHEME (${scheme})`);
    return handler(new Request(url));
  },
};

// ---- ipcMain --------------------------------------------------------------------------------------

export interface FakeInvokeEvent {
  sender: FakeWebContents;
  senderFrame: FakeWebFrame | null;
  processId: number;
  frameId: number;
}
type InvokeListener = (event: FakeInvokeEvent, ...args: unknown[]) => unknown;
const ipcHandlers = new Map<string, InvokeListener>();

const ipcListeners = new Map<string, Set<InvokeListener>>();

export const ipcMain = {
  on(channel: string, listener: InvokeListener): void {
    const set = ipcListeners.get(channel) ?? new Set();
    ipcListeners.set(channel, set);
    set.add(listener);
  },
  removeListener(channel: string, listener: InvokeListener): void {
    ipcListeners.get(channel)?.delete(listener);
  },
  /** ipcRenderer.send(channel, ...args) from the given frame of `sender`. */
  sendFrom(channel: string, sender: FakeWebContents, frame: FakeWebFrame | null, ...args: unknown[]): void {
    for (const l of ipcListeners.get(channel) ?? []) l({ sender, senderFrame: frame, processId: 1, frameId: 1 }, ...args);
  },
  handle(channel: string, listener: InvokeListener): void {
    if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcHandlers.set(channel, listener);
  },
  removeHandler(channel: string): void {
    ipcHandlers.delete(channel);
  },
  /** ipcRenderer.invoke(channel, ...args) from the given frame of `sender`. */
  async invoke(channel: string, sender: FakeWebContents, frame: FakeWebFrame | null, ...args: unknown[]): Promise<unknown> {
    const listener = ipcHandlers.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return listener({ sender, senderFrame: frame, processId: 1, frameId: 1 }, ...args);
  },
};

// ---- MessageChannelMain ---------------------------------------------------------------------------

/** Electron's MessagePortMain: messages queue until start(); 'close' fires on both ends when one closes. */
export class FakeMessagePortMain extends EventEmitter {
  peer: FakeMessagePortMain | null = null;
  private started = false;
  private queue: unknown[] = [];
  closed = false;
  postMessage(data: unknown): void {
    if (this.closed || !this.peer || this.peer.closed) return;
    this.peer.deliver(data);
  }
  deliver(data: unknown): void {
    if (this.started) queueMicrotask(() => this.emit('message', { data, ports: [] }));
    else this.queue.push(data);
  }
  start(): void {
    this.started = true;
    for (const d of this.queue.splice(0)) this.deliver(d);
  }
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.emit('close');
    this.peer?.close();
  }
}

export class MessageChannelMain {
  readonly port1 = new FakeMessagePortMain();
  readonly port2 = new FakeMessagePortMain();
  constructor() {
    this.port1.peer = this.port2;
    this.port2.peer = this.port1;
  }
}

// ---- safeStorage ----------------------------------------------------------------------------------

const CIPHER_PREFIX = Buffer.from('v11');
const scramble = (b: Buffer) => Buffer.from(b.map((x) => x ^ 0xa5));

export const safeStorage = {
  available: true,
  backend: 'gnome_libsecret' as 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown',
  isEncryptionAvailable(): boolean {
    return this.available;
  },
  /** Linux only: on other platforms Electron does not define it. */
  getSelectedStorageBackend() {
    if (process.platform !== 'linux') throw new TypeError('safeStorage.getSelectedStorageBackend is not a function');
    return this.backend;
  },
  encryptString(plain: string): Buffer {
    if (!this.available) throw new Error('Error while encrypting the text provided to safeStorage.encryptString. Encryption is not available.');
    return Buffer.concat([CIPHER_PREFIX, scramble(Buffer.from(plain, 'utf8'))]);
  },
  decryptString(cipher: Buffer): string {
    if (!this.available || !Buffer.isBuffer(cipher) || !cipher.subarray(0, CIPHER_PREFIX.length).equals(CIPHER_PREFIX)) {
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    }
    return scramble(cipher.subarray(CIPHER_PREFIX.length)).toString('utf8');
  },
};

export const nativeImage = {
  createFromBitmap(bitmap: Buffer, options: { width: number; height: number }) {
    if (bitmap.length !== options.width * options.height * 4) throw new Error('Invalid buffer size');
    return { bitmap, width: options.width, height: options.height, isEmpty: () => false };
  },
};

// ---- Notification, powerMonitor -------------------------------------------------------------------

/** Electron's Notification: usable after 'ready'; the test plays the OS (click, action, close). */
export class Notification extends EventEmitter {
  static readonly instances: Notification[] = [];
  static supported = true;
  static isSupported(): boolean {
    return Notification.supported;
  }
  shown = false;
  closed = false;
  constructor(readonly options: Record<string, unknown> & { actions?: { type: string; text?: string }[] } = {}) {
    super();
    requireReady('Notification');
    Notification.instances.push(this);
  }
  show(): void {
    this.shown = true;
    this.emit('show', new FakeEvent());
  }
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.emit('close', Object.assign(new FakeEvent(), { reason: 'applicationHidden' }));
  }
  /** The user clicks the notification's body. */
  click(): void {
    this.emit('click', new FakeEvent());
  }
  /** The user presses the action button at `index` (Electron 45: details.actionIndex, and the deprecated index). */
  pressAction(index: number): void {
    this.emit('action', Object.assign(new FakeEvent(), { actionIndex: index, selectionIndex: -1 }), index, -1);
  }
  /** The OS takes it off screen (dismissed, or timed out into the Action Center on Windows). */
  dismiss(reason: 'userCanceled' | 'timedOut'): void {
    this.emit('close', Object.assign(new FakeEvent(), { reason }));
  }
}

class FakePowerMonitor extends EventEmitter {
  /** Seconds since the last keyboard or mouse input, as the OS reports it. */
  idleSeconds = 0;
  getSystemIdleTime(): number {
    requireReady("The 'powerMonitor' module");
    return this.idleSeconds;
  }
}
export const powerMonitor = new FakePowerMonitor();

// ---- control --------------------------------------------------------------------------------------

/** Back to a fresh, not-yet-ready process with one 1920×1040 display and `userData` as app.getPath('userData'). */
export function resetFakeElectron(userData = ''): void {
  state.ready = false;
  state.readyPromise = new Promise<void>((resolve) => (state.resolveReady = resolve));
  state.userData = userData;
  state.displays = [{ x: 0, y: 0, width: 1920, height: 1040 }];
  BrowserWindow.instances.length = 0;
  app.removeAllListeners();
  app.isPackaged = true;
  app.lockAvailable = true;
  app.requestSingleInstanceLock.mockClear();
  app.badgeSupported = true;
  app.badgeCount = 0;
  app.setBadgeCount.mockClear();
  Notification.instances.length = 0;
  Notification.supported = true;
  powerMonitor.removeAllListeners();
  powerMonitor.idleSeconds = 0;
  app.quit.mockClear();
  app.setAppUserModelId.mockClear();
  defaultSession = new FakeSession();
  shell.openExternal.mockClear();
  protocol.registerSchemesAsPrivileged.mockClear();
  protocolHandlers.clear();
  ipcHandlers.clear();
  ipcListeners.clear();
  safeStorage.available = true;
  safeStorage.backend = 'gnome_libsecret';
}

/** Electron finishes initialising: whenReady() resolves and 'ready' fires. */
export function emitReady(): void {
  state.ready = true;
  state.resolveReady();
  app.emit('ready');
}

export function setDisplays(workAreas: Rect[]): void {
  state.displays = workAreas;
}
