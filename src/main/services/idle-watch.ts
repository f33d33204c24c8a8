// Idle time for presence (issue 10): main polls the OS idle time and tells each watching window when the
// user crosses the threshold it set (presence.idle) and when input returns (presence.active: the idle time
// dropped). A locked screen or a system going to sleep is idle at once; input on the lock screen is not the
// agent back, the unlock is. (Electron reports lock and unlock on macOS and Windows; on Linux the idle time
// alone says it.)
// Plain TypeScript: the Electron adapter passes powerMonitor's idle time and its lock events in.
import type { Clock, TimerHandle } from './ports';

/** How often the OS idle time is read while some window watches. */
export const IDLE_POLL_MS = 15_000;

export type IdleNews = { kind: 'idle'; idleSeconds: number } | { kind: 'active' };

export interface IdleWatch<W> {
  /** Window w wants to hear of `minutes` without input; null stops. */
  watch(w: W, minutes: number | null): void;
  forget(w: W): void;
  screenLocked(): void;
  /** The system goes to sleep: idle at once; input after waking (the idle time drops) is the agent back. */
  systemSuspended(): void;
  screenUnlocked(): void;
  dispose(): void;
}

export function createIdleWatch<W>(deps: { clock: Clock; idleSeconds: () => number; deliver: (w: W, news: IdleNews) => void; pollMs?: number }): IdleWatch<W> {
  const pollMs = deps.pollMs ?? IDLE_POLL_MS;
  const watchers = new Map<W, { thresholdS: number; idle: boolean }>();
  let timer: TimerHandle | null = null;
  let locked = false;
  let last = 0;

  const read = () => {
    const s = deps.idleSeconds();
    return Number.isFinite(s) && s >= 0 ? Math.min(Math.floor(s), 2_147_483_647) : 0;
  };
  const tell = (w: W, news: IdleNews) => {
    try {
      deps.deliver(w, news);
    } catch (err) {
      console.error('idle news could not be delivered:', err instanceof Error ? err.message : String(err));
    }
  };

  function poll(): void {
    timer = null;
    const s = read();
    for (const [w, st] of watchers) {
      if (!st.idle && s >= st.thresholdS) {
        st.idle = true;
        tell(w, { kind: 'idle', idleSeconds: s });
      } else if (st.idle && !locked && s < last) {
        st.idle = false;
        tell(w, { kind: 'active' });
      }
    }
    last = s;
    schedule();
  }

  function allIdle(): void {
    const s = read();
    last = s;
    for (const [w, st] of watchers) {
      if (st.idle) continue;
      st.idle = true;
      tell(w, { kind: 'idle', idleSeconds: s });
    }
  }

  function schedule(): void {
    if (timer || watchers.size === 0) return;
    timer = deps.clock.setTimeout(poll, pollMs);
  }
  function stopIfNobody(): void {
    if (watchers.size > 0 || !timer) return;
    deps.clock.clearTimeout(timer);
    timer = null;
  }

  return {
    watch(w, minutes) {
      if (minutes === null) return this.forget(w);
      const st = watchers.get(w);
      if (st) st.thresholdS = minutes * 60;
      else {
        watchers.set(w, { thresholdS: minutes * 60, idle: locked });
        // A window (re)loaded behind a locked screen: the agent is away now.
        if (locked) tell(w, { kind: 'idle', idleSeconds: read() });
      }
      schedule();
    },
    forget(w) {
      watchers.delete(w);
      stopIfNobody();
    },
    screenLocked() {
      locked = true;
      allIdle();
    },
    systemSuspended: allIdle,
    screenUnlocked() {
      if (!locked) return;
      locked = false;
      last = read();
      for (const [w, st] of watchers) {
        if (!st.idle) continue;
        st.idle = false;
        tell(w, { kind: 'active' });
      }
    },
    dispose() {
      watchers.clear();
      stopIfNobody();
    },
  };
}
