// What is wrong with a translation, measured against the English catalogue: keys missing or extra,
// messages intl-messageformat cannot compile, placeholders that differ (a name in one but not the other).
import { IntlMessageFormat } from 'intl-messageformat';
import { isPluralElement, isSelectElement, isTagElement, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/** The argument names a message uses, in plural/select branches too ('#' is the plural's own). */
export function placeholders(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.literal || el.type === TYPE.pound) continue;
    if (isTagElement(el)) {
      placeholders(el.children, into);
      continue;
    }
    into.add(el.value);
    if (isPluralElement(el) || isSelectElement(el)) for (const o of Object.values(el.options)) placeholders(o.value, into);
  }
  return into;
}

/** Plural categories of the locale a plural in the message has no branch for (Latvian without 'zero'). */
function missingPluralForms(elements: MessageFormatElement[], locale: string): string[] {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  return elements.flatMap((el) => {
    if (isTagElement(el)) return missingPluralForms(el.children, locale);
    if (!isPluralElement(el) && !isSelectElement(el)) return [];
    const own = isPluralElement(el) && el.pluralType !== 'ordinal' ? categories.filter((c) => !(c in el.options)) : [];
    return [...own, ...Object.values(el.options).flatMap((o) => missingPluralForms(o.value, locale))];
  });
}

function compile(message: string, locale: string): MessageFormatElement[] | string {
  try {
    return new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).getAst();
  } catch (err) {
    return (err as Error).message;
  }
}

export function catalogueProblems(reference: Record<string, string>, candidate: Record<string, string>, locale: string): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(reference)) if (!(key in candidate)) problems.push(`${key}: missing`);
  for (const [key, message] of Object.entries(candidate)) {
    const ref = reference[key];
    if (ref === undefined) {
      problems.push(`${key}: not in English`);
      continue;
    }
    const ast = compile(message, locale);
    if (typeof ast === 'string') {
      problems.push(`${key}: does not compile (${ast})`);
      continue;
    }
    const refAst = compile(ref, 'en');
    if (typeof refAst === 'string') continue; // reported when English itself is checked
    const want = [...placeholders(refAst)].sort().join(',');
    const got = [...placeholders(ast)].sort().join(',');
    if (want !== got) problems.push(`${key}: placeholders {${got}}, English has {${want}}`);
    const forms = missingPluralForms(ast, locale);
    if (forms.length) problems.push(`${key}: no plural form for ${forms.join(', ')}`);
  }
  return problems;
}
