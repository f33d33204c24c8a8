// The console's language: English by default; on a first start the OS's (navigator.languages: hu, lv or
// en); once an agent picks one, theirs on this workstation (localStorage console.locale.<agentId> — the
// choice and nothing else). Switching re-renders every component that reads useStrings().
import { create } from 'zustand';
import { detectLocale, isLocale, type Locale } from './locales';

const KEY_PREFIX = 'console.locale.';

function osLanguage(): Locale {
  return detectLocale(typeof navigator === 'undefined' ? undefined : navigator.languages);
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled: the choice lasts for this run only
  }
}

export interface LocaleState {
  locale: Locale;
  /** The signed-in agent whose choice is kept; null before sign-in. */
  agentId: string | null;
  /** The agent picked a language: shown at once, and kept for their next sign-in here. */
  setLocale(locale: Locale): void;
  /** A session began (the agent's id) or ended (null): their kept choice, else the current/OS language. */
  forAgent(agentId: string | null): void;
}

export const useLocaleStore = create<LocaleState>()((set, get) => ({
  locale: osLanguage(),
  agentId: null,
  setLocale: (locale) => {
    if (!isLocale(locale)) return;
    const { agentId } = get();
    if (agentId) {
      try {
        storage()?.setItem(KEY_PREFIX + agentId, locale);
      } catch {
        // quota or privacy mode: the choice still applies to this run
      }
    }
    set({ locale });
  },
  forAgent: (agentId) => {
    if (!agentId) return set({ agentId: null, locale: osLanguage() });
    let kept: string | null = null;
    try {
      kept = storage()?.getItem(KEY_PREFIX + agentId) ?? null;
    } catch {
      kept = null;
    }
    set({ agentId, locale: isLocale(kept) ? kept : get().locale });
  },
}));
