// Property test of the auto-assign rule over random agents, presences, caps, loads and runs of arrivals.
// The oracle is written here, apart from the rule: who may receive a ticket, and what "least loaded" is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESENCES, ROLES, type Tier } from '../domain';
import { pickAssignee, type AssignCandidate } from './pick-assignee';

const tierArb = fc.constantFrom<Tier>(1, 2, 3);
const candidateArb = fc.record({
  id: fc.uuid(),
  role: fc.constantFrom(...ROLES),
  tier: fc.option(tierArb, { nil: null }),
  presence: fc.constantFrom(...PRESENCES),
  cap: fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }),
  presenceSince: fc.option(fc.integer({ min: 0, max: 10 }).map((m) => new Date(Date.UTC(2026, 0, 1, 9, m)).toISOString()), { nil: null }),
  load: fc.integer({ min: 0, max: 8 }),
});
// Distinct ids: two agents are never the same agent.
const teamArb = fc.uniqueArray(candidateArb, { selector: (c) => c.id, maxLength: 12 });

/** The oracle's eligibility: an agent (no supervisor) of the tier, available, with room under its cap. */
const mayReceive = (c: AssignCandidate, tier: Tier) =>
  c.role === 'agent' && c.tier === tier && c.presence === 'available' && (c.cap === null || c.load < c.cap);

describe('pickAssignee (auto-assign rule)', () => {
  it('picks an eligible agent with the least load, and nobody exactly when nobody is eligible', () => {
    fc.assert(
      fc.property(teamArb, tierArb, (team, tier) => {
        const picked = pickAssignee(tier, team);
        const eligible = team.filter((c) => mayReceive(c, tier));
        if (eligible.length === 0) {
          expect(picked).toBeNull();
          return;
        }
        const who = team.find((c) => c.id === picked);
        expect(who && mayReceive(who, tier)).toBe(true);
        expect(who!.load).toBe(Math.min(...eligible.map((c) => c.load)));
      }),
      { numRuns: 500 },
    );
  });

  it('does not depend on the order the agents come in', () => {
    fc.assert(
      fc.property(teamArb, tierArb, fc.infiniteStream(fc.nat()), (team, tier, keys) => {
        const shuffled = team.map((c) => ({ c, k: keys.next().value as number })).sort((a, b) => a.k - b.k).map((x) => x.c);
        expect(pickAssignee(tier, shuffled)).toBe(pickAssignee(tier, team));
      }),
      { numRuns: 300 },
    );
  });

  it('over a run of arrivals never passes a cap, assigns while anyone has room, and keeps loads level', () => {
    fc.assert(
      fc.property(teamArb, fc.array(tierArb, { maxLength: 40 }), (start, arrivals) => {
        // Everyone starts empty, so the greedy rule must keep the not-full agents of a tier within one ticket.
        const team = start.map((c) => ({ ...c, load: 0 }));
        for (const tier of arrivals) {
          const roomBefore = team.some((c) => mayReceive(c, tier));
          const picked = pickAssignee(tier, team);
          expect(picked !== null).toBe(roomBefore);
          const who = team.find((c) => c.id === picked);
          if (who) who.load += 1;
          for (const c of team) if (c.cap !== null) expect(c.load).toBeLessThanOrEqual(c.cap);
          const open = team.filter((c) => mayReceive(c, tier));
          if (open.length) expect(Math.max(...open.map((c) => c.load)) - Math.min(...open.map((c) => c.load))).toBeLessThanOrEqual(1);
        }
        // Nobody who may not receive work got any.
        for (const c of team) if (c.role !== 'agent' || c.presence !== 'available' || c.tier === null) expect(c.load).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('breaks a tie by the longest in the present presence, then by id', () => {
    const base = { role: 'agent' as const, tier: 1 as const, presence: 'available' as const, cap: null, load: 2 };
    const a = { ...base, id: '0193a000-0000-7000-8000-00000000000b', presenceSince: '2026-01-01T09:05:00.000Z' };
    const b = { ...base, id: '0193a000-0000-7000-8000-00000000000c', presenceSince: '2026-01-01T09:01:00.000Z' };
    const c = { ...base, id: '0193a000-0000-7000-8000-00000000000a', presenceSince: '2026-01-01T09:01:00.000Z' };
    expect(pickAssignee(1, [a, b])).toBe(b.id);
    expect(pickAssignee(1, [a, b, c])).toBe(c.id);
  });
});
