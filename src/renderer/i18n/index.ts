// The active strings. `strings` always reads the locale active at the moment of the access (commands and
// announcements outside React use it). useStrings() returns that same object and re-renders its component
// when the locale changes: `t` keeps its identity, so effects and callbacks that list it as a dependency
// (the session start in app/app.tsx) do not run again on a language switch — they read the new words anyway.
import { stringsFor, type Strings } from './bind-strings';
import { intlLocale } from './locales';
import { useLocaleStore } from './locale-store';

export type { Strings };
export type { Locale, Language } from './locales';
export { intlLocale, isLocale, LANGUAGES, LOCALES } from './locales';
export { useLocaleStore } from './locale-store';
export { useAgentLocale } from './use-agent-locale';

function active(): Strings {
  return stringsFor(useLocaleStore.getState().locale);
}

export const strings: Strings = new Proxy({} as Strings, {
  get: (_t, key) => Reflect.get(active(), key),
  has: (_t, key) => Reflect.has(active(), key),
  ownKeys: () => Reflect.ownKeys(active()),
  getOwnPropertyDescriptor: (_t, key) => {
    const d = Reflect.getOwnPropertyDescriptor(active(), key);
    return d && { ...d, configurable: true };
  },
});

export function useStrings(): Strings {
  useLocaleStore((s) => s.locale);
  return strings;
}

// The page says which language it is in, so screen readers pronounce it right (WCAG 3.1.1).
function markPage(): void {
  if (typeof document !== 'undefined') document.documentElement.lang = intlLocale(useLocaleStore.getState().locale);
}
markPage();
useLocaleStore.subscribe(markPage);
