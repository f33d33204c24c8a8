// Which backend addresses the console will talk to: https anywhere, plain http only to this computer.
// Everything the session token and customer data travel over is decided here.
import { describe, expect, it } from 'vitest';
import { backendUrlPolicy, checkBackendUrl } from './backend-url';

const strict = { allowPlainHttpAnywhere: false };

describe('checkBackendUrl', () => {
  it.each([
    'https://console.example.com',
    'https://console.example.com:8443/sync/',
    'https://10.0.0.5',
    'http://127.0.0.1:4010',
    'http://127.0.0.1',
    'http://127.8.9.10:4010',
    'http://localhost:4010',
    'http://LOCALHOST:4010',
    'http://[::1]:4010',
    'http://[0:0:0:0:0:0:0:1]:4010',
    'http://127.1:4010', // the URL parser reads it as 127.0.0.1: still this computer
    'http://2130706433:4010', // likewise
  ])('accepts %s', (url) => {
    expect(checkBackendUrl(url, strict)).toEqual({ ok: true, url });
  });

  it.each([
    'http://10.0.0.5',
    'http://10.0.0.5:4010',
    'http://console.example.com',
    'http://127.0.0.1.evil.com',
    'http://127.0.0.1.evil.com:4010',
    'http://localhost.evil.com',
    'http://localhost.',
    'http://sub.localhost:4010',
    'http://0.0.0.0:4010',
    'http://128.0.0.1',
    'http://[::ffff:127.0.0.1]:4010',
    'http://[::2]:4010',
    'http://[fe80::1]:4010',
  ])('refuses plain http to %s as insecure', (url) => {
    expect(checkBackendUrl(url, strict)).toMatchObject({ ok: false, code: 'insecure_backend_url' });
  });

  it.each([
    'ftp://127.0.0.1',
    'ws://127.0.0.1:4010',
    'wss://console.example.com',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/plain,x',
    'app://console',
    'http://127.0.0.1@evil.com',
    'http://evil.com@127.0.0.1',
    'https://user:pw@console.example.com',
    'http://127.0.0.1:4010\\@evil.com',
    'http://127.0.0.1:4010?next=evil',
    'http://127.0.0.1:4010#x',
    'https://exa mple.com',
    'http://127.0.0.1:4010/\u0000',
    ' http://127.0.0.1:4010',
    '//127.0.0.1:4010',
    '127.0.0.1:4010',
    'not a url',
    '',
    `https://example.com/${'a'.repeat(2100)}`,
  ])('refuses %j as not a backend address', (url) => {
    expect(checkBackendUrl(url, strict)).toMatchObject({ ok: false, code: 'invalid_backend_url' });
  });

  it('says why, naming the address and what to use instead', () => {
    const r = checkBackendUrl('http://10.0.0.5:4010', strict);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/http:\/\/10\.0\.0\.5:4010.*https:\/\//);
  });

  it('lets a developer opt in to plain http anywhere, but never to another scheme or credentials', () => {
    const dev = { allowPlainHttpAnywhere: true };
    expect(checkBackendUrl('http://10.0.0.5:4010', dev)).toEqual({ ok: true, url: 'http://10.0.0.5:4010' });
    expect(checkBackendUrl('ftp://10.0.0.5', dev)).toMatchObject({ ok: false });
    expect(checkBackendUrl('http://u:p@10.0.0.5', dev)).toMatchObject({ ok: false });
  });
});

describe('backendUrlPolicy', () => {
  it('allows plain http anywhere only unpackaged and with CONSOLE_ALLOW_INSECURE_BACKEND=1', () => {
    expect(backendUrlPolicy(false, { CONSOLE_ALLOW_INSECURE_BACKEND: '1' })).toEqual({ allowPlainHttpAnywhere: true });
    expect(backendUrlPolicy(true, { CONSOLE_ALLOW_INSECURE_BACKEND: '1' })).toEqual({ allowPlainHttpAnywhere: false });
    expect(backendUrlPolicy(false, {})).toEqual({ allowPlainHttpAnywhere: false });
    expect(backendUrlPolicy(false, { CONSOLE_ALLOW_INSECURE_BACKEND: 'true' })).toEqual({ allowPlainHttpAnywhere: false });
  });
});
