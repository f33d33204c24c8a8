// What the rebalancing keys do (app/use-commands.ts calls these): x marks the cursor's row, Shift+A opens
// the assign picker for the marked tickets (or the cursor's one), Esc clears the marks. Supervisors only:
// the shared rules let an agent assign a ticket to nobody but themselves (take), and an agent is told so.
import { isSupervisor } from '../../shared/authorize';
import { formatKeys, type ActionId } from '../../shared/keymap';
import type { Replica } from '../db';
import { useUiStore } from '../app/ui-store';
import { strings } from '../i18n';
import { firstKey, useKeymapStore } from '../keyboard/keymap-store';
import { useQueueStore } from '../queue/queue-store';
import { isMac } from '../ui/format';
import { useMarksStore } from './marks-store';

/** The queue the marks belong to. */
export const marksQueueOf = (s: { view: string; tier: number }): string => `${s.view}:${s.tier}`;

const keyName = (action: ActionId) => formatKeys(firstKey(useKeymapStore.getState().keymap, action), isMac(), strings.help.then);

/** The words an agent hears for x or Shift+A. */
function refuseAgent(): void {
  useUiStore.getState().announce(strings.marks.supervisorsOnly(keyName('ticket.take')));
}

export function markCursor(replica: Pick<Replica, 'agent'>): void {
  if (!isSupervisor(replica.agent)) return refuseAgent();
  const q = useQueueStore.getState();
  const ui = useUiStore.getState();
  if (!q.cursor.id) return ui.announce(strings.announce.noTicket);
  const marks = useMarksStore.getState();
  marks.toggle(q.cursor.id, marksQueueOf(q));
  const n = useMarksStore.getState().marked.size;
  ui.announce(n ? strings.marks.count(n) : strings.marks.cleared);
}

export function openAssignTo(replica: Pick<Replica, 'agent'>): void {
  if (!isSupervisor(replica.agent)) return refuseAgent();
  const q = useQueueStore.getState();
  const ui = useUiStore.getState();
  const marks = useMarksStore.getState();
  const marked = marks.queue === marksQueueOf(q) ? [...marks.marked] : [];
  const ticketIds = marked.length ? marked : q.cursor.id ? [q.cursor.id] : [];
  if (!ticketIds.length) return ui.announce(strings.picker.noTicket(keyName('queue.mark')));
  marks.setSubject({ kind: 'tickets', ticketIds });
  ui.openDialog('assignTo');
}

/** Esc with marks on screen clears them first (one Esc per layer); true when it did. */
export function clearMarksOnEscape(): boolean {
  const marks = useMarksStore.getState();
  if (!marks.marked.size) return false;
  marks.clear();
  useUiStore.getState().announce(strings.marks.cleared);
  return true;
}

/** From the agents panel: every open ticket of the agent, to another agent, the queue, or spread. */
export function openReassignAll(agentId: string): void {
  useMarksStore.getState().setSubject({ kind: 'agent', agentId });
  useUiStore.getState().openDialog('reassignAll');
}

export function openCapEditor(agentId: string): void {
  useMarksStore.getState().setCapAgent(agentId);
  useUiStore.getState().openDialog('agentCap');
}
