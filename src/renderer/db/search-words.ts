// The words a ticket can be found by in a queue filter: its subject, its customer's name and its number.
// Kept in the words table (word-index.ts) as a multi-entry index, so a filter is an index lookup, not a walk.
import type { Ticket } from '../../shared/domain';

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-case words without diacritics ("Līga" is found by "liga"). */
export function words(text: string): string[] {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().match(WORD) ?? [];
}

export function ticketWords(t: Pick<Ticket, 'subject' | 'number'>, customerName: string | undefined): string[] {
  const out = new Set([...words(t.subject), ...words(customerName ?? '')]);
  if (t.number !== null) {
    out.add(String(t.number));
    out.add(`#${t.number}`);
  }
  return [...out];
}

export interface SearchTerm {
  token: string;
  /** '#123' names ticket 123 exactly; any other word matches the start of a word. */
  exact: boolean;
}

/** Every term must match (AND). An empty list means no filter. */
export function searchTerms(text: string): SearchTerm[] {
  const terms = new Map<string, SearchTerm>();
  for (const chunk of text.trim().split(/\s+/)) {
    if (/^#\d+$/.test(chunk)) terms.set(chunk, { token: chunk, exact: true });
    else for (const w of words(chunk)) terms.set(w, { token: w, exact: false });
  }
  // A word that is the start of a longer one adds nothing ("rou" in "rou router").
  const list = [...terms.values()];
  return list.filter((a) => a.exact || !list.some((b) => b !== a && !b.exact && b.token.length > a.token.length && b.token.startsWith(a.token)));
}
