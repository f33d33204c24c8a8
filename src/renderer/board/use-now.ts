// The board's "now", stepped every `stepMs` so time-window figures and the longest wait move on while
// nothing is written (a write re-runs the live queries at once; the step only moves the windows).
import { useEffect, useState } from 'react';

export function useNow(stepMs: number, clock: () => number = Date.now): number {
  const step = () => Math.floor(clock() / stepMs) * stepMs;
  const [now, setNow] = useState(step);
  useEffect(() => {
    const id = setInterval(() => setNow(step()), Math.min(stepMs, 5_000));
    return () => clearInterval(id);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- step reads only stepMs and clock
  }, [stepMs, clock]);
  return now;
}
