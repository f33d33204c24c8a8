// The pseudo-locale, generated from English: every letter accented, each message ~40% longer and framed in
// ⟦ ⟧, placeholders and ICU structure untouched. Text that is cut, overflows or was never put in the
// catalogue shows at a glance. Built on first use only (nobody runs the console in it by accident).
import { isLiteralElement, isPluralElement, isSelectElement, isTagElement, parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';
import { en, type Catalogue, type MessageKey } from './en';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = 'áƀçđéƒĝĥíĵķĺɱñóþʠŕšţúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ';
const ACCENT = new Map([...PLAIN].map((c, i) => [c, [...ACCENTED][i]!]));
const FILLER = ' ļőŕéɱ íƥšúɱ đőļőŕ šíţ áɱéţ çőñšéçţéţúŕ áđíƥíšçíñĝ éĺíţ';
/** Share of the English length added, the usual allowance for languages that run longer. */
export const PSEUDO_GROWTH = 0.4;
/** What a placeholder's value is taken to add to the English length. */
const PLACEHOLDER_LENGTH = 6;

function accent(text: string): string {
  return [...text].map((c) => ACCENT.get(c) ?? c).join('');
}

/** Accents the literal text of a message (in plural and select branches too) and counts its letters
 * (of the longest branch: only one of them shows), placeholders included. */
function transform(elements: MessageFormatElement[], count: { n: number }): MessageFormatElement[] {
  return elements.map((el) => {
    if (isLiteralElement(el)) {
      count.n += [...el.value].length;
      return { ...el, value: accent(el.value) };
    }
    if (isPluralElement(el) || isSelectElement(el)) {
      let longest = 0;
      const options = Object.fromEntries(
        Object.entries(el.options).map(([k, o]) => {
          const branch = { n: 0 };
          const value = transform(o.value, branch);
          longest = Math.max(longest, branch.n);
          return [k, { ...o, value }];
        }),
      );
      count.n += longest;
      return { ...el, options };
    }
    if (isTagElement(el)) return { ...el, children: transform(el.children, count) };
    count.n += PLACEHOLDER_LENGTH; // a value ('Anna Kovács', '1,200') grows with the text around it too
    return el;
  });
}

export function pseudoMessage(message: string): string {
  const count = { n: 0 };
  const body = transform(parse(message), count);
  // The frame counts towards the growth; the filler makes up the rest.
  const extra = Math.max(0, Math.ceil(count.n * PSEUDO_GROWTH) - 2);
  const filler = FILLER.repeat(Math.ceil(extra / FILLER.length) + 1).slice(0, extra);
  const literal = (value: string): MessageFormatElement => ({ type: TYPE.literal, value });
  return printAST([literal('⟦'), ...body, literal(`${filler}⟧`)]);
}

let built: Catalogue | null = null;

export function pseudoCatalogue(): Catalogue {
  built ??= Object.fromEntries(Object.entries(en).map(([k, v]) => [k, pseudoMessage(v)])) as Record<MessageKey, string>;
  return built;
}
