// The sign-in limits on a manual clock: per address (failed attempts), per address and e-mail (every
// attempt), and a bounded number of password hashes at once with a short queue behind them.
import { describe, expect, it } from 'vitest';
import { LoginGate } from './login-gate';
import { Semaphore } from './semaphore';

const gate = (clock: { t: number }, attemptsPerAddress = 5) =>
  new LoginGate({ attemptsPerAddress, attemptsPerEmail: 10, windowMs: 60_000, concurrentHashes: 2, queuedHashes: 2, now: () => clock.t });

describe('LoginGate', () => {
  it('refuses an address after its limit of attempts, whatever e-mail each one names, until the window passes', () => {
    const clock = { t: 0 };
    const g = gate(clock);
    for (let i = 0; i < 5; i++) expect(g.admit('198.51.100.1', `user${i}@example.com`)).toBeNull();
    clock.t = 15_000;
    expect(g.admit('198.51.100.1', 'user99@example.com')).toEqual({ status: 429, code: 'rate_limited', retryAfterSeconds: 45 });
    // Another address is not affected.
    expect(g.admit('198.51.100.2', 'user0@example.com')).toBeNull();
    clock.t = 60_000;
    expect(g.admit('198.51.100.1', 'user100@example.com')).toBeNull();
  });

  it('does not count an attempt that succeeded, or that was turned away before hashing, against the address', () => {
    const clock = { t: 0 };
    const g = gate(clock, 2);
    for (let i = 0; i < 10; i++) {
      expect(g.admit('198.51.100.1', `agent${i}@example.com`)).toBeNull();
      g.forgive('198.51.100.1', { email: null });
    }
    expect(g.admit('198.51.100.1', 'x@example.com')).toBeNull();
    expect(g.admit('198.51.100.1', 'y@example.com')).toBeNull();
    expect(g.admit('198.51.100.1', 'z@example.com')).toMatchObject({ status: 429 });
  });

  it('keeps the per-e-mail limit for one address, counting every attempt', () => {
    const clock = { t: 0 };
    const g = new LoginGate({ attemptsPerAddress: 100, attemptsPerEmail: 3, windowMs: 60_000, concurrentHashes: 1, queuedHashes: 0, now: () => clock.t });
    for (let i = 0; i < 3; i++) expect(g.admit('198.51.100.1', 'agent1@example.com')).toBeNull();
    expect(g.admit('198.51.100.1', 'agent1@example.com')).toMatchObject({ status: 429, code: 'rate_limited' });
    expect(g.admit('198.51.100.1', 'agent2@example.com')).toBeNull();
    expect(g.admit('198.51.100.9', 'agent1@example.com')).toBeNull();
  });

  it('hashes at most concurrentHashes at once, queues a few more, and refuses the rest at once', async () => {
    const clock = { t: 0 };
    const g = gate(clock);
    let inFlight = 0;
    let most = 0;
    const gates: (() => void)[] = [];
    const hasher = () =>
      new Promise<boolean>((resolve) => {
        inFlight++;
        most = Math.max(most, inFlight);
        gates.push(() => {
          inFlight--;
          resolve(false);
        });
      });
    const runs = Array.from({ length: 5 }, () => g.hash(hasher));
    // 2 hashing, 2 waiting, the fifth refused without waiting.
    expect(runs[4]).toBeNull();
    await new Promise<void>((r) => setImmediate(r));
    expect(inFlight).toBe(2);
    while (gates.length) {
      gates.shift()!();
      await new Promise<void>((r) => setImmediate(r));
    }
    expect(await Promise.all(runs.slice(0, 4))).toEqual([false, false, false, false]);
    expect(most).toBe(2);
    expect(g.hash(hasher)).not.toBeNull(); // slots are free again
  });
});

describe('Semaphore', () => {
  it('hands slots over in order and releases each once', async () => {
    const s = new Semaphore(1, 2);
    const order: number[] = [];
    const first = await s.acquire()!;
    const second = s.acquire()!.then((release) => (order.push(2), release));
    const third = s.acquire()!.then((release) => (order.push(3), release));
    expect(s.acquire()).toBeNull();
    first();
    first(); // a second release of the same slot is ignored
    const r2 = await second;
    expect(order).toEqual([2]);
    r2();
    (await third)();
    expect(order).toEqual([2, 3]);
    expect(s.inUse).toBe(0);
  });
  it('frees the slot when the hash throws', async () => {
    const g = gate({ t: 0 });
    await expect(g.hash(() => Promise.reject(new Error('boom')))!).rejects.toThrow('boom');
    expect(g.hashesInUse).toBe(0);
  });
});
