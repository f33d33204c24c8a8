// The board's "now", stepped every `stepMs` so time-window figures and the longest wait move on while
// nothing is written (a write re-runs the live queries at once; the step only moves the windows).
import { useEffect, useState } from 'react';

const stepped = (clock: () => number, stepMs: number) => Math.floor(clock() / stepMs) * stepMs;

export function useNow(stepMs: number, clock: () => number = Date.now): number {
  const [now, setNow] = useState(() => stepped(clock, stepMs));
  useEffect(() => {
    // Checked more often than it steps, so a step is seen within 5 s of happening.
    const id = setInterval(() => setNow(stepped(clock, stepMs)), Math.min(stepMs, 5_000));
    return () => clearInterval(id);
  }, [stepMs, clock]);
  return now;
}
