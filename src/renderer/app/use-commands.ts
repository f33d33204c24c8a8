// What each action of the key map does. The keyboard dispatcher, the command palette and the buttons
// all run actions through here, so a key, a palette entry and a click always do the same thing.
import { useCallback } from 'react';
import type { ActionId } from '../../shared/keymap';
import type { Presence, Ticket } from '../../shared/domain';
import { isSupervisor } from '../../shared/authorize';
import { useBoardStore } from '../board/board-store';
import { useKpiStore } from '../kpi/kpi-store';
import { useComplaintListStore } from '../complaints/complaint-list-store';
import { clearMarksOnEscape, markCursor, openAssignTo } from '../rebalance/rebalance-commands';
import { useIdleAwayStore } from '../presence/use-idle-away';
import { setMyPresence } from '../presence/use-presence';
import { ticketById } from '../db/queries';
import { strings } from '../i18n';
import { workingTier } from '../queue/queue-key';
import { useQueueStore } from '../queue/queue-store';
import { confirmCustomer, take } from '../ticket/ticket-actions';
import { mayDo, nextTier, type TicketAction } from '../ticket/ticket-permissions';
import { useConsole } from './console-context';
import { useUiStore } from './ui-store';

export type RunAction = (action: ActionId) => void;

function activeIsTextField(): boolean {
  const el = document.activeElement as HTMLElement | null;
  if (!el) return false;
  const tag = el.tagName.toLowerCase();
  return tag === 'input' || tag === 'textarea' || tag === 'select' || el.isContentEditable;
}

export function useCommands(onLogout: () => void): RunAction {
  const { replica } = useConsole();

  return useCallback(
    (action: ActionId) => {
      const ui = useUiStore.getState();
      const queue = useQueueStore.getState();
      // The cursor's ticket: the open one, or else the selected row (the two are one by construction).
      const currentId = queue.cursor.id;

      /** Runs fn on the cursor's ticket, opening it, if the shared rules allow the action on it. */
      const withTicket = (a: TicketAction, fn: (t: Ticket) => void) => {
        if (!currentId) return ui.announce(strings.announce.noTicket);
        void ticketById(replica.db, currentId).then((t) => {
          if (!t) return ui.announce(strings.announce.noTicket);
          if (a === 'ticket.escalate' && nextTier(t.tier) === null) return ui.announce(strings.escalation.topTier);
          if (a === 'ticket.take' && t.assigneeId === replica.agent.id) return ui.announce(strings.announce.alreadyYours);
          if (!mayDo(a, replica.agent, t)) return ui.announce(strings.announce.notAllowed);
          const q = useQueueStore.getState();
          if (!q.open || q.cursor.id !== t.id) q.openTicket(t.id);
          fn(t);
        });
      };
      /** r / n: the open ticket's composer takes the focus at once, before the next key arrives. */
      const write = (a: 'ticket.reply' | 'ticket.note') => {
        const mode = a === 'ticket.reply' ? 'reply' : 'note';
        if (!queue.open || !currentId) return withTicket(a, (t) => useUiStore.getState().focusComposer(mode, t.id));
        ui.focusComposer(mode, currentId);
        // A read-only ticket's composer is off and takes no focus; say why rather than nothing.
        void ticketById(replica.db, currentId).then((t) => {
          if (t && !mayDo(a, replica.agent, t)) useUiStore.getState().announce(strings.announce.notAllowed);
        });
      };

      switch (action) {
        case 'queue.next':
        case 'queue.previous':
          return queue.move(action === 'queue.next' ? 1 : -1);
        case 'ticket.open':
          return queue.openSelected();
        case 'back':
          if (ui.dialog) return ui.closeDialog();
          if (activeIsTextField()) {
            (document.activeElement as HTMLElement).blur();
            return queue.open ? undefined : ui.focusQueue();
          }
          if (clearMarksOnEscape()) return;
          if (queue.open) queue.closeTicket();
          return ui.focusQueue();
        case 'ticket.reply':
        case 'ticket.note':
          return write(action);
        case 'ticket.take':
          return withTicket(action, (t) => void take(replica, t, replica.agent.id));
        case 'ticket.status':
          return withTicket(action, () => useUiStore.getState().openDialog('status'));
        case 'ticket.priority':
          return withTicket(action, () => useUiStore.getState().openDialog('priority'));
        case 'ticket.escalate':
          return withTicket(action, () => useUiStore.getState().openDialog('escalate'));
        case 'ticket.handBack':
          return withTicket(action, () => useUiStore.getState().openDialog('handback'));
        case 'ticket.link':
          return withTicket(action, () => useUiStore.getState().openDialog('link'));
        case 'ticket.confirmCustomer':
          return withTicket(action, (t) => void confirmCustomer(replica, t));
        case 'ticket.tags':
          return withTicket(action, () => useUiStore.getState().openDialog('tags'));
        case 'ticket.rating':
          return withTicket(action, () => useUiStore.getState().openDialog('rating'));
        case 'ticket.complaint':
          return withTicket(action, () => useUiStore.getState().openDialog('complaint'));
        case 'queue.mark':
          return markCursor(replica);
        case 'queue.assignTo':
          return openAssignTo(replica);
        case 'go.mine':
          return queue.setView('mine');
        case 'go.unassigned':
          return queue.setView('unassigned');
        case 'go.tier':
          return queue.setView('tier');
        case 'go.escalated':
          // Tier 1 receives no escalations (its tickets come back by hand-back), so it has no such queue.
          if (workingTier(replica.agent, queue.tier) === 1) return ui.announce(strings.announce.noEscalatedQueue);
          return queue.setView('escalated');
        case 'go.board':
          // The wallboard is a supervisor's: an agent is told so (it is never mounted for them).
          if (!isSupervisor(replica.agent)) return ui.announce(strings.board.forSupervisors);
          if (queue.open) queue.closeTicket();
          ui.showPane('board');
          return useBoardStore.getState().focusBoard();
        case 'go.kpis':
          // The KPI screen is a supervisor's (the server refuses the report to anyone else): an agent is told so.
          if (!isSupervisor(replica.agent)) return ui.announce(strings.kpi.forSupervisors);
          if (queue.open) queue.closeTicket();
          ui.showPane('kpis');
          return useKpiStore.getState().focusScreen();
        case 'go.complaints':
          // The complaint list is a supervisor's: an agent is told so (it is never mounted for them).
          if (!isSupervisor(replica.agent)) return ui.announce(strings.complaints.forSupervisors);
          if (queue.open) queue.closeTicket();
          ui.showPane('complaints');
          return useComplaintListStore.getState().focusList();
        case 'queue.filter':
          return ui.focusFilter();
        case 'palette.open':
          return ui.openDialog('palette');
        case 'help.open':
          return ui.openDialog('help');
        case 'settings.open':
          return ui.openDialog('settings');
        case 'presence.choose':
          return ui.openDialog('presence');
        case 'presence.available':
        case 'presence.busy':
        case 'presence.break':
        case 'presence.away':
          useIdleAwayStore.getState().chosen();
          void setMyPresence(replica, action.slice('presence.'.length) as Presence);
          return;
        case 'composer.template':
          // Templates are words for the customer: the composer turns to a reply (its banner says so) first.
          return withTicket('ticket.reply', (t) => {
            useUiStore.getState().focusComposer('reply', t.id);
            useUiStore.getState().openDialog('template');
          });
        case 'composer.send':
          return ui.requestSend();
        case 'sync.now':
          replica.sync.syncNow();
          return;
        case 'session.logout':
          return onLogout();
      }
    },
    [replica, onLogout],
  );
}
