// The counts a KPI report is made of, per group, and the one step that turns them into the report's
// numbers. The pure module (compute.ts) and the server's SQL (server/src/reports) each produce tallies
// their own way; both finish them here, so a difference between them is a difference in counting.
import type { GroupKey } from './rows';
import type { Spread } from './percentile';

export interface Tally {
  group: GroupKey;
  /** Solved in the period, and those of them that count as first-contact resolutions. */
  solved: number;
  fcr: number;
  /** Created in the period; of them, ever solved, and reopened at least once. */
  created: number;
  everSolved: number;
  reopened: number;
  /** Created in the period: first response deadline met / measurable (replied, or the deadline passed). */
  firstResponseMet: number;
  firstResponseMeasured: number;
  resolutionMet: number;
  resolutionMeasured: number;
  /** Created in the period and handled in the group (for tiers: ever in that tier); of them, escalated (from that tier). */
  handled: number;
  escalated: number;
  csatAnswers: number;
  csatSatisfied: number;
  npsAnswers: number;
  promoters: number;
  detractors: number;
  /** Milliseconds: created → first public reply (created in the period), created → solved (solved in the period). */
  firstResponseMs: Spread | null;
  resolutionMs: Spread | null;
  complaints: ComplaintCounts | null;
}

export interface ComplaintCounts {
  count: number;
  open: number;
  /** Complaints raised in the period per category, categories in alphabetical order. */
  byCategory: { category: string; count: number }[];
}

export interface KpiRow {
  group: GroupKey;
  solved: number;
  created: number;
  /** Percentages, 0–100, two decimals; durations in seconds; null where nothing was there to measure. */
  fcrPct: number | null;
  firstResponseMedianSeconds: number | null;
  firstResponseP90Seconds: number | null;
  resolutionMedianSeconds: number | null;
  resolutionP90Seconds: number | null;
  firstResponseSlaPct: number | null;
  resolutionSlaPct: number | null;
  escalationRatePct: number | null;
  reopenRatePct: number | null;
  csatPct: number | null;
  csatAnswers: number;
  /** −100…100, two decimals. */
  nps: number | null;
  npsAnswers: number;
  complaints: ComplaintCounts | null;
}

export const emptyTally = (group: GroupKey): Tally => ({
  group,
  solved: 0,
  fcr: 0,
  created: 0,
  everSolved: 0,
  reopened: 0,
  firstResponseMet: 0,
  firstResponseMeasured: 0,
  resolutionMet: 0,
  resolutionMeasured: 0,
  handled: 0,
  escalated: 0,
  csatAnswers: 0,
  csatSatisfied: 0,
  npsAnswers: 0,
  promoters: 0,
  detractors: 0,
  firstResponseMs: null,
  resolutionMs: null,
  complaints: null,
});

const round2 = (x: number) => Math.round(x * 100) / 100;
/** 100·part/whole to two decimals; null when there is nothing to measure. */
export const pct = (part: number, whole: number): number | null => (whole > 0 ? round2((100 * part) / whole) : null);

/** A group is reported when something of it was measured in the period. */
/** Durations travel in seconds (millisecond decimals), at most 2³¹−1 like every number in the contract. */
const seconds = (ms: number | undefined): number | null => (ms === undefined ? null : Math.min(Math.max(ms, 0), 2_147_483_647_000) / 1000);

export function hasData(t: Tally): boolean {
  return t.solved + t.created + t.handled + t.csatAnswers + t.npsAnswers + (t.complaints?.count ?? 0) > 0;
}

export function finish(t: Tally): KpiRow {
  return {
    group: t.group,
    solved: t.solved,
    created: t.created,
    fcrPct: pct(t.fcr, t.solved),
    firstResponseMedianSeconds: seconds(t.firstResponseMs?.median),
    firstResponseP90Seconds: seconds(t.firstResponseMs?.p90),
    resolutionMedianSeconds: seconds(t.resolutionMs?.median),
    resolutionP90Seconds: seconds(t.resolutionMs?.p90),
    firstResponseSlaPct: pct(t.firstResponseMet, t.firstResponseMeasured),
    resolutionSlaPct: pct(t.resolutionMet, t.resolutionMeasured),
    escalationRatePct: pct(t.escalated, t.handled),
    reopenRatePct: pct(t.reopened, t.everSolved),
    csatPct: pct(t.csatSatisfied, t.csatAnswers),
    csatAnswers: t.csatAnswers,
    nps: t.npsAnswers > 0 ? round2((100 * (t.promoters - t.detractors)) / t.npsAnswers) : null,
    npsAnswers: t.npsAnswers,
    complaints: t.complaints,
  };
}

const CHANNEL_ORDER = ['phone', 'email', 'chat', 'social', 'web'];
/** Tiers in order, channels in the product's order, agents by id with the unassigned last. */
export function compareGroups(a: GroupKey, b: GroupKey): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const ca = CHANNEL_ORDER.indexOf(String(a));
  const cb = CHANNEL_ORDER.indexOf(String(b));
  if (ca >= 0 && cb >= 0) return ca - cb;
  return String(a) < String(b) ? -1 : 1;
}

/** The report's rows from tallies: groups with data only, in group order. */
export function report(tallies: Iterable<Tally>): KpiRow[] {
  return [...tallies].filter(hasData).sort((a, b) => compareGroups(a.group, b.group)).map(finish);
}
