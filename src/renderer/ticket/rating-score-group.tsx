// One score of the rating dialog as a radio group with a single tab stop: a digit chooses its value (for
// NPS, 1 then 0 makes 10), arrows move, Home/End jump. Only the group reads digits, so a digit typed in
// the comment box stays text. Radios are spans, not buttons: the dialog's focus trap counts tab stops,
// and a button per value would be one each.
import { useId, useRef, type KeyboardEvent } from 'react';

interface ScoreGroupProps {
  label: string;
  min: number;
  max: number;
  value: number | null;
  onChange(value: number): void;
  testId: string;
  autoFocus?: boolean;
  describedBy?: string;
}

export function ScoreGroup({ label, min, max, value, onChange, testId, autoFocus, describedBy }: ScoreGroupProps) {
  const labelId = useId();
  const ref = useRef<HTMLDivElement>(null);
  // The last key was a '1' that chose 1: a '0' now means 10 (no timer: the next key decides).
  const afterOne = useRef(false);
  const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const stop = value ?? min;

  const choose = (v: number) => {
    onChange(v);
    // The focus follows the choice, as in any radio group.
    ref.current?.querySelector<HTMLElement>(`[data-value="${v}"]`)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const wasOne = afterOne.current;
    afterOne.current = false;
    let next: number | null = null;
    if (/^[0-9]$/.test(e.key)) {
      const d = Number(e.key);
      next = d === 0 && wasOne && max >= 10 ? 10 : d;
      afterOne.current = d === 1 && max >= 10;
      if (next < min || next > max) next = null;
    } else if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = Math.min(max, (value ?? min - 1) + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = Math.max(min, (value ?? min + 1) - 1);
    else if (e.key === 'Home') next = min;
    else if (e.key === 'End') next = max;
    else if (e.key === ' ' || e.key === 'Enter') {
      const focused = (e.target as HTMLElement).dataset.value;
      if (focused !== undefined) next = Number(focused);
    } else return;
    e.preventDefault();
    if (next !== null) choose(next);
  };

  return (
    <div className="score-field">
      <span id={labelId} className="score-label">
        {label}
      </span>
      <div ref={ref} role="radiogroup" aria-labelledby={labelId} aria-describedby={describedBy} className="score-group" data-testid={testId} onKeyDown={onKeyDown}>
        {values.map((v) => (
          <span
            key={v}
            role="radio"
            aria-checked={v === value}
            tabIndex={v === stop ? 0 : -1}
            data-value={v}
            data-autofocus={autoFocus && v === stop ? true : undefined}
            className="score"
            onClick={() => choose(v)}
          >
            {v}
          </span>
        ))}
      </div>
    </div>
  );
}
