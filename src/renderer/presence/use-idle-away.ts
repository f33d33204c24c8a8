// Automatic away: after the agent's minutes without input (settings) an available or busy agent is set
// Away, and their presence is given back when they return — each time said in words. The rules are pure
// (idle-away.ts); the idle signal comes from main's powerMonitor on the desktop or this page's input.
import { useEffect } from 'react';
import { create } from 'zustand';
import type { Replica } from '../db';
import { strings } from '../i18n';
import { useSyncStore } from '../sync/sync-store';
import { INITIAL_IDLE, onActive, onChosen, onIdle, type IdleState } from './idle-away';
import { idleSourceHere, type IdleSource } from './idle-source';
import { useIdleSettingsStore } from './presence-store';
import { myPresence, setMyPresence } from './use-presence';

interface IdleAwayStore {
  state: IdleState;
  /** The agent chose a presence: nothing is given back for an automatic away before it. */
  chosen(): void;
}

export const useIdleAwayStore = create<IdleAwayStore>()((set) => ({
  state: INITIAL_IDLE,
  chosen: () => set((s) => ({ state: onChosen(s.state) })),
}));

export function useIdleAway(replica: Replica, source: () => IdleSource = idleSourceHere): void {
  const { on, minutes } = useIdleSettingsStore((s) => s.idle);
  useEffect(() => {
    if (!on) return;
    const store = useIdleAwayStore;
    const say = (text: string) => useSyncStore.getState().pushNotice(text);
    return source().watch(
      minutes,
      () =>
        void myPresence(replica).then((p) => {
          const [next, d] = onIdle(store.getState().state, p);
          store.setState({ state: next });
          if (d.do !== 'set_away') return;
          const text = strings.presence.autoAway(minutes);
          say(text);
          void setMyPresence(replica, 'away', text);
        }),
      () =>
        void myPresence(replica).then((p) => {
          const [next, d] = onActive(store.getState().state, p);
          store.setState({ state: next });
          if (d.do !== 'restore') return;
          const text = strings.presence.back(strings.presence.state[d.to]);
          say(text);
          void setMyPresence(replica, d.to, text);
        }),
    );
  }, [replica, on, minutes, source]);
}
