// Messages over one catalogue: each ICU message is compiled with intl-messageformat for the locale the
// first time it is used, then reused; one with no ICU syntax at all is its own text. Tags are off
// (ignoreTag): the console shows no rich text, and a '<' in a sentence stays a '<'. A message that fails
// to format (a translation bug the catalogue test missed) falls back to the English one, so a screen never
// breaks on a word; only the key is logged, never the values (they can be customer data).
import { IntlMessageFormat } from 'intl-messageformat';
import type { Catalogue, MessageKey } from './catalogues/en';
import type { Messages, MessageValue } from './messages';

const NO_SYNTAX = /^[^{}'#]*$/;

export function compileCatalogue(intlLocale: string, catalogue: Catalogue, fallback?: Messages): Messages {
  const compiled = new Map<MessageKey, IntlMessageFormat>();
  const compile = (key: MessageKey): IntlMessageFormat => {
    let mf = compiled.get(key);
    if (!mf) {
      mf = new IntlMessageFormat(catalogue[key], intlLocale, undefined, { ignoreTag: true });
      compiled.set(key, mf);
    }
    return mf;
  };
  const format = (key: MessageKey, values?: Record<string, MessageValue>): string => {
    try {
      return String(compile(key).format(values));
    } catch (err) {
      if (!fallback) throw err;
      console.warn(`i18n: message ${key} failed in ${intlLocale}:`, (err as Error).name);
      return values ? fallback.format(key, values) : fallback.text(key);
    }
  };
  return { text: (key) => (NO_SYNTAX.test(catalogue[key]) ? catalogue[key] : format(key)), format };
}
