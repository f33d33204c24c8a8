// A number of minutes within bounds: kept when valid, and when not, the field says the bounds and keeps
// the last good value (nothing half-typed is stored).
import { useId, useState } from 'react';

interface MinutesFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  disabled?: boolean;
  testId: string;
  boundsText: string;
  /** False when the value was refused. */
  onValid(n: number): boolean;
}

export function MinutesField({ label, value, min, max, disabled, testId, boundsText, onValid }: MinutesFieldProps) {
  const [text, setText] = useState(String(value));
  const [error, setError] = useState(false);
  const id = useId();
  const commit = () => {
    const n = Number(text);
    const ok = /^\d{1,4}$/.test(text.trim()) && n >= min && n <= max && onValid(n);
    setError(!ok);
    if (!ok) return;
    setText(String(n));
  };
  return (
    <div className="minutes-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        data-testid={testId}
        value={text}
        disabled={disabled}
        aria-invalid={error || undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
        }}
      />
      {error ? (
        <span id={`${id}-error`} className="field-error" role="alert">
          {boundsText}
        </span>
      ) : null}
    </div>
  );
}
