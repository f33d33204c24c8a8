// One timer for every countdown on screen, woken only when some countdown's text is due to change:
// each subscriber says when that is (a second away within the last hour, a minute beyond it, an hour
// beyond a day), so a list of deadlines hours away renders once a minute, not every second.
import { useEffect, useState } from 'react';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

interface Waiter {
  at: number;
  wake(): void;
}

const waiters = new Set<Waiter>();
let timer: ReturnType<typeof setTimeout> | null = null;
let timerAt = Infinity;

function arm(): void {
  let next = Infinity;
  for (const w of waiters) if (w.at < next) next = w.at;
  if (next === timerAt) return;
  if (timer !== null) clearTimeout(timer);
  timer = null;
  timerAt = next;
  if (next !== Infinity) timer = setTimeout(fire, Math.max(0, next - Date.now()));
}

function fire(): void {
  timer = null;
  timerAt = Infinity;
  const now = Date.now();
  // Everything due wakes in this one task, so React renders them in one commit.
  const due = [...waiters].filter((w) => w.at <= now);
  for (const w of due) waiters.delete(w);
  for (const w of due) w.wake();
  arm();
}

/** Calls wake once the clock reaches at; returns the cancel. */
export function wakeAt(at: number, wake: () => void): () => void {
  const w: Waiter = { at, wake };
  waiters.add(w);
  arm();
  return () => {
    waiters.delete(w);
    arm();
  };
}

/**
 * When a countdown to dueAt, shown by t.format.duration (i18n/bind-format.ts), next shows a different text:
 * its smallest shown unit is the second under an hour, the minute under a day, the hour beyond.
 */
export function nextChangeAt(dueAt: number, now: number): number {
  const left = dueAt - now;
  const size = Math.abs(left);
  const unit = size < HOUR ? SECOND : size < DAY ? MINUTE : HOUR;
  // Counting down, the shown number drops just after a whole unit; counting up (late), at the next one.
  if (left > 0) return now + (left % unit) + 1;
  return now + (unit - (size % unit));
}

/** The time, re-read only when a countdown to dueAt would show something new. */
export function useCountdownNow(dueAt: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (dueAt === null || Number.isNaN(dueAt)) return;
    return wakeAt(nextChangeAt(dueAt, now), () => setNow(Date.now()));
  }, [dueAt, now]);
  return now;
}
