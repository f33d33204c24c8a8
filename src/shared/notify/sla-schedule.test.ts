// The SLA schedule against hand-computed times: one ticket with a first-response deadline at 12:00 and
// a resolution deadline at 18:00 (UTC), a 15-minute threshold, walked through the day.
import { describe, expect, it } from 'vitest';
import { keptFiredKeys, slaSchedule, type WatchedTicket } from './sla-schedule';

const ME = 'me';
const at = (hhmm: string) => Date.parse(`2026-11-23T${hhmm}:00.000Z`);
const FR = '2026-11-23T12:00:00.000Z';
const RES = '2026-11-23T18:00:00.000Z';
const w = (over: Partial<WatchedTicket['ticket']> = {}, vip = false): WatchedTicket => ({
  ticket: { id: 'a', number: 1, subject: 's', tier: 1, priority: 'normal', assigneeId: ME, status: 'open', firstResponseAt: null, firstResponseDueAt: FR, resolutionDueAt: RES, ...over },
  vip,
});
const keys = { frWarn: `sla_warning:a:first_response:${FR}`, frBreach: `sla_breach:a:first_response:${FR}`, resWarn: `sla_warning:a:resolution:${RES}`, resBreach: `sla_breach:a:resolution:${RES}` };

/** [time, fired before, expected due (kind:target), expected next] — computed by hand. */
const WALK: Array<[string, string[], string[], string | null]> = [
  ['10:00', [], [], '11:45'],
  ['11:44', [], [], '11:45'],
  ['11:45', [], ['sla_warning:first_response'], '12:00'],
  ['11:50', [keys.frWarn], [], '12:00'],
  ['12:00', [keys.frWarn], ['sla_breach:first_response'], '17:45'],
  // Warning never fired (the console was closed): only the breach, no late warning.
  ['12:30', [], ['sla_breach:first_response'], '17:45'],
  ['12:30', [keys.frWarn, keys.frBreach], [], '17:45'],
  ['17:45', [keys.frWarn, keys.frBreach], ['sla_warning:resolution'], '18:00'],
  ['19:00', [keys.frWarn, keys.frBreach, keys.resWarn], ['sla_breach:resolution'], null],
  ['19:00', Object.values(keys), [], null],
  ['09:00', [], [], '11:45'],
];

