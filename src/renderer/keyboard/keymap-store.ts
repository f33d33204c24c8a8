// The signed-in agent's key map: the defaults with their own keys over them, kept on this workstation in
// localStorage['console.keys.<agentId>'] (action ids and key names, nothing else). A new key is checked by
// the shared rules (shared/keymap-remap.ts) before it is kept; a stored set that no longer passes them
// (a newer default took one of its keys) is dropped whole rather than leave two actions on one key.
import { useLayoutEffect } from 'react';
import { create } from 'zustand';
import { DEFAULT_KEYMAP, type ActionId, type KeyBinding } from '../../shared/keymap';
import { applyOverrides, readOverrides, remapRefusal, type KeyOverrides, type RemapRefusal } from '../../shared/keymap-remap';

const KEY_PREFIX = 'console.keys.';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export interface KeymapState {
  agentId: string | null;
  overrides: KeyOverrides;
  keymap: readonly KeyBinding[];
  /** A session began (their kept keys) or ended (the defaults again). */
  forAgent(agentId: string | null): void;
  /** Gives the action a new key sequence, or says why not (and keeps the old one). */
  setKey(action: ActionId, sequence: string): RemapRefusal | null;
  /** Its default key again, unless another action has been given it meanwhile (then says so). */
  reset(action: ActionId): RemapRefusal | null;
  resetAll(): void;
}

function load(agentId: string): KeyOverrides {
  try {
    const raw = storage()?.getItem(KEY_PREFIX + agentId);
    return raw ? (readOverrides(JSON.parse(raw)) ?? {}) : {};
  } catch {
    return {};
  }
}

export const useKeymapStore = create<KeymapState>()((set, get) => {
  const keep = (overrides: KeyOverrides) => {
    const { agentId } = get();
    try {
      if (agentId) storage()?.setItem(KEY_PREFIX + agentId, JSON.stringify(overrides));
    } catch {
      // quota or privacy mode: the keys still apply to this run
    }
    set({ overrides, keymap: applyOverrides(overrides) });
  };
  return {
    agentId: null,
    overrides: {},
    keymap: DEFAULT_KEYMAP,
    forAgent: (agentId) => {
      const overrides = agentId ? load(agentId) : {};
      set({ agentId, overrides, keymap: applyOverrides(overrides) });
    },
    setKey: (action, sequence) => {
      const refusal = remapRefusal(get().keymap, action, sequence);
      if (refusal) return refusal;
      const isDefault = DEFAULT_KEYMAP.find((b) => b.action === action)?.keys.join('\n') === sequence;
      const { [action]: _old, ...rest } = get().overrides;
      keep(isDefault ? rest : { ...rest, [action]: [sequence] });
      return null;
    },
    reset: (action) => {
      const { [action]: _old, ...rest } = get().overrides;
      for (const k of DEFAULT_KEYMAP.find((b) => b.action === action)?.keys ?? []) {
        const refusal = remapRefusal(applyOverrides(rest), action, k);
        if (refusal) return refusal;
      }
      keep(rest);
      return null;
    },
    resetAll: () => keep({}),
  };
});

export const useKeymap = (): readonly KeyBinding[] => useKeymapStore((s) => s.keymap);

/** The first key sequence of an action in the agent's map ('' when it has none). */
export const firstKey = (keymap: readonly KeyBinding[], action: ActionId): string => keymap.find((b) => b.action === action)?.keys[0] ?? '';

/** Binds the store to the signed-in agent while the console is mounted; the defaults again at sign-out. */
export function useAgentKeymap(agentId: string): readonly KeyBinding[] {
  useLayoutEffect(() => {
    useKeymapStore.getState().forAgent(agentId);
    return () => useKeymapStore.getState().forAgent(null);
  }, [agentId]);
  return useKeymap();
}
