// The cheat sheet's lines for the keys of an agent row in the wallboard's agents panel (supervisors):
// they work only there, so they are not in the key map (board/row-keys.ts).
import { useStrings } from '../i18n';

export function AgentRowKeys() {
  const t = useStrings();
  return (
    <table className="keys-table" data-testid="agent-row-keys">
      <caption>{t.rowKeys.title}</caption>
      <tbody>
        <tr>
          <td>
            <kbd>r</kbd>
          </td>
          <td>{t.rowKeys.reassign}</td>
        </tr>
        <tr>
          <td>
            <kbd>c</kbd>
          </td>
          <td>{t.rowKeys.cap}</td>
        </tr>
      </tbody>
    </table>
  );
}
