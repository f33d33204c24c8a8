// The pieces behind the connection limits, without a server: address keys, the per-address count,
// the throttled warning, and the configuration that feeds them.
import { EventEmitter } from 'node:events';
import type { Server, Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../config';
import { addressKey } from './address-key';
import { capConnectionsPerAddress, throttledWarning } from './connection-cap';
import { serverTimeoutOptions } from './server-options';

describe('addressKey', () => {
  it('keeps IPv4 as is and unwraps IPv4-mapped IPv6', () => {
    expect(addressKey('203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressKey('::FFFF:127.0.0.1')).toBe('127.0.0.1');
  });
  it('counts an IPv6 client by its /64, however it writes it', () => {
    const key = addressKey('2001:db8:1:2::1');
    for (const same of ['2001:db8:1:2::ffff', '2001:0db8:0001:0002:aaaa:bbbb:cccc:dddd', '2001:DB8:1:2:0:0:0:9', 'fe80::1%eth0'.replace('fe80::1', '2001:db8:1:2::7')]) {
      expect(addressKey(same), same).toBe(key);
    }
    expect(addressKey('2001:db8:1:3::1')).not.toBe(key);
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
  });
  it('never throws on odd input', () => {
    expect(addressKey(undefined)).toBe('unknown');
    expect(addressKey('')).toBe('unknown');
    expect(addressKey('not an address')).toBe('not an address');
  });
});

class FakeSocket extends EventEmitter {
  destroyed = false;
  constructor(readonly remoteAddress: string) {
    super();
  }
  destroy() {
    this.destroyed = true;
    this.emit('close');
  }
}

describe('capConnectionsPerAddress', () => {
  const accept = (server: EventEmitter, ip: string) => {
    const s = new FakeSocket(ip);
    server.emit('connection', s as unknown as Socket);
    return s;
  };

  it('closes a connection over the cap at once and admits one again when another closes', () => {
    const server = new EventEmitter();
    let refused = 0;
    const cap = capConnectionsPerAddress(server as unknown as Server, 2, () => refused++)!;
    const [a, b] = [accept(server, '198.51.100.1'), accept(server, '::ffff:198.51.100.1')];
    expect(accept(server, '198.51.100.1').destroyed).toBe(true);
    expect(refused).toBe(1);
    expect(accept(server, '198.51.100.2').destroyed).toBe(false);
    expect([a.destroyed, b.destroyed]).toEqual([false, false]);
    a.destroy();
    expect(cap.count('198.51.100.1')).toBe(1);
    expect(accept(server, '198.51.100.1').destroyed).toBe(false);
    // A refused socket's own close does not free a slot it never had.
    expect(accept(server, '198.51.100.1').destroyed).toBe(true);
    expect(cap.count('198.51.100.1')).toBe(2);
  });

  it('is off at 0', () => {
    const server = new EventEmitter();
    expect(capConnectionsPerAddress(server as unknown as Server, 0)).toBeNull();
    expect(server.listenerCount('connection')).toBe(0);
  });
});

describe('throttledWarning', () => {
  it('warns at most once per interval', () => {
    let t = 0;
    let warned = 0;
    const warn = throttledWarning(() => warned++, 1000, () => t);
    warn();
    warn();
    t = 999;
    warn();
    expect(warned).toBe(1);
    t = 1000;
    warn();
    expect(warned).toBe(2);
  });
});

describe('HTTP limits from the environment', () => {
  it('has safe defaults', () => {
    expect(configFromEnv({}).http).toEqual({ requestTimeoutMs: 30_000, headersTimeoutMs: 10_000, connectionTimeoutMs: 60_000, keepAliveTimeoutMs: 10_000, maxConnectionsPerAddress: 256 });
    expect(configFromEnv({}).login).toEqual({ attemptsPerAddress: 30, concurrentHashes: 2 });
  });
  it('takes every value from the environment, and 0 turns the connection cap off', () => {
    const env = { REQUEST_TIMEOUT_MS: '5000', HEADERS_TIMEOUT_MS: '2000', CONNECTION_TIMEOUT_MS: '7000', KEEP_ALIVE_TIMEOUT_MS: '3000', MAX_CONNECTIONS_PER_ADDRESS: '0' };
    expect(configFromEnv(env).http).toEqual({ requestTimeoutMs: 5000, headersTimeoutMs: 2000, connectionTimeoutMs: 7000, keepAliveTimeoutMs: 3000, maxConnectionsPerAddress: 0 });
    // A short request timeout shortens the default header timeout with it.
    expect(configFromEnv({ REQUEST_TIMEOUT_MS: '300' }).http.headersTimeoutMs).toBe(300);
    expect(configFromEnv({ LOGIN_ATTEMPTS_PER_ADDRESS: '100', LOGIN_CONCURRENT_HASHES: '4' }).login).toEqual({ attemptsPerAddress: 100, concurrentHashes: 4 });
  });
  it.each([
    [{ REQUEST_TIMEOUT_MS: '0' }, /^REQUEST_TIMEOUT_MS must be a whole number from 100 to 600000, got "0"/],
    [{ REQUEST_TIMEOUT_MS: '1500.5' }, /^REQUEST_TIMEOUT_MS must be a whole number/],
    [{ REQUEST_TIMEOUT_MS: '0x3e8' }, /^REQUEST_TIMEOUT_MS must be a whole number/],
    [{ CONNECTION_TIMEOUT_MS: 'soon' }, /^CONNECTION_TIMEOUT_MS must be a whole number/],
    [{ MAX_CONNECTIONS_PER_ADDRESS: '-1' }, /^MAX_CONNECTIONS_PER_ADDRESS must be a whole number from 0/],
    [{ REQUEST_TIMEOUT_MS: '1000', HEADERS_TIMEOUT_MS: '2000' }, /^HEADERS_TIMEOUT_MS \(2000\) must not be longer than REQUEST_TIMEOUT_MS \(1000\)/],
    [{ LOGIN_CONCURRENT_HASHES: '0' }, /^LOGIN_CONCURRENT_HASHES must be a whole number from 1 to 64/],
  ])('refuses %o', (env, message) => expect(() => configFromEnv(env)).toThrow(message));

  it('checks the request and header timeouts often enough for the shortest to hold', () => {
    const short = serverTimeoutOptions(configFromEnv({ REQUEST_TIMEOUT_MS: '300' }).http);
    expect(short).toMatchObject({ requestTimeout: 300, http: { headersTimeout: 300, requestTimeout: 300, connectionsCheckingInterval: 75 } });
    expect(serverTimeoutOptions(configFromEnv({}).http).http.connectionsCheckingInterval).toBe(2500);
  });
});
