// One notify host per replica: of two windows only the lock holder runs it; when it closes, the other
// takes over; a window closed while waiting never runs it; without navigator.locks the window runs it.
import { describe, expect, it } from 'vitest';
import { holdNotifyLock, notifyLockName } from './notify-lock';

/** A LockManager stand-in with exclusive locks granted in request order, honouring an abort signal. */
function fakeLocks() {
  const queues = new Map<string, { cb: () => Promise<void>; signal?: AbortSignal; fail(e: Error): void; done(): void }[]>();
  const held = new Set<string>();
  const grant = (name: string) => {
    const q = queues.get(name) ?? [];
    if (held.has(name)) return;
    const next = q.shift();
    if (!next) return;
    held.add(name);
    void next.cb().finally(() => {
      held.delete(name);
      next.done();
      grant(name);
    });
  };
  const locks = {
    request(name: string, opts: { signal?: AbortSignal }, cb: () => Promise<void>) {
      return new Promise<void>((done, fail) => {
        const entry = { cb, signal: opts.signal, fail, done };
        opts.signal?.addEventListener('abort', () => {
          const q = queues.get(name) ?? [];
          if (q.includes(entry)) {
            q.splice(q.indexOf(entry), 1);
            fail(Object.assign(new Error('aborted'), { name: 'AbortError' }));
          }
        });
        queues.set(name, [...(queues.get(name) ?? []), entry]);
        grant(name);
      });
    },
  };
  return locks as unknown as LockManager;
}
const turns = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('holdNotifyLock', () => {
  it('runs in one window at a time and passes to the next when the holder closes', async () => {
    const locks = fakeLocks();
    const log: string[] = [];
    const start = (w: string) => () => {
      log.push(`${w} start`);
      return () => void log.push(`${w} stop`);
    };
    const releaseA = holdNotifyLock('agent-console-x', start('A'), locks);
    const releaseB = holdNotifyLock('agent-console-x', start('B'), locks);
    const releaseC = holdNotifyLock('agent-console-x', start('C'), locks);
    await turns();
    expect(log).toEqual(['A start']);
    releaseC(); // closed while waiting
    releaseA();
    await turns();
    expect(log).toEqual(['A start', 'A stop', 'B start']);
    releaseB();
    await turns();
    expect(log).toEqual(['A start', 'A stop', 'B start', 'B stop']);
    expect(notifyLockName('agent-console-x')).toBe('console-notify:agent-console-x');
  });

  it('without navigator.locks this window runs it', () => {
    const log: string[] = [];
    const release = holdNotifyLock(
      'db',
      () => {
        log.push('start');
        return () => void log.push('stop');
      },
      null,
    );
    expect(log).toEqual(['start']);
    release();
    expect(log).toEqual(['start', 'stop']);
  });
});
