// The oracle is Intl itself, asked here independently of the catalogues: which plural category CLDR gives a
// Latvian number, how Hungarian writes a number. The expected words per category are the test's own.
import { describe, expect, it } from 'vitest';
import { stringsFor } from './bind-strings';
import { formatDurationBefore } from './test-support/en-before-icu';

const lv = stringsFor('lv');
const hu = stringsFor('hu');

describe('Latvian plurals', () => {
  // izmaiņa (a change): nominative singular, nominative plural, genitive plural (with 0, 10, 11–19, 20 …).
  const word = { one: 'izmaiņa', other: 'izmaiņas', zero: 'izmaiņu' } as Record<string, string>;

  it.each([0, 1, 2, 11, 21, 10, 111, 1001])('%i takes the form Intl.PluralRules("lv") picks', (n) => {
    const category = new Intl.PluralRules('lv').select(n);
    const expected = `${new Intl.NumberFormat('lv').format(n)} ${word[category]} `;
    expect(lv.signOut.pending(n)).toContain(expected);
    expect(lv.ticket.pendingChanges(n)).toContain(expected);
  });

  it('has the three forms for 0, 1, 2 and the right ones for 11 (zero) and 21 (one)', () => {
    expect(['zero', 'one', 'other', 'zero', 'one']).toEqual([0, 1, 2, 11, 21].map((n) => new Intl.PluralRules('lv').select(n)));
    expect(lv.queue.filterMatches(0)).toBe('0 atbilstību');
    expect(lv.queue.filterMatches(1)).toBe('1 atbilstība');
    expect(lv.queue.filterMatches(2)).toBe('2 atbilstības');
    expect(lv.queue.filterMatches(11)).toBe('11 atbilstību');
    expect(lv.queue.filterMatches(21)).toBe('21 atbilstība');
  });
});

describe('Hungarian numbers', () => {
  it.each([3, 1200, 12_000, 1_234_567])('%i is written as Intl.NumberFormat("hu") writes it, the noun singular after it', (n) => {
    const written = new Intl.NumberFormat('hu').format(n);
    expect(hu.signOut.pending(n)).toBe(`${written} módosítás még nem jutott el a szerverre.`);
    expect(hu.queue.filterMatches(n)).toBe(`${written} találat`);
    expect(hu.sync.initialLoad(n, n * 2)).toBe(`Jegyek betöltése… ${written} / ${new Intl.NumberFormat('hu').format(n * 2)} módosítás`);
    expect(hu.format.number(n)).toBe(written);
  });

  it('groups thousands with a (no-break) space, not a comma', () => {
    expect(hu.sync.pending(12_000)).toMatch(/^12\s000 küldésre vár$/u);
    expect(stringsFor('en').sync.pending(12_000)).toBe('12,000 pending');
  });
});

describe('dates, times and durations in the locale', () => {
  const noon = '2026-12-01T12:00:00.000Z';
  it('writes a Hungarian date year first, a Latvian one day first, an English one month first', () => {
    expect(hu.format.dateTime(noon)).toMatch(/^2026\. 12\. 0?1\./);
    expect(lv.format.dateTime(noon)).toMatch(/^0?1\.12\.(20)?26/);
    expect(stringsFor('en').format.dateTime(noon)).toMatch(/^12\/1\/26/);
  });

  it('keeps the English durations the rows showed before (ui/format.ts) and localizes the units', () => {
    const formatDuration = formatDurationBefore;
    const en = stringsFor('en');
    for (const ms of [0, 45_000, 307_000, 7_500_000, 273_600_000, -1_260_000]) expect(en.format.duration(ms)).toBe(formatDuration(ms));
    const unit = (unit: string, n: number, pad = false) =>
      new Intl.NumberFormat('hu', { style: 'unit', unit, unitDisplay: 'narrow', minimumIntegerDigits: pad ? 2 : 1 }).format(n);
    expect(hu.format.duration(7_500_000)).toBe(`${unit('hour', 2)} ${unit('minute', 5, true)}`);
  });

  it('says relative times through Intl.RelativeTimeFormat, in the largest unit that fits', () => {
    const rtf = (l: string) => new Intl.RelativeTimeFormat(l, { numeric: 'auto', style: 'short' });
    expect(hu.format.relative(5 * 60_000)).toBe(rtf('hu').format(5, 'minute'));
    expect(lv.format.relative(-3 * 3_600_000)).toBe(rtf('lv').format(-3, 'hour'));
  });
});
