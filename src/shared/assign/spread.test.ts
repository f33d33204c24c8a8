// The spread of an agent's tickets by the auto-assign rule, against a model written here: after the plan,
// no agent who received a ticket is above their cap, only available agents of the tier received any, the
// loads differ by at most one among those below their caps, and tickets are left only when nobody had room.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Presence } from '../domain';
import type { AssignCandidate } from './pick-assignee';
import { planSpread } from './spread';

const PRESENCES: Presence[] = ['available', 'busy', 'break', 'away', 'offline'];
const candidate = fc.record({
  presence: fc.constantFrom(...PRESENCES),
  tier: fc.constantFrom(1 as const, 2 as const),
  cap: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
  load: fc.integer({ min: 0, max: 6 }),
});

describe('planSpread', () => {
  it('moves tickets only to available agents of the tier below their caps, evenly, leaving the rest', () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 6 }), fc.integer({ min: 0, max: 20 }), (raw, n) => {
        const cands: AssignCandidate[] = raw.map((c, i) => ({ id: `a${i}`, role: 'agent', presenceSince: null, ...c }));
        const ids = Array.from({ length: n }, (_, i) => `t${i}`);
        const plan = planSpread(1, ids, cands, 'a0');
        const eligible = cands.filter((c) => c.id !== 'a0' && c.tier === 1 && c.presence === 'available');
        const room = eligible.reduce((sum, c) => sum + (c.cap === null ? Infinity : Math.max(0, c.cap - c.load)), 0);
        expect(plan.moves.length + plan.left.length).toBe(n);
        expect(plan.moves.length).toBe(Math.min(n, room));
        const after = new Map(cands.map((c) => [c.id, c.load]));
        for (const m of plan.moves) after.set(m.agentId, after.get(m.agentId)! + 1);
        for (const m of plan.moves) {
          const c = eligible.find((e) => e.id === m.agentId);
          expect(c).toBeDefined();
          if (c!.cap !== null) expect(after.get(c!.id)!).toBeLessThanOrEqual(c!.cap);
        }
        // Least-loaded first: an agent who received a ticket ends at most one above anyone who still had room.
        const receivers = new Set(plan.moves.map((m) => m.agentId));
        for (const r of receivers) {
          for (const c of eligible) {
            if (c.cap !== null && after.get(c.id)! >= c.cap) continue;
            expect(after.get(r)! - after.get(c.id)!).toBeLessThanOrEqual(1);
          }
        }
      }),
      { seed: 1115, numRuns: 300 },
    );
  });
});
