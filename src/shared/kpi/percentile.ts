// Percentiles by the nearest-rank method: the p-th percentile of n values is the value at rank
// ceil(p·n/100) in ascending order (1-based). The median is p = 50 (for an even n, the lower middle
// value). No interpolation, so SQL can pick the same row: rank = (p·n + 99) div 100.

export function nearestRank(p: number, n: number): number {
  return Math.floor((p * n + 99) / 100);
}

export interface Spread {
  median: number;
  p90: number;
}

/** Median and p90 of the values; null when there are none. */
export function spread(values: number[]): Spread | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[nearestRank(50, sorted.length) - 1]!, p90: sorted[nearestRank(90, sorted.length) - 1]! };
}
