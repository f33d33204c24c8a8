// Where "the agent is idle" comes from. On the desktop, main's powerMonitor (system-wide idle time and the
// screen lock) through the preload's window.consoleIdle; in the browser edition, input in this page (keys,
// pointer, wheel) — the page cannot see input in other programs, so an agent working only in the phone
// system counts as idle there (the README says so).
import { idleCheck } from './idle-away';

export interface IdleSource {
  /** Calls onIdle once `minutes` pass without input, onActive when input returns; returns a stop. */
  watch(minutes: number, onIdle: () => void, onActive: () => void): () => void;
}

interface DesktopIdle {
  watch(minutes: number): void;
  onIdle(cb: () => void): () => void;
  onActive(cb: () => void): () => void;
}

export function desktopIdleSource(idle: DesktopIdle): IdleSource {
  return {
    watch(minutes, onIdle, onActive) {
      idle.watch(minutes);
      const a = idle.onIdle(onIdle);
      const b = idle.onActive(onActive);
      return () => {
        a();
        b();
      };
    },
  };
}

const INPUT_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

export interface Timers {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export function pageIdleSource(target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> = window, timers: Timers = realTimers): IdleSource {
  return {
    watch(minutes, onIdle, onActive) {
      let last = timers.now();
      let idle = false;
      let timer: unknown = null;
      const check = () => {
        const r = idleCheck(last, timers.now(), minutes);
        if (r.idle) {
          idle = true;
          onIdle();
        } else timer = timers.setTimeout(check, r.nextInMs!);
      };
      const input = () => {
        last = timers.now();
        if (!idle) return;
        idle = false;
        onActive();
        timer = timers.setTimeout(check, minutes * 60_000);
      };
      for (const e of INPUT_EVENTS) target.addEventListener(e, input, { passive: true, capture: true });
      timer = timers.setTimeout(check, minutes * 60_000);
      return () => {
        if (timer !== null) timers.clearTimeout(timer);
        for (const e of INPUT_EVENTS) target.removeEventListener(e, input, { capture: true });
      };
    },
  };
}

/** The desktop's source when the preload offers it, else this page's input. */
export function idleSourceHere(): IdleSource {
  const desktop = (globalThis as { consoleIdle?: DesktopIdle }).consoleIdle;
  return desktop ? desktopIdleSource(desktop) : pageIdleSource();
}
