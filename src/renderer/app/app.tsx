// The app's life cycle: restore or sign in, open the local replica, run the console, sign out.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ConsoleApi, SessionInfo } from '../../shared/api';
import type { Agent } from '../../shared/domain';
import { openReplica, type Replica } from '../db';
import { useStrings } from '../i18n';
import { LoginScreen } from '../session/login-screen';
import { SyncIndicator } from '../sync/sync-indicator';
import { useSyncStore } from '../sync/sync-store';
import { ConsoleContext } from './console-context';
import { ConsoleShell } from './console-shell';
import { resetUiStores } from './reset-stores';
import { useQueueStore } from '../queue/queue-store';

export type OpenReplica = (api: ConsoleApi, agent: Agent) => Promise<Replica>;

const defaultOpen: OpenReplica = (api, agent) => openReplica({ api, agent });

type Phase =
  | { kind: 'starting' }
  | { kind: 'signed-out'; notice: string | null }
  | { kind: 'opening' }
  | { kind: 'ready'; replica: Replica; info: SessionInfo };

export function App({ api, open = defaultOpen }: { api: ConsoleApi; open?: OpenReplica }) {
  const t = useStrings();
  const [phase, setPhase] = useState<Phase>({ kind: 'starting' });
  const replicaRef = useRef<Replica | null>(null);

  const start = useCallback(
    async (info: SessionInfo) => {
      if (!info.agent) return setPhase({ kind: 'signed-out', notice: null });
      setPhase({ kind: 'opening' });
      try {
        const replica = await open(api, info.agent);
        replicaRef.current = replica;
        if (info.agent.tier) useQueueStore.getState().setTier(info.agent.tier);
        setPhase({ kind: 'ready', replica, info });
      } catch (err) {
        setPhase({ kind: 'signed-out', notice: err instanceof Error ? err.message : String(err) });
      }
    },
    [api, open],
  );

  const signOut = useCallback(async (tellMain: boolean) => {
    const replica = replicaRef.current;
    replicaRef.current = null;
    setPhase({ kind: 'signed-out', notice: null });
    resetUiStores();
    await replica?.close().catch(() => undefined);
    if (tellMain) await api.request('session.logout', {}).catch(() => undefined);
  }, [api]);

  useEffect(() => {
    const offStatus = api.on('sync.status', (s) => useSyncStore.getState().setStatus(s));
    const offSession = api.on('session.changed', (info) => {
      if (!info.agent && replicaRef.current) void signOut(false);
    });
    let cancelled = false;
    api
      .request('session.info', {})
      .then((info) => !cancelled && void start(info))
      .catch(() => !cancelled && setPhase({ kind: 'signed-out', notice: null }));
    return () => {
      cancelled = true;
      offStatus();
      offSession();
    };
  }, [api, start, signOut]);

  useEffect(() => () => void replicaRef.current?.close().catch(() => undefined), []);

  if (phase.kind === 'ready') {
    return (
      <ConsoleContext.Provider value={{ api, replica: phase.replica }}>
        {!phase.info.secureStorage ? (
          <p className="storage-warning" role="note" data-testid="insecure-storage-warning">
            {t.login.insecureStorage}
          </p>
        ) : null}
        <ConsoleShell onLogout={() => void signOut(true)} />
      </ConsoleContext.Provider>
    );
  }
  if (phase.kind === 'signed-out') {
    return <LoginScreen api={api} notice={phase.notice} onSignedIn={(info) => void start(info)} />;
  }
  return (
    <main className="login">
      <p className="muted" role="status">
        {t.login.loading}
      </p>
      <SyncIndicator onRetry={() => void api.request('sync.now', {}).catch(() => undefined)} />
    </main>
  );
}
