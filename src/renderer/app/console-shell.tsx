// The signed-in console: top bar with the sync indicator, the tier queues beside the open ticket,
// refusal notices, the palette and the cheat sheet. One key dispatcher drives all of it.
import { useEffect } from 'react';
import { isSupervisor } from '../../shared/authorize';
import { CheatSheet } from '../keyboard/cheat-sheet';
import { firstKey, useAgentKeymap } from '../keyboard/keymap-store';
import { useGlobalKeys } from '../keyboard/use-global-keys';
import { SettingsDialog } from '../settings/settings-dialog';
import { useAgentNotifySettings } from '../settings/notify-settings-store';
import { PresenceMenu, PresencePicker } from '../presence/presence-picker';
import { useAgentIdleSettings } from '../presence/presence-store';
import { useIdleAway } from '../presence/use-idle-away';
import { ariaKeyShortcuts, formatKeys } from '../../shared/keymap';
import { isMac } from '../ui/format';
import { PaletteHost } from '../palette/palette-host';
import { QueueColumns } from '../queue/queue-columns';
import { workingTier } from '../queue/queue-key';
import { QueueList } from '../queue/queue-list';
import { openTicketIdOf, useQueueStore } from '../queue/queue-store';
import { QueueFilter, QueueTabs } from '../queue/queue-tabs';
import { InitialLoadBar, SyncIndicator } from '../sync/sync-indicator';
import { LiveRegion, RefusalBanner } from '../sync/refusal-banner';
import { useSyncStore } from '../sync/sync-store';
import { TicketView } from '../ticket/ticket-view';
import { useAgentLocale, useStrings } from '../i18n';
import { useNotifyHost } from '../notify/use-notify-host';
import { LanguagePicker } from './language-picker';
import { SupervisorPane } from './supervisor-pane';
import { RebalanceDialogs } from '../rebalance/rebalance-dialogs';
import { reasonText } from '../messages/reason-text';
import { useConsole } from './console-context';
import { useUiStore } from './ui-store';
import { useCommands } from './use-commands';

export function ConsoleShell({ onLogout }: { onLogout(): void }) {
  const t = useStrings();
  const { replica } = useConsole();
  const run = useCommands(onLogout);
  const agent = replica.agent;
  // The agent's own keys on this workstation (settings), else the defaults.
  const keymap = useAgentKeymap(agent.id);
  useGlobalKeys(run, keymap);
  useAgentNotifySettings(agent.id);
  useAgentIdleSettings(agent.id);
  useIdleAway(replica);
  // The agent's own language on this workstation (their choice, else the OS language).
  useAgentLocale(agent.id);
  // Desktop notifications of new work, escalations, replies and SLA deadlines: one window per replica.
  useNotifyHost(replica);
  const picked = useQueueStore((s) => s.tier);
  const tier = workingTier(agent, picked);
  const openTicketId = useQueueStore(openTicketIdOf);
  const dialog = useUiStore((s) => s.dialog);
  const closeDialog = useUiStore((s) => s.closeDialog);

  // A supervisor has no tickets of their own to start from: they land on the whole tier.
  useEffect(() => {
    if (isSupervisor(agent)) useQueueStore.getState().setView('tier');
  }, [agent]);

  // New work in the tier on screen is said in the live region (the loop reports it; never a first sync's rows).
  useEffect(
    () =>
      replica.sync.onArrived((byTier) => {
        const n = byTier[tier] ?? 0;
        if (n > 0) useUiStore.getState().announce(t.announce.arrived(n, tier));
      }),
    [replica, tier, t],
  );

  useEffect(
    () =>
      replica.onRefused((r) => {
        const text = t.refusals.notSaved(reasonText(r));
        useSyncStore.getState().pushNotice(text);
        useUiStore.getState().announce(text);
      }),
    [replica, t],
  );

  const mac = isMac();
  /** A top-bar button with the key the agent's map gives its action (none shown when it has no key). */
  const topButton = (action: 'palette.open' | 'help.open' | 'settings.open', testId: string, label: string) => {
    const k = firstKey(keymap, action);
    return (
      <button type="button" className="small" aria-keyshortcuts={ariaKeyShortcuts(k)} data-testid={testId} onClick={() => run(action)}>
        {label} {k ? <kbd>{formatKeys(k, mac, t.help.then)}</kbd> : null}
      </button>
    );
  };
  const role = isSupervisor(agent) ? t.header.supervisor : t.header.tier(agent.tier ?? 1);
  return (
    <div className="console">
      <header className="topbar">
        <span className="brand">{t.appName}</span>
        <span className="who" data-testid="signed-in-as">
          {t.header.signedInAs(agent.name, role)}
        </span>
        <SyncIndicator onRetry={() => run('sync.now')} />
        <div className="topbar-actions">
          <PresencePicker />
          <LanguagePicker />
          {topButton('palette.open', 'open-palette', t.header.palette)}
          {topButton('help.open', 'open-help', t.header.help)}
          {topButton('settings.open', 'open-settings', t.settings.open)}
          <button type="button" className="small" data-testid="logout" onClick={onLogout}>
            {t.header.logout}
          </button>
        </div>
      </header>
      <InitialLoadBar />
      <RefusalBanner />
      <main className="workspace">
        <section className="queue-pane" aria-label={t.queue.navLabel}>
          <QueueTabs tier={tier} />
          <QueueFilter />
          <QueueColumns />
          <QueueList tier={tier} />
        </section>
        <section className="ticket-pane">
          {openTicketId ? (
            <TicketView ticketId={openTicketId} run={run} />
          ) : isSupervisor(agent) ? (
            // A supervisor lands on the wallboard (or the supervisor screen last chosen); an agent never gets it mounted.
            <SupervisorPane />
          ) : (
            <p className="ticket-none muted">{t.ticket.none}</p>
          )}
        </section>
      </main>
      {dialog === 'palette' ? <PaletteHost tier={tier} keymap={keymap} onRun={run} onClose={closeDialog} /> : null}
      {dialog === 'help' ? <CheatSheet keymap={keymap} supervisor={isSupervisor(agent)} onClose={closeDialog} /> : null}
      {dialog === 'settings' ? <SettingsDialog onClose={closeDialog} /> : null}
      {dialog === 'presence' ? <PresenceMenu onClose={closeDialog} /> : null}
      <RebalanceDialogs />
      <LiveRegion />
    </div>
  );
}
