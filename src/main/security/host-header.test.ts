// The browser edition answers only requests addressed to itself: a page on another name that resolves to
// 127.0.0.1 (DNS rebinding) sends that name in Host and is refused.
import { describe, expect, it } from 'vitest';
import { isOwnHost, ownHosts } from './host-header';

describe('isOwnHost on a 127.0.0.1 listener', () => {
  const own = ownHosts('127.0.0.1', 5173);
  it.each(['127.0.0.1:5173', 'localhost:5173', 'LOCALHOST:5173', 'LocalHost:5173'])('accepts %s', (host) => {
    expect(isOwnHost(host, own)).toBe(true);
  });
  it.each([
    undefined,
    '',
    'evil.com',
    'evil.com:5173',
    '127.0.0.1.evil.com:5173',
    'localhost.evil.com:5173',
    '127.0.0.1:5173.evil.com',
    'localhost.:5173',
    '127.0.0.1',
    'localhost',
    '127.0.0.1:80',
    '127.0.0.1:51730',
    '127.0.0.1:05173',
    'localhost:5174',
    '[::1]:5173',
    '127.0.0.2:5173',
    '0.0.0.0:5173',
    '2130706433:5173', // 127.0.0.1 as one number
    '127.1:5173',
    'user@127.0.0.1:5173',
    '127.0.0.1:5173 ',
    ' 127.0.0.1:5173',
    '127.0.0.1:5173\u0000',
    '127.0.0.1:5173, evil.com',
    'x'.repeat(300),
  ])('refuses %j', (host) => {
    expect(isOwnHost(host, own)).toBe(false);
  });
  it('refuses a header sent twice (an array)', () => {
    expect(isOwnHost(['127.0.0.1:5173', 'evil.com'], own)).toBe(false);
  });
});

describe('isOwnHost on a ::1 listener', () => {
  const own = ownHosts('::1', 4000);
  it('accepts its bracketed literal and localhost, and nothing else', () => {
    expect(isOwnHost('[::1]:4000', own)).toBe(true);
    expect(isOwnHost('localhost:4000', own)).toBe(true);
    expect(isOwnHost('127.0.0.1:4000', own)).toBe(false);
    expect(isOwnHost('::1:4000', own)).toBe(false);
    expect(isOwnHost('[::1]:4001', own)).toBe(false);
    expect(isOwnHost('[0:0:0:0:0:0:0:1]:4000', own)).toBe(false);
  });
});
