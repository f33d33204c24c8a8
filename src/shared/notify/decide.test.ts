// The policy as a table: event × presence × settings × focus → decision, every row written by hand.
import { describe, expect, it } from 'vitest';
import type { Presence } from '../domain';
import { decide, type Decision } from './decide';
import type { NotifyEvent, TicketRef } from './event-types';
import { DEFAULT_NOTIFY_SETTINGS, NotifySettings, type NotifySettingsInput } from './settings';

const ME = '0193a000-0000-7000-8000-0000000000a1';
const OTHER = '0193a000-0000-7000-8000-0000000000b2';
const T = '0193a000-0000-7000-8000-000000000001';
const ref = (over: Partial<TicketRef> = {}): TicketRef => ({ id: T, number: 42, subject: 'Router keeps rebooting', tier: 1, priority: 'normal', assigneeId: null, vip: false, ...over });
const mine = ref({ assigneeId: ME });

const ev = {
  newTicket: { kind: 'new_ticket', ticket: ref(), actorId: null, version: 9 },
  newTier2: { kind: 'new_ticket', ticket: ref({ tier: 2 }), actorId: null, version: 9 },
  newTakenByOther: { kind: 'new_ticket', ticket: ref({ assigneeId: OTHER }), actorId: null, version: 9 },
  newUrgent: { kind: 'new_ticket', ticket: ref({ priority: 'urgent' }), actorId: null, version: 9 },
  newVip: { kind: 'new_ticket', ticket: ref({ vip: true }), actorId: null, version: 9 },
  myOwnNew: { kind: 'new_ticket', ticket: ref(), actorId: ME, version: 9 },
  assigned: { kind: 'assigned', ticket: mine, actorId: OTHER, actorName: 'Sam Super', handedBack: false, version: 9 },
  assignedToOther: { kind: 'assigned', ticket: ref({ assigneeId: OTHER }), actorId: OTHER, actorName: 'Sam Super', handedBack: false, version: 9 },
  selfAssigned: { kind: 'assigned', ticket: mine, actorId: ME, actorName: 'Anna', handedBack: false, version: 9 },
  escalated: { kind: 'escalated', ticket: ref(), actorId: OTHER, actorName: 'Béla', escalationId: 'e1', fromTier: 2, reason: 'needs  the\ncustomer' },
  wrote: { kind: 'customer_wrote', ticket: mine, actorId: null, messageId: 'm1', body: 'My router\nstill reboots' },
  wroteOnOthers: { kind: 'customer_wrote', ticket: ref({ assigneeId: OTHER }), actorId: null, messageId: 'm1', body: 'x' },
  wroteUnassigned: { kind: 'customer_wrote', ticket: ref(), actorId: null, messageId: 'm1', body: 'x' },
  warning: { kind: 'sla_warning', ticket: mine, actorId: null, target: 'first_response', dueAt: '2026-11-23T12:00:00.000Z' },
  warningQueue: { kind: 'sla_warning', ticket: ref(), actorId: null, target: 'resolution', dueAt: '2026-11-23T12:00:00.000Z' },
  warningOthers: { kind: 'sla_warning', ticket: ref({ assigneeId: OTHER }), actorId: null, target: 'resolution', dueAt: '2026-11-23T12:00:00.000Z' },
  breach: { kind: 'sla_breach', ticket: mine, actorId: null, target: 'resolution', dueAt: '2026-11-23T12:00:00.000Z' },
  refused: { kind: 'change_refused', ticket: mine, actorId: null, clientId: 'c1', mutationId: 7, why: { reason: 'taken_by', params: { who: 'Jānis' } } },
} satisfies Record<string, NotifyEvent>;

type Row = [keyof typeof ev, Presence, NotifySettingsInput, boolean, Pick<Decision, 'notify' | 'suppressed' | 'loudness' | 'surface'>];
const os = (loudness: Decision['loudness']) => ({ notify: true, suppressed: null, loudness, surface: 'os' as const });
const app = (loudness: Decision['loudness']) => ({ notify: true, suppressed: null, loudness, surface: 'in-app' as const });
const no = (suppressed: Decision['suppressed'], surface: 'os' | 'in-app' = 'os') => ({ notify: false, suppressed, loudness: 'silent' as const, surface });
const quietNone = { quiet: { break: 'none', away: 'none' } } as const;
const quietAll = { quiet: { break: 'all', away: 'all' } } as const;

