// One action of the key map in the settings screen: its key, a Change button that reads the next key
// pressed, and Default when the agent has changed it. While reading, every key is the new key except Esc
// (keeps the old one) and Tab (moves on, so the keyboard is never trapped here).
import { useState, type KeyboardEvent } from 'react';
import { DEFAULT_KEYMAP, formatKeys, type ActionId, type KeyBinding } from '../../shared/keymap';
import { useStrings } from '../i18n';
import { strokeOf } from '../keyboard/dispatcher';

interface KeyRowProps {
  binding: KeyBinding;
  changed: boolean;
  mac: boolean;
  onKey(action: ActionId, stroke: string): void;
  onDefault(action: ActionId): void;
  onCancel(): void;
}

export function KeyRow({ binding, changed, mac, onKey, onDefault, onCancel }: KeyRowProps) {
  const t = useStrings();
  const [reading, setReading] = useState(false);
  const name = t.actions[binding.action];
  const keys = binding.keys.map((k) => formatKeys(k, mac, t.help.then));

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (!reading || e.key === 'Tab') {
      if (reading) setReading(false);
      return;
    }
    e.preventDefault();
    e.stopPropagation();
    if (e.key === 'Escape') {
      setReading(false);
      onCancel();
      return;
    }
    const stroke = strokeOf(e);
    if (stroke === null) return; // a bare modifier: wait for its key
    setReading(false);
    onKey(binding.action, stroke);
  };

  return (
    <tr data-action={binding.action}>
      <th scope="row">{name}</th>
      <td data-testid="current-keys">{keys.length ? keys.map((k) => <kbd key={k}>{k}</kbd>) : <span className="muted">{t.settings.noKey}</span>}</td>
      <td className="key-row-actions">
        <button
          type="button"
          className={`small${reading ? ' is-reading' : ''}`}
          data-testid={`change-${binding.action}`}
          aria-label={reading ? t.settings.capturing : t.settings.changeFor(name)}
          aria-pressed={reading}
          onClick={() => setReading(true)}
          onBlur={() => setReading(false)}
          onKeyDown={onKeyDown}
        >
          {reading ? t.settings.capturing : t.settings.change}
        </button>
        {changed && DEFAULT_KEYMAP.some((b) => b.action === binding.action) ? (
          <button type="button" className="small" data-testid={`default-${binding.action}`} aria-label={t.settings.defaultFor(name)} onClick={() => onDefault(binding.action)}>
            {t.settings.default}
          </button>
        ) : null}
      </td>
    </tr>
  );
}
