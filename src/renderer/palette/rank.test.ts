import { describe, expect, it } from 'vitest';
import { matchRank, rankCommands } from './rank';

describe('palette ranking', () => {
  it('a whole word beats a word start, which beats a match inside a word', () => {
    expect(matchRank('Sign out', 'sign')).toBe(0);
    expect(matchRank('Go to Mine', 'go to')).toBe(0);
    expect(matchRank('Take (assign to me)', 'ass')).toBe(1);
    expect(matchRank('Take (assign to me)', 'sign')).toBe(2);
    expect(matchRank('Take (assign to me)', 'xyz')).toBeNull();
    // The best place counts: "note" is a whole word in the second half.
    expect(matchRank('Notebook note', 'note')).toBe(0);
    expect(matchRank('Anything', '')).toBe(0);
  });

  it('sorts by rank and keeps the given order within a rank', () => {
    const items = [
      { id: 'take', label: 'Take (assign to me)' },
      { id: 'sig', label: 'Signal' },
      { id: 'out', label: 'Sign out' },
      { id: 'in', label: 'Sign in' },
    ];
    expect(rankCommands(items, 'sign').map((i) => i.id)).toEqual(['out', 'in', 'sig', 'take']);
    expect(rankCommands(items, '  SIGN  ').map((i) => i.id)).toEqual(['out', 'in', 'sig', 'take']);
    expect(rankCommands(items, '').map((i) => i.id)).toEqual(['take', 'sig', 'out', 'in']);
  });
});
