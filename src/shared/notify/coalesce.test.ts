// The coalescer on a manual clock: a burst becomes one notification with its count, dedup by key, and
// the times `flush` is due. Expected notifications are written out by hand.
import { describe, expect, it } from 'vitest';
import type { Decision } from './decide';
import { emptyCoalescer, flush, nextFlushAt, offer, type CoalescerState, type Shown } from './coalesce';
import type { TicketBrief } from './event-types';

const ticket = (n: number): TicketBrief => ({ id: `t${n}`, number: n, subject: `s${n}`, priority: 'normal', vip: false });
const newTicket = (n: number, over: Partial<Decision> = {}): Decision => ({
  notify: true,
  suppressed: null,
  loudness: 'sound',
  surface: 'os',
  dedupKey: `new_ticket:t${n}:1`,
  coalesceKey: 'new_ticket:t1',
  content: { kind: 'new_tickets', count: 1, tier: 1, ticket: ticket(n) },
  ...over,
});

/** Runs offers (at their times) and flushes (at the given times), collecting what is shown and when. */
function run(steps: Array<[number, Decision | 'flush']>): Array<[number, Shown]> {
  let state: CoalescerState = emptyCoalescer();
  const out: Array<[number, Shown]> = [];
  for (const [at, step] of steps) {
    const r = step === 'flush' ? flush(state, at) : offer(state, step, at);
    state = r.state;
    out.push(...r.show.map((s): [number, Shown] => [at, s]));
  }
  return out;
}

describe('coalescer', () => {
  it('shows the first of a burst at once, and 20 within 10 s as one notification with the count', () => {
    const steps: Array<[number, Decision | 'flush']> = Array.from({ length: 20 }, (_, i): [number, Decision] => [1_000 + i * 400, newTicket(i + 1)]);
    const shown = run([...steps, [10_999, 'flush'], [11_000, 'flush']]);
    expect(shown).toEqual([
      [1_000, { tag: 'new_ticket:t1@1000', replaces: false, loudness: 'sound', surface: 'os', content: { kind: 'new_tickets', count: 1, tier: 1, ticket: ticket(1) } }],
      [11_000, { tag: 'new_ticket:t1@1000', replaces: true, loudness: 'silent', surface: 'os', content: { kind: 'new_tickets', count: 20, tier: 1, ticket: null } }],
    ]);
  });

  it('a single decision is shown once, with no update when its window ends', () => {
    expect(run([[0, newTicket(1)], [10_000, 'flush'], [20_000, 'flush']]).map(([at, s]) => [at, s.content.count, s.replaces])).toEqual([[0, 1, false]]);
  });

  it('starts a new burst after the window; other groups and ungrouped decisions are not held', () => {
    const assigned: Decision = { ...newTicket(9), dedupKey: 'assigned:t9:3', coalesceKey: null, content: { kind: 'assigned', count: 1, ticket: ticket(9), by: null, handedBack: false } };
    const tier2: Decision = { ...newTicket(8), dedupKey: 'new_ticket:t8:1', coalesceKey: 'new_ticket:t2', content: { kind: 'new_tickets', count: 1, tier: 2, ticket: ticket(8) } };
    const shown = run([
      [0, newTicket(1)],
      [5_000, assigned],
      [6_000, tier2],
      [7_000, newTicket(2)],
      [12_000, newTicket(3)],
    ]);
    expect(shown.map(([at, s]) => [at, s.tag, s.content.count, s.replaces])).toEqual([
      [0, 'new_ticket:t1@0', 1, false],
      [5_000, 'assigned:t9:3', 1, false],
      [6_000, 'new_ticket:t2@6000', 1, false],
      // The tier 1 burst ended at 10 s: flushed by the next offer, before the new burst starts.
      [12_000, 'new_ticket:t1@0', 2, true],
      [12_000, 'new_ticket:t1@12000', 1, false],
    ]);
  });

  it('never shows the same key twice (a page delivered again), nor a suppressed one later', () => {
    const quiet = newTicket(2, { notify: false, suppressed: 'presence' });
    const shown = run([[0, newTicket(1)], [20_000, newTicket(1)], [20_001, quiet], [40_000, newTicket(2)]]);
    expect(shown.map(([at, s]) => [at, s.content.ticket?.number])).toEqual([[0, 1]]);
  });

  it('keeps the ticket of a burst on one ticket, and sounds the update only if something louder came', () => {
    const wrote = (n: number, loudness: Decision['loudness']): Decision => ({
      ...newTicket(1),
      loudness,
      dedupKey: `customer_wrote:m${n}`,
      coalesceKey: 'customer_wrote:t1',
      content: { kind: 'customer_wrote', count: 1, ticket: ticket(1), preview: `p${n}` },
    });
    const shown = run([[0, wrote(1, 'sound')], [1_000, wrote(2, 'sound')], [2_000, wrote(3, 'urgent-sound')], [10_000, 'flush']]);
    expect(shown[1]).toEqual([10_000, { tag: 'customer_wrote:t1@0', replaces: true, loudness: 'urgent-sound', surface: 'os', content: { kind: 'customer_wrote', count: 3, ticket: ticket(1), preview: 'p3' } }]);
  });

  it('says when to flush next, and keeps at most maxKeys dedup keys', () => {
    let s = offer(emptyCoalescer(), newTicket(1), 500).state;
    expect(nextFlushAt(s)).toBe(10_500);
    s = offer(s, { ...newTicket(2), coalesceKey: 'x' }, 2_000).state;
    expect(nextFlushAt(s)).toBe(10_500);
    s = flush(s, 10_500).state;
    expect(nextFlushAt(s)).toBe(12_000);
    expect(nextFlushAt(flush(s, 12_000).state)).toBeNull();
    let small = emptyCoalescer();
    for (let i = 0; i < 5; i++) small = offer(small, { ...newTicket(i), coalesceKey: null }, i, { windowMs: 10, maxKeys: 3 }).state;
    expect(small.seen).toEqual(['new_ticket:t2:1', 'new_ticket:t3:1', 'new_ticket:t4:1']);
  });
});
