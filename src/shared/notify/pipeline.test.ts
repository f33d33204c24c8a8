// The pieces together, as the sync loop will use them: 20 inbound tickets pulled within 10 s become
// one notification with the count; the same pull as a first sync, or delivered again, none.
import { describe, expect, it } from 'vitest';
import { ticket } from '../test-fixtures';
import { DEFAULT_NOTIFY_SETTINGS, decide, emptyCoalescer, eventsFromChange, flush, offer, type CoalescerState, type Shown } from './index';

const me = { id: '0193a000-0000-7000-8000-0000000000a1', tier: 1 as const };
const ctx = { me, presence: 'available' as const, settings: DEFAULT_NOTIFY_SETTINGS, focused: false };
const inbound = Array.from({ length: 20 }, (_, i) => ticket({ id: `0193a000-0000-7000-8000-${String(i).padStart(12, '0')}`, number: 100 + i, version: 50 + i }));

function deliver(initial: boolean, state: CoalescerState, start: number): { state: CoalescerState; shown: Shown[] } {
  const shown: Shown[] = [];
  inbound.forEach((t, i) => {
    for (const e of eventsFromChange(undefined, { ticket: t, vip: false, newMessages: [], newEscalations: [], lastChangeByMe: false }, me, { initial })) {
      const r = offer(state, decide(e, ctx), start + i * 250);
      state = r.state;
      shown.push(...r.show);
    }
  });
  const end = flush(state, start + 10_000);
  return { state: end.state, shown: [...shown, ...end.show] };
}

describe('notification pipeline', () => {
  it('20 new tickets within 5 s: one notification, updated to "20, tier 1"', () => {
    const { shown } = deliver(false, emptyCoalescer(), 0);
    expect(shown.map((s) => [s.tag, s.replaces, s.content.kind, s.content.count, s.content.ticket?.number ?? null])).toEqual([
      ['new_ticket:t1@0', false, 'new_tickets', 1, 100],
      ['new_ticket:t1@0', true, 'new_tickets', 20, null],
    ]);
  });

  it('a first sync gives none, and the same rows delivered again give none', () => {
    expect(deliver(true, emptyCoalescer(), 0).shown).toEqual([]);
    const once = deliver(false, emptyCoalescer(), 0);
    expect(deliver(false, once.state, 60_000).shown).toEqual([]);
  });
});
