// The rebalancing dialogs the console shell mounts: the assign picker for marked tickets (Shift+A), the
// "reassign all of an agent" dialog and the cap editor (both from the agents panel).
import { useLiveQuery } from 'dexie-react-hooks';
import type { Tier } from '../../shared/domain';
import { useConsole } from '../app/console-context';
import { useUiStore } from '../app/ui-store';
import { agentById, openTicketIdsOf } from '../db/rebalance-queries';
import { useStrings } from '../i18n';
import { workingTier } from '../queue/queue-key';
import { useQueueStore } from '../queue/queue-store';
import { AssignPicker } from './assign-picker';
import { CapDialog } from './cap-dialog';
import { useMarksStore } from './marks-store';

export function RebalanceDialogs() {
  const dialog = useUiStore((s) => s.dialog);
  const subject = useMarksStore((s) => s.subject);
  const capAgentId = useMarksStore((s) => s.capAgentId);
  const close = () => useUiStore.getState().closeDialog();
  if (dialog === 'assignTo' && subject?.kind === 'tickets') return <MarkedPicker ticketIds={subject.ticketIds} onClose={close} />;
  if (dialog === 'reassignAll' && subject?.kind === 'agent') return <ReassignAll agentId={subject.agentId} onClose={close} />;
  if (dialog === 'agentCap' && capAgentId) return <CapDialog agentId={capAgentId} onClose={close} />;
  return null;
}

const say = (said: string) => useUiStore.getState().announce(said);

function MarkedPicker({ ticketIds, onClose }: { ticketIds: readonly string[]; onClose(): void }) {
  const t = useStrings();
  const { replica } = useConsole();
  const tier: Tier = workingTier(replica.agent, useQueueStore.getState().tier);
  return (
    <AssignPicker
      title={t.picker.title(ticketIds.length)}
      tier={tier}
      ticketIds={ticketIds}
      onClose={onClose}
      onDone={(said) => {
        onClose();
        useMarksStore.getState().clear();
        say(said);
      }}
    />
  );
}

function ReassignAll({ agentId, onClose }: { agentId: string; onClose(): void }) {
  const t = useStrings();
  const { replica } = useConsole();
  const agent = useLiveQuery(() => agentById(replica.db, agentId), [replica, agentId]);
  // Live: the count said is the set that moves when Enter is pressed.
  const ids = useLiveQuery(() => openTicketIdsOf(replica.db, agentId), [replica, agentId]);
  if (!agent || !ids || agent.tier === null) return null;
  return (
    <AssignPicker
      testId="reassign-dialog"
      title={t.reassign.title(agent.name)}
      intro={t.reassign.count(ids.length, agent.name)}
      tier={agent.tier}
      ticketIds={ids}
      extras={['unassign', 'spread']}
      excludeAgentId={agent.id}
      onClose={onClose}
      onDone={(said) => {
        onClose();
        say(said);
      }}
    />
  );
}
