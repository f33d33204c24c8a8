// The signed-in agent's notification settings (shared/notify/settings.ts), kept on this workstation in
// localStorage['console.notify.<agentId>'] (switches, minutes and modes: no personal data) and parsed with
// defaults, so a value from an older build or a hand edit reads as a whole, valid set.
import { useLayoutEffect } from 'react';
import { create } from 'zustand';
import { DEFAULT_NOTIFY_SETTINGS, NotifySettings, type NotifySettingsInput } from '../../shared/notify';

const KEY_PREFIX = 'console.notify.';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function load(agentId: string): NotifySettings {
  try {
    const raw = storage()?.getItem(KEY_PREFIX + agentId);
    const parsed = raw ? NotifySettings.safeParse(JSON.parse(raw)) : null;
    return parsed?.success ? parsed.data : DEFAULT_NOTIFY_SETTINGS;
  } catch {
    return DEFAULT_NOTIFY_SETTINGS;
  }
}

export interface NotifySettingsState {
  agentId: string | null;
  settings: NotifySettings;
  forAgent(agentId: string | null): void;
  /** Applies a change (validated with the schema's bounds); false when it is out of bounds and not kept. */
  update(change: (s: NotifySettings) => NotifySettingsInput): boolean;
}

export const useNotifySettingsStore = create<NotifySettingsState>()((set, get) => ({
  agentId: null,
  settings: DEFAULT_NOTIFY_SETTINGS,
  forAgent: (agentId) => set({ agentId, settings: agentId ? load(agentId) : DEFAULT_NOTIFY_SETTINGS }),
  update: (change) => {
    const next = NotifySettings.safeParse(change(get().settings));
    if (!next.success) return false;
    const { agentId } = get();
    try {
      if (agentId) storage()?.setItem(KEY_PREFIX + agentId, JSON.stringify(next.data));
    } catch {
      // quota or privacy mode: the settings still apply to this run
    }
    set({ settings: next.data });
    return true;
  },
}));

/** Binds the store to the signed-in agent while the console is mounted. */
export function useAgentNotifySettings(agentId: string): void {
  useLayoutEffect(() => {
    useNotifySettingsStore.getState().forAgent(agentId);
    return () => useNotifySettingsStore.getState().forAgent(null);
  }, [agentId]);
}
