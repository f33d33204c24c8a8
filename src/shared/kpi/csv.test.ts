// The KPI CSV: RFC 4180 (header, CRLF, quoting), '.' decimals, empty for null.
import { describe, expect, it } from 'vitest';
import { KPI_CSV_COLUMNS, kpiCsv } from './csv';
import { finish, emptyTally } from './tally';

describe('KPI CSV', () => {
  it('has a header row and one row per group, nulls empty, decimals with a point', () => {
    const row = { ...finish({ ...emptyTally(2), solved: 3, fcr: 2, created: 1 }), complaints: { count: 4, open: 1, byCategory: [] } };
    const lines = kpiCsv([row]).split('\r\n');
    expect(lines[0]).toBe(KPI_CSV_COLUMNS.join(','));
    expect(lines[1]).toBe('2,3,1,66.67,,,,,,,,,,0,,0,4,1');
    expect(lines[2]).toBe('');
    expect(lines).toHaveLength(3);
  });

  it('quotes a field holding a comma, a quote or a line break, doubling quotes', () => {
    const rows = ['a,b', 'say "hi"', 'two\nlines', 'plain'].map((g) => finish(emptyTally(g)));
    const firsts = kpiCsv(rows)
      .split('\r\n')
      .slice(1, -1)
      .map((l) => l.slice(0, l.indexOf(',0,0,')));
    expect(firsts).toEqual(['"a,b"', '"say ""hi"""', '"two\nlines"', 'plain']);
  });
});
