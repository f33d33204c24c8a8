// "?": the key map as a table, generated from the same data the dispatcher uses.
import { DEFAULT_KEYMAP, formatKeys, type KeyBinding } from '../../shared/keymap';
import { useStrings } from '../i18n';
import { Dialog } from '../ui/dialog';
import { isMac } from '../ui/format';
import { AgentRowKeys } from '../rebalance/agent-row-keys';

export function CheatSheet({ keymap = DEFAULT_KEYMAP, supervisor = false, onClose }: { keymap?: readonly KeyBinding[]; supervisor?: boolean; onClose(): void }) {
  const t = useStrings();
  const mac = isMac();
  return (
    <Dialog title={t.help.title} onClose={onClose} testId="cheat-sheet" className="cheat-sheet">
      <table className="keys-table">
        <tbody>
          {keymap
            .filter((b) => b.keys.length > 0)
            .map((b) => (
              <tr key={b.action} data-action={b.action}>
                <td>
                  {b.keys.map((k) => (
                    <kbd key={k}>{formatKeys(k, mac, t.help.then)}</kbd>
                  ))}
                </td>
                <td>{t.actions[b.action]}</td>
              </tr>
            ))}
        </tbody>
      </table>
      {supervisor ? <AgentRowKeys /> : null}
      <p className="muted">{t.help.typingNote}</p>
      <div className="form-actions">
        <button type="button" onClick={onClose}>
          {t.help.close}
        </button>
      </div>
    </Dialog>
  );
}
