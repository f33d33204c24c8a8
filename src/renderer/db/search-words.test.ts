import { describe, expect, it } from 'vitest';
import { searchTerms, ticketWords, words } from './search-words';

describe('filter words', () => {
  it('lower-cases, drops diacritics and splits on anything that is not a letter or digit', () => {
    expect(words('Līga Ozola — Router/WLAN #4 ändern')).toEqual(['liga', 'ozola', 'router', 'wlan', '4', 'andern']);
    expect(words('  ---  ')).toEqual([]);
  });

  it('indexes a ticket by subject, customer name and number (plain and #)', () => {
    expect(ticketWords({ subject: 'Invoice twice', number: 1042 }, 'Béla Nagy').sort()).toEqual(['#1042', '1042', 'bela', 'invoice', 'nagy', 'twice']);
    expect(ticketWords({ subject: 'New contact', number: null }, undefined)).toEqual(['new', 'contact']);
  });

  it('parses a query into prefix words and exact #numbers, dropping words another word extends', () => {
    expect(searchTerms('#103')).toEqual([{ token: '#103', exact: true }]);
    expect(searchTerms('Rou router  Ozolá')).toEqual([
      { token: 'router', exact: false },
      { token: 'ozola', exact: false },
    ]);
    expect(searchTerms('#12 refund')).toEqual([
      { token: '#12', exact: true },
      { token: 'refund', exact: false },
    ]);
    expect(searchTerms(' # ! ')).toEqual([]);
  });
});
