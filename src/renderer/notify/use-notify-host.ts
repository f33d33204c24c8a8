// Mounts the replica's notify host in the console (use-notify-host is called by console-shell): the
// window holding the notify lock runs it with this window's Notifier (the desktop one where the preload
// exposes window.consoleNotify, else the page's), the agent's settings and language,
// the queue store for "open" and the ticket actions' take for "Take".
import { useEffect } from 'react';
import { systemClock } from '../../shared/clock';
import type { Replica } from '../db';
import { strings } from '../i18n';
import { useQueueStore } from '../queue/queue-store';
import { useNotifySettingsStore } from '../settings/notify-settings-store';
import { take } from '../ticket/ticket-actions';
import { useUiStore } from '../app/ui-store';
import { chooseNotifier } from './choose-notifier';
import { electronNotifier } from './notifier-electron';
import { holdNotifyLock } from './notify-lock';
import { createNotifyHost } from './notify-host';

const focused = () => document.hasFocus() && document.visibilityState === 'visible';

export function useNotifyHost(replica: Replica): void {
  useEffect(
    () =>
      holdNotifyLock(replica.db.name, () => {
        const notifier = chooseNotifier(window, (bridge) =>
          electronNotifier(bridge, {
            actionLabel: (a) => (a === 'take' ? strings.notify.take : strings.notify.snooze),
            badgeLabel: (n) => strings.notify.badge(n),
            win: window,
          }),
        );
        const host = createNotifyHost({
          db: replica.db,
          me: { id: replica.agent.id, tier: replica.agent.tier },
          sync: replica.sync,
          notifier,
          clock: systemClock,
          settings: () => useNotifySettingsStore.getState().settings,
          focused,
          words: () => strings,
          open: (id) => {
            if (id) useQueueStore.getState().openTicket(id);
          },
          take: (ticket) => take(replica, ticket, replica.agent.id),
          // New work in the tier on screen is already said by the arrival announcer ("2 new tickets waiting in
          // tier 1"); saying each ticket again would replace that sentence in the one live region.
          inApp: (w, content) => {
            if (content.kind !== 'new_tickets') useUiStore.getState().announce(`${w.title}. ${w.body}`);
          },
        });
        return () => host.close();
      }),
    [replica],
  );
}