const TABLE: Row[] = [
  // What is mine, available, in the background.
  ['newTicket', 'available', {}, false, os('sound')],
  ['newTier2', 'available', {}, false, no('not_mine')],
  ['newTakenByOther', 'available', {}, false, no('not_mine')],
  ['newUrgent', 'available', {}, false, os('urgent-sound')],
  ['newVip', 'available', {}, false, os('urgent-sound')],
  ['myOwnNew', 'available', {}, false, no('own_change')],
  ['assigned', 'available', {}, false, os('sound')],
  ['assignedToOther', 'available', {}, false, no('not_mine')],
  ['selfAssigned', 'available', {}, false, no('own_change')],
  ['escalated', 'available', {}, false, os('sound')],
  ['wrote', 'available', {}, false, os('sound')],
  ['wroteOnOthers', 'available', {}, false, no('not_mine')],
  ['wroteUnassigned', 'available', {}, false, no('not_mine')],
  ['warning', 'available', {}, false, os('sound')],
  ['warningQueue', 'available', {}, false, os('sound')],
  ['warningOthers', 'available', {}, false, no('not_mine')],
  ['breach', 'available', {}, false, os('urgent-sound')],
  ['refused', 'available', {}, false, os('silent')],
  // Focused: in-app, sounding only when urgent.
  ['newTicket', 'available', {}, true, app('silent')],
  ['newUrgent', 'available', {}, true, app('urgent-sound')],
  ['breach', 'available', {}, true, app('urgent-sound')],
  ['myOwnNew', 'available', {}, true, no('own_change', 'in-app')],
  // Busy: no sound by default; busySound brings it back.
  ['newTicket', 'busy', {}, false, os('silent')],
  ['newUrgent', 'busy', {}, false, os('silent')],
  ['newTicket', 'busy', { busySound: true }, false, os('sound')],
  // A break / away / offline: only urgent, VIP and breaches by default.
  ['newTicket', 'break', {}, false, no('presence')],
  ['wrote', 'break', {}, false, no('presence')],
  ['warning', 'away', {}, false, no('presence')],
  ['newUrgent', 'break', {}, false, os('urgent-sound')],
  ['newVip', 'away', {}, false, os('urgent-sound')],
  ['breach', 'away', {}, false, os('urgent-sound')],
  ['breach', 'offline', {}, false, os('urgent-sound')],
  ['newTicket', 'offline', {}, false, no('presence')],
  ['breach', 'break', quietNone, false, no('presence')],
  ['newTicket', 'away', quietAll, false, os('sound')],
  ['newTicket', 'break', { quiet: { away: 'all' } }, false, no('presence')],
  // Per kind: off, or without sound.
  ['newTicket', 'available', { events: { new_ticket: { on: false } } }, false, no('off')],
  ['newTicket', 'available', { events: { new_ticket: { sound: false } } }, false, os('silent')],
  ['newUrgent', 'available', { events: { new_ticket: { sound: false } } }, false, os('silent')],
  ['breach', 'available', { events: { sla_breach: { on: false } } }, false, no('off')],
  ['warning', 'available', { events: { sla_breach: { on: false } } }, false, os('sound')],
  ['refused', 'available', { events: { change_refused: { sound: true } } }, false, os('sound')],
  // Order: my own change is never "off" or "quiet", it is my own.
  ['selfAssigned', 'break', { events: { assigned: { on: false } } }, false, no('own_change')],
];

