// What each action of the key map does. The keyboard dispatcher, the command palette and the buttons
// all run actions through here, so a key, a palette entry and a click always do the same thing.
import { useCallback } from 'react';
import type { ActionId } from '../../shared/keymap';
import type { Ticket } from '../../shared/domain';
import { canWorkTicket, isSupervisor } from '../../shared/authorize';
import { ticketById } from '../db/queries';
import { strings } from '../i18n';
import { useQueueStore } from '../queue/queue-store';
import { take } from '../ticket/ticket-actions';
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
  const { api, replica } = useConsole();

  return useCallback(
    (action: ActionId) => {
      const ui = useUiStore.getState();
      const queue = useQueueStore.getState();
      const currentId = ui.openTicketId ?? queue.selectedTicketId;

      /** Runs fn on the open ticket (or the selected row, which it then opens). */
      const withTicket = (fn: (t: Ticket) => void, open = true) => {
        if (!currentId) {
          ui.announce(strings.announce.noTicket);
          return;
        }
        void ticketById(replica.db, currentId).then((t) => {
          if (!t) return ui.announce(strings.announce.noTicket);
          if (!canWorkTicket(replica.agent, t)) return ui.announce(strings.announce.notAllowed);
          if (open && useUiStore.getState().openTicketId !== t.id) useUiStore.getState().openTicket(t.id);
          fn(t);
        });
      };

      switch (action) {
        case 'queue.next':
        case 'queue.previous': {
          queue.move(action === 'queue.next' ? 1 : -1);
          return;
        }
        case 'ticket.open':
          if (queue.selectedTicketId) ui.openTicket(queue.selectedTicketId);
          return;
        case 'back':
          if (ui.dialog) return ui.closeDialog();
          if (activeIsTextField()) {
            (document.activeElement as HTMLElement).blur();
            return ui.openTicketId ? undefined : ui.focusQueue();
          }
          if (ui.openTicketId) return ui.closeTicket();
          return ui.focusQueue();
        case 'ticket.reply':
          return withTicket(() => useUiStore.getState().focusComposer('reply'));
        case 'ticket.note':
          return withTicket(() => useUiStore.getState().focusComposer('note'));
        case 'ticket.take':
          return withTicket((t) => {
            if (t.assigneeId !== replica.agent.id) void take(replica, t, replica.agent.id);
          });
        case 'ticket.status':
          return withTicket(() => useUiStore.getState().openDialog('status'));
        case 'ticket.priority':
          return withTicket(() => useUiStore.getState().openDialog('priority'));
        case 'ticket.escalate':
          return withTicket((t) => {
            if (t.tier === 3) return useUiStore.getState().announce(strings.escalation.topTier);
            useUiStore.getState().openDialog('escalate');
          });
        case 'ticket.handBack':
          return withTicket((t) => {
            const specialist = isSupervisor(replica.agent) || replica.agent.tier !== 1;
            if (!specialist || t.tier === 1) return useUiStore.getState().announce(strings.announce.notAllowed);
            useUiStore.getState().openDialog('handback');
          });
        case 'go.mine':
          return queue.setView('mine');
        case 'go.unassigned':
          return queue.setView('unassigned');
        case 'go.tier':
          return queue.setView('tier');
        case 'queue.filter':
          return ui.focusFilter();
        case 'palette.open':
          return ui.openDialog('palette');
        case 'help.open':
          return ui.openDialog('help');
        case 'composer.send':
          return ui.requestSend();
        case 'sync.now':
          void api.request('sync.now', {}).catch(() => undefined);
          return;
        case 'session.logout':
          return onLogout();
      }
    },
    [api, replica, onLogout],
  );
}
