// Palette matching: whole words first ("sign" → Sign out), then word starts ("ass" → assign), then a
// match anywhere inside a word (Take (as-sign to me)) — so Enter runs what the agent meant.

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** 0 whole words, 1 a word start, 2 inside a word; null when the text does not occur. */
export function matchRank(label: string, query: string): 0 | 1 | 2 | null {
  const text = label.toLowerCase();
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!q) return 0;
  let best: 0 | 1 | 2 | null = null;
  for (let i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + 1)) {
    const starts = !isWordChar(text[i - 1]) || !isWordChar(q[0]);
    const ends = !isWordChar(text[i + q.length]) || !isWordChar(q[q.length - 1]);
    const rank = starts ? (ends ? 0 : 1) : 2;
    if (best === null || rank < best) best = rank;
    if (best === 0) break;
  }
  return best;
}

/** The items that match, best rank first; items of one rank keep their order. */
export function rankCommands<T extends { label: string }>(items: readonly T[], query: string): T[] {
  return items
    .map((item, order) => ({ item, order, rank: matchRank(item.label, query) }))
    .filter((x): x is { item: T; order: number; rank: 0 | 1 | 2 } => x.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map((x) => x.item);
}
