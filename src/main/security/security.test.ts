import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './app-origin';
import { contentSecurityPolicy } from './csp';
import { resolveStaticPath } from './static-files';
import { isTrustedExternalUrl } from './trusted-url';
import { fitToDisplays, parseWindowState } from './window-state';

describe('isTrustedExternalUrl', () => {
  it('lets plain web pages through', () => {
    expect(isTrustedExternalUrl('https://tracker.example.com/ENG-12')).toBe(true);
    expect(isTrustedExternalUrl('http://example.com')).toBe(true);
  });
  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'file:///etc/passwd',
    'smb://host/share',
    'ms-msdt:/id PCWDiagnostic',
    'data:text/html,<script>alert(1)</script>',
    'https://user:pw@example.com',
    'https://exa mple.com',
    'https://example.com/\u0000',
    'app://console/index.html',
    '//example.com',
    'not a url',
    `https://example.com/${'a'.repeat(2100)}`,
  ])('refuses %s', (url) => expect(isTrustedExternalUrl(url)).toBe(false));
});

describe('isTrustedSender', () => {
  it('trusts only the top frame of our own origin', () => {
    expect(isTrustedSender({ url: 'app://console/index.html', isMainFrame: true }, null)).toBe(true);
    expect(isTrustedSender({ url: 'app://console/index.html', isMainFrame: false }, null)).toBe(false);
    expect(isTrustedSender({ url: 'app://evil/index.html', isMainFrame: true }, null)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', isMainFrame: true }, null)).toBe(false);
    expect(isTrustedSender({ url: 'file:///tmp/x.html', isMainFrame: true }, null)).toBe(false);
    expect(isTrustedSender(null, null)).toBe(false);
  });
  it('trusts the dev server only on loopback and only when one is configured', () => {
    expect(isTrustedSender({ url: 'http://localhost:5173/', isMainFrame: true }, 'http://localhost:5173')).toBe(true);
    expect(isTrustedSender({ url: 'http://localhost:5174/', isMainFrame: true }, 'http://localhost:5173')).toBe(false);
    expect(isTrustedSender({ url: 'http://localhost:5173/', isMainFrame: true }, null)).toBe(false);
    expect(isTrustedSender({ url: 'http://10.0.0.5:5173/', isMainFrame: true }, 'http://10.0.0.5:5173')).toBe(false);
  });
});

describe('resolveStaticPath', () => {
  const root = mkdtempSync(join(tmpdir(), 'static-'));
  it('maps paths inside the renderer build', () => {
    expect(resolveStaticPath(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/app.js?v=1')).toBe(join(root, 'assets/app.js'));
  });
  it.each(['/../etc/passwd', '/..%2f..%2fetc/passwd', '/assets/../../x', '/%00', '/%E0%A4%A'])('refuses %s', (p) => {
    expect(resolveStaticPath(root, p)).toBeNull();
  });
});

describe('contentSecurityPolicy', () => {
  it('allows no inline script and no remote connections', () => {
    const csp = contentSecurityPolicy({ connect: ['ws://127.0.0.1:5000'] });
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("worker-src 'self';");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(csp).toContain("connect-src 'self' ws://127.0.0.1:5000;");
    expect(csp).toContain("frame-ancestors 'none'");
  });
});

describe('window state', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1040 }];
  it('rejects garbage and restores a sane window', () => {
    expect(parseWindowState({ x: 'a' })).toBeNull();
    expect(parseWindowState({ x: 1, y: 2, width: 900, height: 700, maximized: true })).toEqual({ x: 1, y: 2, width: 900, height: 700, maximized: true });
  });
  it('brings back a window left on an unplugged monitor, and never smaller than usable', () => {
    const s = fitToDisplays({ x: 3000, y: 100, width: 1200, height: 800, maximized: false }, screen);
    expect(s.x).toBeGreaterThanOrEqual(0);
    expect(s.x + s.width).toBeLessThanOrEqual(1920);
    expect(fitToDisplays({ x: 10, y: 10, width: 100, height: 100, maximized: false }, screen)).toMatchObject({ width: 800, height: 560 });
  });
});
