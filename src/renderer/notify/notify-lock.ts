// One notify host per replica however many windows are open: the window holding the Web Lock
// `console-notify:<db>` runs it, the others wait (a closed window's lock passes to the next). Where
// navigator.locks is absent (an old runtime, tests), this window runs it.
export const notifyLockName = (dbName: string) => `console-notify:${dbName}`;

/** Runs `start` while this window holds the lock; `start` returns its own stop. Returns the release. */
export function holdNotifyLock(dbName: string, start: () => () => void, locks: LockManager | null = globalThis.navigator?.locks ?? null): () => void {
  if (!locks) return start();
  const abort = new AbortController();
  let release: () => void = () => undefined;
  const released = new Promise<void>((r) => (release = r));
  locks
    .request(notifyLockName(dbName), { signal: abort.signal }, async () => {
      const stop = start();
      await released;
      stop();
    })
    .catch((err: unknown) => {
      if ((err as Error).name !== 'AbortError') console.warn('notify: lock failed:', (err as Error).message);
    });
  return () => {
    abort.abort();
    release();
  };
}