describe('decide', () => {
  it.each(TABLE)('%s, %s, settings %j, focused %s', (event, presence, settings, focused, expected) => {
    const d = decide(ev[event], { me: { id: ME, tier: 1 }, presence, settings: NotifySettings.parse(settings), focused });
    expect({ notify: d.notify, suppressed: d.suppressed, loudness: d.loudness, surface: d.surface }).toEqual(expected);
  });

  const ctx = { me: { id: ME, tier: 1 as const }, presence: 'available' as const, settings: DEFAULT_NOTIFY_SETTINGS, focused: false };

  it('says what happened as a code with params, and hides people’s words on shared screens', () => {
    const shown = decide(ev.escalated, ctx).content;
    expect(shown).toEqual({ kind: 'escalated', count: 1, ticket: { id: T, number: 42, subject: 'Router keeps rebooting', priority: 'normal', vip: false }, from: 'Béla', fromTier: 2, tier: 1, reason: 'needs the customer' });
    const hidden = { ...ctx, settings: NotifySettings.parse({ hideMessageText: true }) };
    expect(decide(ev.escalated, hidden).content).toMatchObject({ ticket: { number: 42, subject: null }, reason: null, from: null });
    expect(decide(ev.assigned, hidden).content).toMatchObject({ kind: 'assigned', by: null, ticket: { number: 42, subject: null } });
    expect(decide(ev.assigned, ctx).content).toMatchObject({ by: 'Sam Super' });
    expect(decide(ev.wrote, ctx).content).toMatchObject({ kind: 'customer_wrote', preview: 'My router still reboots' });
    expect(decide(ev.wrote, hidden).content).toMatchObject({ kind: 'customer_wrote', preview: null, ticket: { number: 42, subject: null } });
    expect(decide(ev.newTicket, ctx).content).toEqual({ kind: 'new_tickets', count: 1, tier: 1, ticket: expect.objectContaining({ id: T }) });
    expect(decide({ ...ev.wrote, body: 'x'.repeat(500) }, ctx).content).toMatchObject({ preview: expect.stringMatching(/^x{139}…$/) });
  });

  it('keys a ticket/event/version once, and groups what a burst merges', () => {
    const keys = (e: NotifyEvent) => {
      const d = decide(e, ctx);
      return [d.dedupKey, d.coalesceKey];
    };
    expect(keys(ev.newTicket)).toEqual([`new_ticket:${T}:9`, 'new_ticket:t1']);
    expect(keys({ ...ev.newTicket, version: 10 })).toEqual([`new_ticket:${T}:10`, 'new_ticket:t1']);
    expect(keys(ev.assigned)).toEqual([`assigned:${T}:9`, null]);
    expect(keys(ev.escalated)).toEqual(['escalated:e1', 'escalated:t1']);
    expect(keys(ev.wrote)).toEqual(['customer_wrote:m1', `customer_wrote:${T}`]);
    expect(keys(ev.warning)).toEqual([`sla_warning:${T}:first_response:2026-11-23T12:00:00.000Z`, 'sla_warning']);
    expect(keys(ev.refused)).toEqual(['change_refused:c1:7', 'change_refused']);
  });

  it('notifies a supervisor (no tier) of nothing queued, only of what is assigned to it', () => {
    const sup = { ...ctx, me: { id: ME, tier: null } };
    expect([ev.newTicket, ev.escalated, ev.warningQueue, ev.assigned, ev.wrote].map((e) => decide(e, sup).notify)).toEqual([false, false, false, true, true]);
  });
});

describe('settings', () => {
  it('reads nothing stored as the defaults, and refuses values out of bounds', () => {
    const d = NotifySettings.parse({});
    expect(d.slaWarningMinutes).toBe(15);
    expect(d.quiet).toEqual({ break: 'urgent', away: 'urgent' });
    expect([d.busySound, d.hideMessageText]).toEqual([false, false]);
    expect(d.events.new_ticket).toEqual({ on: true, sound: true });
    expect(d.events.change_refused).toEqual({ on: true, sound: false });
    expect(Object.keys(d.events).sort()).toEqual(['assigned', 'change_refused', 'customer_wrote', 'escalated', 'new_ticket', 'sla_breach', 'sla_warning']);
    for (const bad of [{ slaWarningMinutes: 0 }, { slaWarningMinutes: 241 }, { slaWarningMinutes: 1.5 }, { quiet: { break: 'loud' } }, { events: { other: { on: true } } }, { extra: 1 }]) {
      expect(NotifySettings.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    expect(NotifySettings.parse({ slaWarningMinutes: 240 }).slaWarningMinutes).toBe(240);
  });
});
