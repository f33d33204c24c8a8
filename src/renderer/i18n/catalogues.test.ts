import { describe, expect, it } from 'vitest';
import { REASON_PARAMS } from '../../shared/reasons';
import { bindStrings } from './bind-strings';
import { en, type MessageKey } from './catalogues/en';
import { catalogueFor, intlLocale, LANGUAGES, LOCALES } from './locales';
import type { Messages } from './messages';
import { catalogueProblems } from './test-support/catalogue-check';
import { REASON_CLASSES, REASON_SAMPLES } from './test-support/reason-samples';

/** Calls every function in a Strings tree with each argument set, so every branch reads its message. */
function callAll(node: unknown, argSets: unknown[][]): void {
  if (typeof node === 'function') for (const args of argSets) (node as (...a: unknown[]) => unknown)(...args);
  else if (node && typeof node === 'object') for (const v of Object.values(node)) callAll(v, argSets);
}

describe('the catalogue checker', () => {
  it('reports a missing key, a key English lacks, a message that does not compile, a changed placeholder and a missing plural form', () => {
    const reference = { a: 'Hello {name}', b: 'Bye', c: '{n, plural, one {# item} other {# items}}', d: 'Plain' };
    const broken = { a: 'Szia {nev}', c: '{n, plural, one {# elem} other {# elem}', d: 'Sima {extra}', x: 'Új' };
    expect(catalogueProblems(reference, broken, 'hu').sort()).toEqual([
      'a: placeholders {nev}, English has {name}',
      'b: missing',
      expect.stringMatching(/^c: does not compile/),
      'd: placeholders {extra}, English has {}',
      'x: not in English',
    ]);
    const noZero = { c: '{n, plural, one {# vienums} other {# vienumi}}' };
    expect(catalogueProblems({ c: reference.c }, noZero, 'lv')).toEqual(['c: no plural form for zero']);
  });
});

describe('catalogues', () => {
  it('English compiles', () => {
    expect(catalogueProblems(en, en, 'en')).toEqual([]);
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s has every English key, no other, each compiling with the same placeholders', (locale) => {
    expect(catalogueProblems(en, catalogueFor(locale), intlLocale(locale))).toEqual([]);
  });

  it.each(LANGUAGES)('%s has words for every reason of the vocabulary and every class', (language) => {
    const catalogue: Record<string, string> = catalogueFor(language);
    const wanted = [...Object.keys(REASON_PARAMS).map((code) => `reason.${code}`), ...REASON_CLASSES.map((c) => `reasonClass.${c}`)];
    expect(wanted.filter((key) => !catalogue[key]?.trim())).toEqual([]);
  });

  it('every key is read by the Strings the components call, and every key they read exists', () => {
    const read = new Set<string>();
    const recorder: Messages = {
      text: (key) => (read.add(key), key),
      format: (key) => (read.add(key), key),
    };
    // Two argument sets reach both sides of each choice (initials or none, a known total or none).
    const t = bindStrings(recorder, 'en');
    callAll(t, [
      [2, 3, 4],
      [1, null, null],
    ]);
    // Reasons take a reason, not numbers: one of each with the params that reach every message.
    for (const r of [...REASON_SAMPLES, ...Object.keys(REASON_PARAMS).map((code) => ({ reason: code, params: {} }))]) t.reason(r);
    for (const code of REASON_CLASSES) t.reason({ code, reason: 'from_a_newer_server' });
    const keys = Object.keys(en) as MessageKey[];
    expect(keys.filter((k) => !read.has(k))).toEqual([]);
    expect([...read].filter((k) => !(k in en))).toEqual([]);
  });
});
