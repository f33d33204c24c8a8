// Contract tests for the app:// protocol against a fake Electron protocol module (see fake-electron.ts),
// serving a renderer build laid out in a temporary directory next to a file that must never be served.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy, SECURITY_HEADERS } from '../security/csp';
import { emitReady, protocol, resetFakeElectron } from './fake-electron';
import { registerAppScheme, serveRenderer } from './protocol';

vi.mock('electron', () => import('./fake-electron'));

const SECRET = 'SECRET-OUTSIDE-THE-RENDERER';
let root: string;
let rendererDir: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'console-protocol-'));
  rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Agent Console</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("app")');
  writeFileSync(join(root, 'secret.txt'), SECRET);
  writeFileSync(join(root, 'renderer-evil.txt'), SECRET); // shares the renderer dir's name as a prefix
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function expectSecurityHeaders(res: Response): void {
  expect(res.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(name), name).toBe(value);
}

describe('registerAppScheme', () => {
  beforeEach(() => resetFakeElectron());

  it('registers app: as a standard, secure scheme with fetch, before the app is ready', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    const privileges = protocol.registerSchemesAsPrivileged.mock.calls[0]![0][0]!.privileges!;
    // Nothing that would weaken it: no CSP bypass, no service-worker or CORS relaxations.
    expect(privileges.bypassCSP).toBeUndefined();
    expect(privileges.corsEnabled).toBeUndefined();
  });
});

describe('serveRenderer', () => {
  beforeEach(() => {
    resetFakeElectron();
    emitReady();
    serveRenderer(rendererDir);
  });

  it('serves the built index for app://console/ and app://console/index.html, with the CSP', async () => {
    for (const url of ['app://console/', 'app://console/index.html', 'app://console/index.html?x=1#top']) {
      const res = await protocol.request(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expectSecurityHeaders(res);
      expect(await res.text()).toContain('<title>Agent Console</title>');
    }
  });

  it('serves assets with their content type and the CSP', async () => {
    const res = await protocol.request('app://console/assets/app.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expectSecurityHeaders(res);
    expect(await res.text()).toBe('console.log("app")');
  });

  // Plain and %2e-encoded dot segments are resolved by the URL parser (in Chromium as in Node) before the
  // handler sees the path, so they stay inside the build and find nothing there.
  it.each(['app://console/../secret.txt', 'app://console/%2e%2e/secret.txt', 'app://console/assets/../../../secret.txt', 'app://console/%2E%2E/%2e%2e/secret.txt'])(
    'keeps %s inside the build: 404',
    async (url) => {
      const res = await protocol.request(url);
      expect(res.status).toBe(404);
      expectSecurityHeaders(res);
      expect(await res.text()).not.toContain(SECRET);
    },
  );

  // Encoded slashes survive the URL parser; the handler decodes them and must refuse to leave the build.
  it.each([
    'app://console/..%2fsecret.txt',
    'app://console/%2e%2e%2fsecret.txt',
    'app://console/assets/..%2f..%2fsecret.txt',
    'app://console/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    'app://console/..%2frenderer-evil.txt',
    'app://console/%00',
    'app://console/%E0%A4%A',
  ])('refuses %s: 400', async (url) => {
    const res = await protocol.request(url);
    expect(res.status).toBe(400);
    expectSecurityHeaders(res);
    expect(await res.text()).not.toContain(SECRET);
  });

  it.each(['app://console/nope.js', 'app://console/assets', 'app://console/assets/', 'app://evil/index.html', 'app://console.evil/index.html'])(
    'answers 404 for %s, with the CSP',
    async (url) => {
      const res = await protocol.request(url);
      expect(res.status).toBe(404);
      expectSecurityHeaders(res);
    },
  );
});
