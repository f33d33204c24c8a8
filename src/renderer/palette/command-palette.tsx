// Ctrl/⌘+K: the actions of the key map with their keys, filtered and ranked (rank.ts); arrows move,
// Enter runs. The host says which actions are on offer (ticket actions only with a ticket to act on).
import { useId, useState, type KeyboardEvent } from 'react';
import { DEFAULT_KEYMAP, formatKeys, type ActionId, type KeyBinding } from '../../shared/keymap';
import { useStrings } from '../i18n';
import { Dialog } from '../ui/dialog';
import { isMac } from '../ui/format';
import { rankCommands } from './rank';

interface CommandPaletteProps {
  keymap?: readonly KeyBinding[];
  /** Whether an action is offered now; every action when absent. */
  offered?(action: ActionId): boolean;
  onRun(action: ActionId): void;
  onClose(): void;
}

export function CommandPalette({ keymap = DEFAULT_KEYMAP, offered = () => true, onRun, onClose }: CommandPaletteProps) {
  const t = useStrings();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const mac = isMac();
  const all = keymap
    .filter((b) => offered(b.action))
    .map((b) => ({ action: b.action, label: t.actions[b.action], keys: b.keys.map((k) => formatKeys(k, mac, t.help.then)).join(' / ') }));
  const items = rankCommands(all, query);
  const current = Math.min(active, Math.max(0, items.length - 1));

  const run = (i: number) => {
    const item = items[i];
    if (!item) return;
    onClose();
    onRun(item.action);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') setActive((current + 1) % Math.max(1, items.length));
    else if (e.key === 'ArrowUp') setActive((current - 1 + items.length) % Math.max(1, items.length));
    else if (e.key === 'Enter') run(current);
    else return;
    e.preventDefault();
  };

  return (
    <Dialog title={t.palette.title} onClose={onClose} testId="command-palette" className="palette">
      <input
        type="text"
        className="palette-input"
        data-testid="palette-input"
        aria-label={t.palette.filter}
        placeholder={t.palette.filter}
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={items.length ? `${listId}-${current}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={t.palette.title} className="palette-list">
        {items.map((item, i) => (
          <li
            key={item.action}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === current}
            data-testid="palette-item"
            data-action={item.action}
            className={`palette-item${i === current ? ' is-active' : ''}`}
            onMouseEnter={() => setActive(i)}
            onClick={() => run(i)}
          >
            <span>{item.label}</span>
            {item.keys ? <kbd>{item.keys}</kbd> : null}
          </li>
        ))}
        {items.length === 0 ? <li className="muted">{t.palette.empty}</li> : null}
      </ul>
    </Dialog>
  );
}
