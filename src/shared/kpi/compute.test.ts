// The KPIs of a hand-made data set (test-support/fixture.ts), every number worked out by hand.
import { describe, expect, it } from 'vitest';
import { computeKpis } from './compute';
import { nearestRank, spread } from './percentile';
import type { KpiRow } from './tally';
import { FIXTURE, PERIOD } from './test-support/fixture';

const MIN = 60;
const HOUR = 60 * MIN;
const none = { fcrPct: null, firstResponseMedianSeconds: null, firstResponseP90Seconds: null, resolutionMedianSeconds: null, resolutionP90Seconds: null, firstResponseSlaPct: null, resolutionSlaPct: null, escalationRatePct: null, reopenRatePct: null, csatPct: null, csatAnswers: 0, nps: null, npsAnswers: 0, complaints: null };
const row = (r: Partial<KpiRow> & Pick<KpiRow, 'group' | 'solved' | 'created'>): KpiRow => ({ ...none, ...r });

describe('nearest-rank percentiles', () => {
  it.each([
    [1, 1, 1],
    [2, 1, 2],
    [4, 2, 4],
    [10, 5, 9],
    [11, 6, 10],
    [20, 10, 18],
  ])('of %i values: the median is rank %i, p90 rank %i', (n, median, p90) => {
    expect([nearestRank(50, n), nearestRank(90, n)]).toEqual([median, p90]);
    const values = Array.from({ length: n }, (_, i) => (n - i) * 10);
    expect(spread(values)).toEqual({ median: median * 10, p90: p90 * 10 });
  });
  it('has no percentile of nothing', () => expect(spread([])).toBeNull());
});

describe('KPIs of the fixture', () => {
  it('per channel', () => {
    expect(computeKpis(FIXTURE, PERIOD, 'channel')).toEqual([
      // t6: solved in the period with no reply, created the day before.
      row({ group: 'phone', solved: 1, created: 0, fcrPct: 100, resolutionMedianSeconds: 24 * HOUR, resolutionP90Seconds: 24 * HOUR, nps: 0, npsAnswers: 1 }),
      // t1–t5: only t1 is a first-contact resolution (t2 two replies, t3 escalated, t4 reopened).
      row({
        group: 'email',
        solved: 4,
        created: 5,
        fcrPct: 25,
        firstResponseMedianSeconds: 20 * MIN,
        firstResponseP90Seconds: 90 * MIN,
        resolutionMedianSeconds: 4 * HOUR,
        resolutionP90Seconds: 22 * HOUR,
        firstResponseSlaPct: 60,
        resolutionSlaPct: 80,
        escalationRatePct: 20,
        reopenRatePct: 25,
        csatPct: 66.67,
        csatAnswers: 3,
        nps: 0,
        npsAnswers: 2,
      }),
      // t7: reopened and open again, its resolution deadline passed.
      row({ group: 'chat', solved: 0, created: 1, firstResponseMedianSeconds: 5 * MIN, firstResponseP90Seconds: 5 * MIN, firstResponseSlaPct: 100, resolutionSlaPct: 0, escalationRatePct: 0, reopenRatePct: 100 }),
    ]);
  });

  it('per tier: the escalation rate counts every tier a ticket was in', () => {
    expect(computeKpis(FIXTURE, PERIOD, 'tier')).toEqual([
      row({
        group: 1,
        solved: 4,
        created: 5,
        fcrPct: 50,
        firstResponseMedianSeconds: 20 * MIN,
        firstResponseP90Seconds: 90 * MIN,
        resolutionMedianSeconds: 4 * HOUR,
        resolutionP90Seconds: 24 * HOUR,
        firstResponseSlaPct: 60,
        resolutionSlaPct: 60,
        escalationRatePct: 16.67,
        reopenRatePct: 50,
        csatPct: 50,
        csatAnswers: 2,
        nps: 0,
        npsAnswers: 3,
      }),
      row({ group: 2, solved: 1, created: 1, fcrPct: 0, firstResponseMedianSeconds: 10 * MIN, firstResponseP90Seconds: 10 * MIN, resolutionMedianSeconds: 6 * HOUR, resolutionP90Seconds: 6 * HOUR, firstResponseSlaPct: 100, resolutionSlaPct: 100, escalationRatePct: 0, reopenRatePct: 0, csatPct: 100, csatAnswers: 1 }),
    ]);
  });

  it('per agent, the unassigned last', () => {
    const rows = computeKpis(FIXTURE, PERIOD, 'agent');
    expect(rows.map((r) => [r.group, r.solved, r.created, r.fcrPct])).toEqual([
      ['a1', 4, 5, 25],
      ['a2', 1, 0, 100],
      [null, 0, 1, null],
    ]);
  });

  it('is empty for a period with nothing in it, and null rather than 0 where nothing was measured', () => {
    expect(computeKpis(FIXTURE, { ...PERIOD, from: '2030-01-01T00:00:00.000Z', to: '2030-02-01T00:00:00.000Z' }, 'tier')).toEqual([]);
  });

  it('counts complaints raised in the period, open and by category, when there is complaint data', () => {
    const complaints = [
      { ticketId: 't1', category: 'billing', open: true, at: '2026-01-01T05:00:00.000Z' },
      { ticketId: 't2', category: 'rudeness', open: true, at: '2026-01-01T06:00:00.000Z' },
      { ticketId: 't2', category: 'billing', open: false, at: '2026-01-01T07:00:00.000Z' },
      { ticketId: 't7', category: 'billing', open: true, at: '2026-01-02T07:00:00.000Z' },
    ];
    const rows = computeKpis({ ...FIXTURE, complaints }, PERIOD, 'channel');
    expect(rows.map((r) => [r.group, r.complaints])).toEqual([
      ['phone', { count: 0, open: 0, byCategory: [] }],
      ['email', { count: 3, open: 2, byCategory: [{ category: 'billing', count: 2 }, { category: 'rudeness', count: 1 }] }],
      ['chat', { count: 0, open: 0, byCategory: [] }],
    ]);
  });
});
