// Electron entry point: a thin adapter that wires the plain-TypeScript services to the OS.
import { app, shell, type BrowserWindow } from 'electron';
import { createApiHandlers, type ApiHandlers } from '../api/handlers';
import { createMainServices, type MainServices } from '../services';
import { backendUrlPolicy, checkBackendUrl } from '../security/backend-url';
import { refusedBackendHandlers } from '../security/refused-backend';
import { isTrustedExternalUrl } from '../security/trusted-url';
import { exposeDesktop } from './desktop-ipc';
import { exposeApi } from './ipc';
import { createElectronNotifier } from './notifier-electron';
import { exposeSyncPorts } from './sync-port';
import { registerAppScheme, serveRenderer } from './protocol';
import { createSafeStorageSecretStore } from './secret-store';
import { createConsoleWindow } from './window';

const devServerUrl = !app.isPackaged ? (process.env.ELECTRON_RENDERER_URL ?? null) : null;
let window: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  // Windows shows toasts (and their buttons) only for an app with an AppUserModelID: the installer's appId.
  if (process.platform === 'win32') app.setAppUserModelId('com.example.agentconsole');
  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  app.whenReady().then(() => {
    serveRenderer();
    const openExternal = async (url: string) => {
      if (!isTrustedExternalUrl(url)) return false;
      await shell.openExternal(url);
      return true;
    };
    const serverUrl = process.env.CONSOLE_SERVER_URL ?? 'http://127.0.0.1:4010';
    const verdict = checkBackendUrl(serverUrl, backendUrlPolicy(app.isPackaged, process.env));
    const secrets = createSafeStorageSecretStore();
    let services: MainServices | null = null;
    let handlers: ApiHandlers;
    if (verdict.ok) {
      services = createMainServices({ serverUrl: verdict.url, secrets, edition: 'desktop' });
      handlers = createApiHandlers(services, { openExternal });
    } else {
      // No services at all: not one request to that address, not even to resume a stored session.
      console.error(`not connecting (${verdict.code}): ${verdict.reason}`);
      handlers = refusedBackendHandlers({ serverUrl, code: verdict.code, secureStorage: () => secrets.isSecure(), openExternal });
    }
    exposeApi(handlers, () => window, devServerUrl);
    exposeSyncPorts(handlers, devServerUrl);
    // Notifications, badge and idle time: main shows what the window asks for (it decides, from its replica).
    exposeDesktop({ notifier: createElectronNotifier(), devServerUrl, fallbackWindow: () => window });
    window = createConsoleWindow(devServerUrl);
    window.on('closed', () => (window = null));
    app.on('activate', () => {
      if (!window) window = createConsoleWindow(devServerUrl);
    });
    app.on('before-quit', () => void services?.dispose());
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
