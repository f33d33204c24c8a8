// Settings (Ctrl/⌘+, or the palette): the console's language and the agent's own keys. What changed, or why
// a key was refused, is said in the dialog's status line and the live region. The next screens' settings
// (notifications) join this dialog as sections.
import { useState } from 'react';
import { DEFAULT_KEYMAP, formatKeys, type ActionId } from '../../shared/keymap';
import type { RemapRefusal } from '../../shared/keymap-remap';
import { LanguagePicker } from '../app/language-picker';
import { useStrings } from '../i18n';
import { useKeymapStore } from '../keyboard/keymap-store';
import { Dialog } from '../ui/dialog';
import { isMac } from '../ui/format';
import { KeyRow } from './key-row';
import { NotifySection } from './notify-section';
import { PresenceSection } from './presence-section';

export function SettingsDialog({ onClose }: { onClose(): void }) {
  const t = useStrings();
  const keymap = useKeymapStore((s) => s.keymap);
  const overrides = useKeymapStore((s) => s.overrides);
  const [status, setStatus] = useState('');
  const mac = isMac();
  const words = (sequence: string) => formatKeys(sequence, mac, t.help.then);

  // Said in the dialog's own status line: a modal dialog hides the page's live region from screen readers.
  const say = setStatus;
  const refused = (r: RemapRefusal) => say(r.code === 'key_in_use' ? t.settings.refused.key_in_use(t.actions[r.action], words(r.keys)) : t.settings.refused[r.code]);

  const onKey = (action: ActionId, stroke: string) => {
    const r = useKeymapStore.getState().setKey(action, stroke);
    if (r) refused(r);
    else say(t.settings.saved(t.actions[action], words(stroke)));
  };
  const onDefault = (action: ActionId) => {
    const r = useKeymapStore.getState().reset(action);
    if (r) return refused(r);
    const k = DEFAULT_KEYMAP.find((b) => b.action === action)?.keys[0];
    say(t.settings.resetDone(t.actions[action], k ? words(k) : null));
  };

  return (
    <Dialog title={t.settings.title} onClose={onClose} testId="settings" className="settings">
      <section className="settings-section" aria-labelledby="settings-language">
        <h3 id="settings-language">{t.settings.language}</h3>
        <LanguagePicker testId="settings-language-picker" />
      </section>
      <PresenceSection say={say} />
      <NotifySection say={say} />
      <section className="settings-section" aria-labelledby="settings-keys">
        <h3 id="settings-keys">{t.settings.keys}</h3>
        <p className="muted">{t.settings.keysHint}</p>
        <div className="settings-keys-scroll">
          <table className="keys-table settings-keys">
            <thead>
              <tr>
                <th scope="col">{t.settings.action}</th>
                <th scope="col">{t.settings.currentKeys}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.settings.change}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {keymap.map((b) => (
                <KeyRow key={b.action} binding={b} changed={b.action in overrides} mac={mac} onKey={onKey} onDefault={onDefault} onCancel={() => say(t.settings.cancelled)} />
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <p className="settings-status" role="status" data-testid="settings-status">
        {status}
      </p>
      <div className="form-actions">
        <button
          type="button"
          data-testid="reset-keys"
          onClick={() => {
            useKeymapStore.getState().resetAll();
            say(t.settings.resetAllDone);
          }}
        >
          {t.settings.resetAll}
        </button>
        <button type="button" onClick={onClose}>
          {t.settings.close}
        </button>
      </div>
    </Dialog>
  );
}
