// The cap editor (a key on an agent row of the agents panel): 1–500, or empty for no cap → setAgentCap.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { MAX_AGENT_CAP } from '../../shared/domain';
import { useConsole } from '../app/console-context';
import { agentById } from '../db/rebalance-queries';
import { useUiStore } from '../app/ui-store';
import { useStrings } from '../i18n';
import { reasonText } from '../messages/reason-text';
import { useSyncStore } from '../sync/sync-store';
import { Dialog } from '../ui/dialog';
import { canSend } from './assign-tickets';

/** The typed cap: a number 1–500, null for none, undefined when it is neither. */
export function parseCap(text: string): number | null | undefined {
  const s = text.trim();
  if (!s) return null;
  if (!/^\d{1,3}$/.test(s)) return undefined;
  const n = Number(s);
  return n >= 1 && n <= MAX_AGENT_CAP ? n : undefined;
}

export function CapDialog({ agentId, onClose }: { agentId: string; onClose(): void }) {
  const t = useStrings();
  const { replica } = useConsole();
  const agent = useLiveQuery(() => agentById(replica.db, agentId), [replica, agentId]);
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState(false);
  if (!agent) return null;
  const value = text ?? (agent.cap == null ? '' : String(agent.cap));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const cap = parseCap(value);
    if (cap === undefined) return setError(true);
    const result = await replica.mutate('setAgentCap', { agentId, cap });
    onClose();
    if (!result.ok) {
      const said = t.refusals.localError(reasonText(result));
      useSyncStore.getState().pushNotice(said);
      return useUiStore.getState().announce(said);
    }
    const done = cap === null ? t.cap.cleared(agent.name) : t.cap.set(agent.name, cap);
    useUiStore.getState().announce(canSend() ? done : t.picker.notSent(done));
  };

  return (
    <Dialog title={t.cap.title(agent.name)} onClose={onClose} testId="cap-dialog">
      <form onSubmit={(e) => void submit(e)}>
        <label>
          {t.cap.field}
          <input
            data-autofocus
            data-testid="cap-input"
            inputMode="numeric"
            maxLength={3}
            value={value}
            aria-invalid={error || undefined}
            aria-describedby={error ? 'cap-error' : undefined}
            onChange={(e) => {
              setText(e.target.value);
              setError(false);
            }}
          />
        </label>
        {error ? (
          <p id="cap-error" role="alert" className="field-error">
            {t.cap.invalid}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" data-testid="cap-save">
            {t.cap.save}
          </button>
          <button type="button" onClick={onClose}>
            {t.cap.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
