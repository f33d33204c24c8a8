// "Auto-assign: on/off" per tier on the wallboard, from the replicated tierSetting rows (every supervisor
// sees a change once pulled). Each is a switch: Tab to it, Space or Enter toggles it (setAutoAssign). The
// server's answer is what shows; until it is back, the tier says "saving…" with the value asked for.
import { useLiveQuery } from 'dexie-react-hooks';
import { TIERS, type Tier } from '../../shared/domain';
import { useConsole } from '../app/console-context';
import { useUiStore } from '../app/ui-store';
import { autoAssignByTier, pendingAutoAssign } from '../db/rebalance-queries';
import { useStrings } from '../i18n';
import { reasonText } from '../messages/reason-text';
import { canSend } from '../rebalance/assign-tickets';
import { useSyncStore } from '../sync/sync-store';

export function AutoAssignSwitches() {
  const t = useStrings();
  const { replica } = useConsole();
  const on = useLiveQuery(() => autoAssignByTier(replica.db), [replica]);
  const pending = useLiveQuery(() => pendingAutoAssign(replica.db), [replica]);
  if (!on) return null;

  const toggle = async (tier: Tier, to: boolean) => {
    const result = await replica.mutate('setAutoAssign', { tier, on: to });
    const said = result.ok ? t.autoAssign.turned(tier, to) : t.refusals.localError(reasonText(result));
    if (!result.ok) useSyncStore.getState().pushNotice(said);
    useUiStore.getState().announce(result.ok && !canSend() ? t.picker.notSent(said) : said);
  };

  return (
    <div className="auto-assign" role="group" aria-labelledby="auto-assign-title" data-testid="auto-assign">
      <strong id="auto-assign-title">{t.autoAssign.title}:</strong>
      {TIERS.map((tier) => {
        const asked = pending?.[tier];
        const value = asked ?? on[tier];
        return (
          <button
            key={tier}
            type="button"
            role="switch"
            className="small"
            aria-checked={value}
            aria-label={t.autoAssign.label(tier)}
            data-testid={`auto-assign-${tier}`}
            data-on={on[tier]}
            data-pending={asked !== undefined || undefined}
            onClick={() => void toggle(tier, !value)}
          >
            {t.autoAssign.tier(tier)}: {value ? t.autoAssign.on : t.autoAssign.off}
            {asked !== undefined ? <span className="muted"> ({t.autoAssign.pending})</span> : null}
          </button>
        );
      })}
      <span className="muted">{t.autoAssign.note}</span>
    </div>
  );
}
