// A small picker (status, priority): a number key chooses its entry at once; arrows move and Enter
// chooses; Esc closes.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface MenuOption<V extends string> {
  value: V;
  label: string;
  disabled?: boolean;
}

interface OptionMenuProps<V extends string> {
  title: string;
  hint: string;
  options: readonly MenuOption<V>[];
  /** The value now in force (its entry is checked); none for a menu of things to do, like templates. */
  current?: V;
  onChoose(value: V): void;
  onClose(): void;
  testId: string;
}

export function OptionMenu<V extends string>({ title, hint, options, current, onChoose, onClose, testId }: OptionMenuProps<V>) {
  const [active, setActive] = useState(() => Math.max(0, options.findIndex((o) => o.value === current)));
  const ref = useRef<HTMLUListElement>(null);
  const titleId = useId();

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    ref.current?.focus();
    return () => {
      if (previous && previous.isConnected) previous.focus();
    };
  }, []);

  const choose = (i: number) => {
    const o = options[i];
    if (o && !o.disabled) onChoose(o.value);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    e.stopPropagation();
    const n = options.length;
    if (e.key === 'ArrowDown' || e.key === 'j') setActive((i) => (i + 1) % n);
    else if (e.key === 'ArrowUp' || e.key === 'k') setActive((i) => (i - 1 + n) % n);
    else if (e.key === 'Home') setActive(0);
    else if (e.key === 'End') setActive(n - 1);
    else if (/^[1-9]$/.test(e.key) && Number(e.key) <= n) {
      setActive(Number(e.key) - 1);
      choose(Number(e.key) - 1);
    }
    else if (e.key === 'Enter' || e.key === ' ') choose(active);
    else if (e.key === 'Escape' || e.key === 'Tab') onClose();
    else return;
    e.preventDefault();
  };

  return (
    <div className="menu-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="menu" data-testid={testId}>
        <div id={titleId} className="menu-title">
          {title}
        </div>
        <ul
          ref={ref}
          role="menu"
          aria-labelledby={titleId}
          tabIndex={-1}
          aria-activedescendant={`${titleId}-${active}`}
          onKeyDown={onKeyDown}
        >
          {options.map((o, i) => (
            <li
              key={o.value}
              id={`${titleId}-${i}`}
              role={current === undefined ? 'menuitem' : 'menuitemradio'}
              aria-checked={current === undefined ? undefined : o.value === current}
              aria-disabled={o.disabled || undefined}
              data-value={o.value}
              className={`menu-item${i === active ? ' is-active' : ''}${o.disabled ? ' is-disabled' : ''}`}
              onMouseEnter={() => setActive(i)}
              onClick={() => choose(i)}
            >
              <span className="menu-key">{i + 1}</span>
              {o.label}
              {o.value === current ? <span className="menu-check" aria-hidden="true"> ✓</span> : null}
            </li>
          ))}
        </ul>
        <div className="menu-hint">{hint}</div>
      </div>
    </div>
  );
}
