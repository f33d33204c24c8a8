// The console's languages. 'pseudo' is for layout checks (accented, ~40% longer, generated from English):
// agents are never offered it; a browser whose language is en-XA (the usual pseudo-locale tag, e.g.
// Playwright's `locale: 'en-XA'`) starts in it.
import type { Catalogue } from './catalogues/en';
import { en } from './catalogues/en';
import { hu } from './catalogues/hu';
import { lv } from './catalogues/lv';
import { pseudoCatalogue } from './catalogues/pseudo';

export const LANGUAGES = ['en', 'hu', 'lv'] as const;
export type Language = (typeof LANGUAGES)[number];
export type Locale = Language | 'pseudo';
export const LOCALES: readonly Locale[] = [...LANGUAGES, 'pseudo'];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The BCP 47 tag Intl formats with, and the page's lang attribute. Pseudo formats like English. */
export function intlLocale(locale: Locale): string {
  return locale === 'pseudo' ? 'en-XA' : locale;
}

export function catalogueFor(locale: Locale): Catalogue {
  switch (locale) {
    case 'en':
      return en;
    case 'hu':
      return hu;
    case 'lv':
      return lv;
    case 'pseudo':
      return pseudoCatalogue();
  }
}

/** The first of the OS's preferred languages the console speaks (hu-HU → hu), else English. */
export function detectLocale(preferred: readonly string[] | undefined): Locale {
  for (const tag of preferred ?? []) {
    if (tag.toLowerCase() === 'en-xa') return 'pseudo';
    const base = tag.toLowerCase().split(/[-_]/)[0];
    const hit = LANGUAGES.find((l) => l === base);
    if (hit) return hit;
  }
  return 'en';
}
