// The app's life cycle: restore or sign in, open the local replica, run the console, sign out.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ConsoleApi, SessionInfo } from '../../shared/api';
import type { Agent } from '../../shared/domain';
import type { Replica } from '../db';
import { eraseLeftoverReplicas } from '../db/leftover-replicas';
import { SignOutDialog } from '../session/sign-out-dialog';
import { useStrings } from '../i18n';
import { LoginScreen } from '../session/login-screen';
import { SyncIndicator } from '../sync/sync-indicator';
import { useSyncStore } from '../sync/sync-store';
import { ConsoleContext } from './console-context';
import { ConsoleShell } from './console-shell';
import { resetUiStores } from './reset-stores';
import { useQueueStore } from '../queue/queue-store';

export type OpenReplica = (api: ConsoleApi, agent: Agent) => Promise<Replica>;

type Phase =
  | { kind: 'starting' }
  | { kind: 'signed-out'; notice: string | null }
  | { kind: 'opening' }
  | { kind: 'ready'; replica: Replica; info: SessionInfo };

export function App({ api, open }: { api: ConsoleApi; open: OpenReplica }) {
  const t = useStrings();
  const [phase, setPhase] = useState<Phase>({ kind: 'starting' });
  const replicaRef = useRef<Replica | null>(null);
  const offStatusRef = useRef<(() => void) | null>(null);
  /** Unsent changes when the agent asked to sign out; null while no sign-out is being asked. */
  const [signOutPrompt, setSignOutPrompt] = useState<number | null>(null);

  const start = useCallback(
    async (info: SessionInfo) => {
      if (!info.agent) {
        // A backend address the console refuses (plain http off this computer): no sign-in can work; say why.
        const refused = info.backendRefused ? t.login.backendRefused[info.backendRefused](info.serverUrl) : null;
        return setPhase({ kind: 'signed-out', notice: refused });
      }
      setPhase({ kind: 'opening' });
      try {
        const replica = await open(api, info.agent);
        replicaRef.current = replica;
        offStatusRef.current = replica.sync.onStatus((s) => useSyncStore.getState().setStatus(s));
        // Replicas other agents left here with nothing unsent go (see db/leftover-replicas).
        void eraseLeftoverReplicas(info.agent.id).catch((err: unknown) => console.warn('sign-in: leftover replicas not erased:', (err as Error).message));
        if (info.agent.tier) useQueueStore.getState().setTier(info.agent.tier);
        setPhase({ kind: 'ready', replica, info });
      } catch (err) {
        setPhase({ kind: 'signed-out', notice: err instanceof Error ? err.message : String(err) });
      }
    },
    [api, open, t],
  );

  // Signing out (or a session that ended) erases this agent's replica once nothing in it is unsent:
  // nothing of a signed-out agent stays on the workstation. Unsent changes are never dropped silently:
  // the agent chose 'discard', or the replica is kept for their next sign-in here and the login says so.
  const endSession = useCallback(
    async (how: 'auto' | 'keep' | 'discard', tellMain: boolean) => {
      const replica = replicaRef.current;
      if (!replica) return;
      replicaRef.current = null;
      offStatusRef.current?.();
      offStatusRef.current = null;
      setSignOutPrompt(null);
      setPhase({ kind: 'signed-out', notice: null });
      resetUiStores();
      if (tellMain) await api.request('session.logout', {}).catch(() => undefined);
      const pending = await replica.pendingCount().catch(() => -1);
      const erase = how === 'discard' || (how === 'auto' && pending === 0);
      try {
        if (erase) await replica.erase();
        else await replica.close();
      } catch (err) {
        console.warn('sign-out: the local replica could not be erased:', (err as Error).message);
        await replica.close().catch(() => undefined);
      }
      if (!erase && pending > 0) {
        setPhase({ kind: 'signed-out', notice: tellMain ? t.signOut.keptNotice(pending) : t.signOut.expiredKept(pending) });
      }
    },
    [api, t],
  );

  const requestSignOut = useCallback(async () => {
    const replica = replicaRef.current;
    if (!replica) return;
    const pending = await replica.pendingCount();
    if (pending === 0) return endSession('auto', true);
    setSignOutPrompt(pending);
  }, [endSession]);

  useEffect(() => {
    const offSession = api.on('session.changed', (info) => {
      if (!info.agent && replicaRef.current) void endSession('auto', false);
    });
    let cancelled = false;
    api
      .request('session.info', {})
      .then((info) => !cancelled && void start(info))
      .catch(() => !cancelled && setPhase({ kind: 'signed-out', notice: null }));
    return () => {
      cancelled = true;
      offSession();
    };
  }, [api, start, endSession]);

  useEffect(() => () => void replicaRef.current?.close().catch(() => undefined), []);

  if (phase.kind === 'ready') {
    return (
      <ConsoleContext.Provider value={{ api, replica: phase.replica }}>
        {!phase.info.secureStorage ? (
          <p className="storage-warning" role="note" data-testid="insecure-storage-warning">
            {t.login.insecureStorage}
          </p>
        ) : null}
        <ConsoleShell onLogout={() => void requestSignOut()} />
        {signOutPrompt !== null ? (
          <SignOutDialog
            replica={phase.replica}
            pendingAtRequest={signOutPrompt}
            onChoose={(choice) => void endSession(choice === 'synced' ? 'auto' : choice, true)}
            onCancel={() => setSignOutPrompt(null)}
          />
        ) : null}
      </ConsoleContext.Provider>
    );
  }
  if (phase.kind === 'signed-out') {
    // Keyed by the notice: one that arrives after the screen is up (a kept replica) is shown, not lost.
    return <LoginScreen key={phase.notice ?? ''} api={api} notice={phase.notice} onSignedIn={(info) => void start(info)} />;
  }
  return (
    <main className="login">
      <p className="muted" role="status">
        {t.login.loading}
      </p>
      <SyncIndicator onRetry={() => replicaRef.current?.sync.syncNow()} />
    </main>
  );
}