describe('slaSchedule', () => {
  it.each(WALK)('at %s with %j fired: due %j, next %s', (time, fired, due, next) => {
    const s = slaSchedule({ tickets: [w()], me: { id: ME, tier: 1 }, now: at(time), thresholdMinutes: 15, fired: new Set(fired) });
    expect(s.due.map((e) => `${e.kind}:${e.target}`)).toEqual(due);
    expect(s.nextAt).toBe(next === null ? null : at(next));
  });

  it('fires both breaches after a restart past both deadlines, and nothing once their keys are kept', () => {
    const input = { tickets: [w()], me: { id: ME, tier: 1 as const }, now: Date.parse('2026-11-24T09:00:00.000Z'), thresholdMinutes: 15 };
    const first = slaSchedule({ ...input, fired: new Set() });
    expect(first.due.map((e) => [e.kind, e.target, e.dueAt])).toEqual([
      ['sla_breach', 'first_response', FR],
      ['sla_breach', 'resolution', RES],
    ]);
    const fired = new Set([keys.frBreach, keys.resBreach]);
    expect(slaSchedule({ ...input, fired })).toEqual({ due: [], nextAt: null });
  });

  it('watches only open tickets assigned to me or unassigned in my tier; a first response ends its deadline', () => {
    const me = { id: ME, tier: 1 as const };
    const dueAt = (t: WatchedTicket, thresholdMinutes = 15) => slaSchedule({ tickets: [t], me, now: at('11:50'), thresholdMinutes, fired: new Set() }).due.length;
    expect(dueAt(w())).toBe(1);
    expect(dueAt(w({ assigneeId: null }))).toBe(1);
    expect(dueAt(w({ assigneeId: 'other' }))).toBe(0);
    expect(dueAt(w({ assigneeId: null, tier: 2 }))).toBe(0);
    expect(dueAt(w({ status: 'solved' }))).toBe(0);
    expect(dueAt(w({ status: 'pending' }))).toBe(1);
    expect(dueAt(w({ firstResponseAt: '2026-11-23T11:00:00.000Z' }))).toBe(0);
    // A 10-minute threshold: 11:50 is exactly its warning time.
    expect(dueAt(w(), 10)).toBe(1);
    expect(dueAt(w(), 9)).toBe(0);
    expect(slaSchedule({ tickets: [w({ assigneeId: null })], me: { id: ME, tier: null }, now: at('11:50'), thresholdMinutes: 15, fired: new Set() }).due).toEqual([]);
  });

  it('carries the ticket for the notification, VIP included, and takes the earliest next time across tickets', () => {
    const b = w({ id: 'b', firstResponseDueAt: '2026-11-23T11:30:00.000Z', priority: 'urgent' }, true);
    const s = slaSchedule({ tickets: [w(), b], me: { id: ME, tier: 1 }, now: at('11:00'), thresholdMinutes: 15, fired: new Set() });
    expect(s).toEqual({ due: [], nextAt: at('11:15') });
    const later = slaSchedule({ tickets: [w(), b], me: { id: ME, tier: 1 }, now: at('11:20'), thresholdMinutes: 15, fired: new Set() });
    expect(later.due).toEqual([{ kind: 'sla_warning', ticket: { id: 'b', number: 1, subject: 's', tier: 1, priority: 'urgent', assigneeId: ME, vip: true }, actorId: null, target: 'first_response', dueAt: '2026-11-23T11:30:00.000Z' }]);
    expect(later.nextAt).toBe(at('11:30'));
  });

  it('keeps the fired keys of watched tickets only', () => {
    const fired = [keys.frWarn, 'sla_warning:gone:resolution:x'];
    expect(keptFiredKeys(fired, { tickets: [w()], me: { id: ME, tier: 1 } })).toEqual([keys.frWarn]);
    expect(keptFiredKeys(fired, { tickets: [w({ status: 'closed' })], me: { id: ME, tier: 1 } })).toEqual([]);
  });

  it('over seeded random walks of the clock, fires each key once, at the first tick it is due, and nextAt never sleeps past one', () => {
    let seed = 20261123;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let run = 0; run < 200; run++) {
      const lead = (1 + Math.floor(rnd() * 60)) * 60_000;
      const tickets = Array.from({ length: 3 }, (_, i) => {
        const fr = at('10:00') + Math.floor(rnd() * 240) * 60_000;
        return w({ id: `t${i}`, firstResponseDueAt: new Date(fr).toISOString(), resolutionDueAt: new Date(fr + Math.floor(rnd() * 240) * 60_000).toISOString() });
      });
      const ticks: number[] = [];
      for (let t = at('09:00'); t < at('20:00'); t += Math.floor(rnd() * 40) * 60_000 + 1) ticks.push(t);
      // The model: a deadline's warning fires at the first tick in [due - lead, due), its breach at the first tick ≥ due.
      const expected = new Map<string, number>();
      for (const { ticket } of tickets) {
        for (const [target, dueAt] of [['first_response', ticket.firstResponseDueAt], ['resolution', ticket.resolutionDueAt]] as const) {
          const due = Date.parse(dueAt);
          const warnTick = ticks.find((t) => t >= due - lead && t < due);
          const breachTick = ticks.find((t) => t >= due);
          if (warnTick !== undefined) expected.set(`sla_warning:${ticket.id}:${target}:${dueAt}`, warnTick);
          if (breachTick !== undefined) expected.set(`sla_breach:${ticket.id}:${target}:${dueAt}`, breachTick);
        }
      }
      const fired = new Set<string>();
      const firedAt = new Map<string, number>();
      let sleepUntil = -Infinity;
      for (const now of ticks) {
        const s = slaSchedule({ tickets, me: { id: ME, tier: 1 }, now, thresholdMinutes: lead / 60_000, fired });
        if (now < sleepUntil) expect(s.due, `run ${run}: fired before nextAt`).toEqual([]);
        for (const e of s.due) {
          const key = `${e.kind}:${e.ticket.id}:${e.target}:${e.dueAt}`;
          expect(fired.has(key)).toBe(false);
          fired.add(key);
          firedAt.set(key, now);
        }
        sleepUntil = s.nextAt ?? Infinity;
      }
      expect(firedAt, `run ${run}`).toEqual(expected);
    }
  });
});
