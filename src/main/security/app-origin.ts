// The console's own origin, and the check every API call's sender must pass: the top frame, loaded from
// our custom protocol (packaged) or the dev server (development) — never a navigated-away or embedded page.
export const APP_SCHEME = 'app';
export const APP_HOST = 'console';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export interface SenderInfo {
  url: string;
  isMainFrame: boolean;
}

export function isTrustedSender(sender: SenderInfo | null | undefined, devServerUrl: string | null): boolean {
  if (!sender || !sender.isMainFrame) return false;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return false;
  }
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true;
  if (devServerUrl) {
    const dev = new URL(devServerUrl);
    return url.origin === dev.origin && (dev.hostname === '127.0.0.1' || dev.hostname === 'localhost');
  }
  return false;
}
