// app://console/… serves the built renderer (never file://), with the CSP on every response.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from '../security/app-origin';
import { contentSecurityPolicy, SECURITY_HEADERS } from '../security/csp';
import { contentTypeOf, resolveStaticPath } from '../security/static-files';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererDir = join(__dirname, '../renderer')): void {
  const csp = contentSecurityPolicy();
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const headers = { ...SECURITY_HEADERS, 'content-security-policy': csp };
    if (url.host !== APP_HOST) return new Response('not found', { status: 404, headers });
    const file = resolveStaticPath(rendererDir, url.pathname);
    if (!file) return new Response('bad path', { status: 400, headers });
    try {
      return new Response(await readFile(file), { headers: { ...headers, 'content-type': contentTypeOf(file) } });
    } catch {
      return new Response('not found', { status: 404, headers });
    }
  });
}
