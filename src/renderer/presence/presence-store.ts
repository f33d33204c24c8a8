// Whether the console sets this agent Away when idle, and after how many minutes: kept on this workstation
// in localStorage['console.presence.<agentId>'] ({on, minutes}: no personal data), bounded 1–240 minutes.
import { useLayoutEffect } from 'react';
import { z } from 'zod';
import { create } from 'zustand';

export const IDLE_MINUTES = { min: 1, max: 240, default: 10 } as const;

export const IdleSettings = z
  .object({
    on: z.boolean().default(true),
    minutes: z.number().int().min(IDLE_MINUTES.min).max(IDLE_MINUTES.max).default(IDLE_MINUTES.default),
  })
  .strict();
export type IdleSettings = z.infer<typeof IdleSettings>;

const DEFAULTS: IdleSettings = IdleSettings.parse({});
const KEY_PREFIX = 'console.presence.';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export interface IdleSettingsState {
  agentId: string | null;
  idle: IdleSettings;
  forAgent(agentId: string | null): void;
  /** False (and nothing kept) when the value is out of bounds. */
  set(next: Partial<IdleSettings>): boolean;
}

export const useIdleSettingsStore = create<IdleSettingsState>()((set, get) => ({
  agentId: null,
  idle: DEFAULTS,
  forAgent: (agentId) => {
    let idle = DEFAULTS;
    try {
      const raw = agentId ? storage()?.getItem(KEY_PREFIX + agentId) : null;
      const parsed = raw ? IdleSettings.safeParse(JSON.parse(raw)) : null;
      if (parsed?.success) idle = parsed.data;
    } catch {
      idle = DEFAULTS;
    }
    set({ agentId, idle });
  },
  set: (next) => {
    const parsed = IdleSettings.safeParse({ ...get().idle, ...next });
    if (!parsed.success) return false;
    const { agentId } = get();
    try {
      if (agentId) storage()?.setItem(KEY_PREFIX + agentId, JSON.stringify(parsed.data));
    } catch {
      // quota or privacy mode: applies to this run
    }
    set({ idle: parsed.data });
    return true;
  },
}));

export function useAgentIdleSettings(agentId: string): void {
  useLayoutEffect(() => {
    useIdleSettingsStore.getState().forAgent(agentId);
    return () => useIdleSettingsStore.getState().forAgent(null);
  }, [agentId]);
}
