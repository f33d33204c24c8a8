// The notify host over a replica on fake-indexeddb, a manual clock and a recording Notifier: what it
// shows and in which words, Take and Snooze, the in-app path when focused, refusals, and the badge
// (counted in the test from the rows it wrote).
import { describe, expect, it, onTestFinished } from 'vitest';
import { createManualClock } from '../../shared/testing/manual-clock';
import { DEFAULT_NOTIFY_SETTINGS, NotifySettings, type NotifyEvent } from '../../shared/notify';
import type { Ticket } from '../../shared/domain';
import { agent, customer, ticket } from '../test-support/builders';
import { noSync } from '../test-support/no-sync';
import { openReplica } from '../db';
import { writeTickets } from '../db/ticket-rows';
import { createHandleEvents } from '../sync-loop/handle';
import { stringsFor } from '../i18n/bind-strings';
import type { Locale } from '../i18n';
import { createNotifyHost, SNOOZE_MS, STATUS_SETTLE_MAX_MS, STATUS_SETTLE_MS } from './notify-host';
import { recordingNotifier } from './test-support/recording-notifier';

const anna = agent(1, { name: 'Anna Kovács' });
let n = 0;

async function setup(opts: { focused?: boolean; settings?: NotifySettings; locale?: Locale } = {}) {
  const replica = await openReplica({ sync: noSync, agent: anna, dbName: `notify-host-${++n}` });
  await replica.db.agents.put(anna);
  await replica.db.customers.put(customer(1));
  const ev = createHandleEvents();
  const notifier = recordingNotifier();
  const clock = createManualClock(Date.parse('2026-11-23T10:00:00.000Z'));
  const taken: string[] = [];
  const opened: (string | null)[] = [];
  const inApp: string[] = [];
  const host = createNotifyHost({
    db: replica.db,
    me: { id: anna.id, tier: 1 },
    sync: ev,
    notifier,
    clock,
    settings: () => opts.settings ?? DEFAULT_NOTIFY_SETTINGS,
    focused: () => opts.focused ?? false,
    words: () => stringsFor(opts.locale ?? 'en'),
    open: (id) => void opened.push(id),
    take: async (t) => void taken.push(t.id),
    inApp: (w) => void inApp.push(w.title),
  });
  onTestFinished(async () => {
    host.close();
    await replica.close();
  });
  const deliver = async (events: NotifyEvent[]) => {
    ev.notify({ events, dropped: 0 });
    await host.idle();
  };
  return { replica, ev, notifier, clock, host, taken, opened, inApp, deliver };
}

const ref = (t: Ticket) => ({ id: t.id, number: t.number, subject: t.subject, tier: t.tier, priority: t.priority, assigneeId: t.assigneeId, vip: false });
const newTicket = (t: Ticket): NotifyEvent => ({ kind: 'new_ticket', ticket: ref(t), actorId: null, version: t.version });
const warning = (t: Ticket): NotifyEvent => ({ kind: 'sla_warning', ticket: ref(t), actorId: null, target: 'first_response', dueAt: t.firstResponseDueAt });

describe('notify host', () => {
  it('shows a new ticket in the agent’s words, with Take and Snooze, in English and Hungarian', async () => {
    for (const [locale, title] of [['en', 'New ticket #7 in tier 1'], ['hu', 'Új jegy: #7, 1. szint'], ['lv', 'Jauns pieteikums #7, 1. līmenis']] as const) {
      const { notifier, deliver } = await setup({ locale });
      await deliver([newTicket(ticket(7))]);
      expect(notifier.shown).toMatchObject([{ title, body: 'Ticket subject 7', ticketId: ticket(7).id, actions: ['take', 'snooze'], sound: true, urgent: false }]);
    }
  });

  it('hides the subject when message text is hidden: only the number and the kind', async () => {
    const { notifier, deliver } = await setup({ settings: NotifySettings.parse({ hideMessageText: true }) });
    await deliver([newTicket(ticket(7))]);
    expect(notifier.shown.map((s) => [s.title, s.body])).toEqual([['New ticket #7 in tier 1', 'Open the console to read it.']]);
  });

  it('focused: said in the window, no desktop notification', async () => {
    const { notifier, inApp, deliver } = await setup({ focused: true });
    await deliver([newTicket(ticket(7))]);
    expect(notifier.shown).toEqual([]);
    expect(inApp).toEqual(['New ticket #7 in tier 1']);
  });

  it('Take takes an unassigned ticket and opens it; a click only opens', async () => {
    const { replica, notifier, host, taken, opened, deliver } = await setup();
    await writeTickets(replica.db, [ticket(7)]);
    await deliver([newTicket(ticket(7))]);
    const [shown] = notifier.shown;
    notifier.act(shown!.tag, shown!.ticketId, 'open');
    notifier.act(shown!.tag, shown!.ticketId, 'take');
    await host.idle();
    expect(taken).toEqual([ticket(7).id]);
    expect(opened).toEqual([ticket(7).id, ticket(7).id]);
  });

  it('Snooze: that ticket’s notifications wait 10 minutes on the clock, others do not', async () => {
    const { notifier, clock, host, deliver } = await setup();
    await deliver([newTicket(ticket(7))]);
    notifier.act(notifier.shown[0]!.tag, ticket(7).id, 'snooze');
    await deliver([warning(ticket(7)), warning(ticket(8))]);
    expect(notifier.shown.map((s) => s.ticketId)).toEqual([ticket(7).id, ticket(8).id]);
    await clock.advance(SNOOZE_MS - 1);
    await host.idle();
    // The warning burst of ticket 8 ended meanwhile (nothing held in it): still only two.
    expect(notifier.shown).toHaveLength(2);
    await clock.advance(1);
    await host.idle();
    expect(notifier.shown.map((s) => [s.title, s.ticketId])).toEqual([
      ['New ticket #7 in tier 1', ticket(7).id],
      ['First response due soon: #8', ticket(8).id],
      ['First response due soon: #7', ticket(7).id],
    ]);
  });

  it('a refused change of mine: the ticket and why, in words', async () => {
    const { replica, ev, notifier, host } = await setup();
    await writeTickets(replica.db, [ticket(7)]);
    ev.refused({ mutationId: 4, name: 'assign', ticketId: ticket(7).id, code: 'conflict', reason: 'taken_by', params: { who: 'Béla Nagy' } });
    await host.idle();
    expect(notifier.shown.map((s) => [s.title, s.body])).toEqual([['Your change to ticket #7 was not saved', 'Béla Nagy took this ticket.']]);
  });

  it('the badge: mine that need a reply (new, open) plus the unassigned open tickets of my tier', async () => {
    const { replica, ev, notifier, host, clock } = await setup();
    const rows = [
      ticket(1, { assigneeId: anna.id, status: 'new' }),
      ticket(2, { assigneeId: anna.id, status: 'open' }),
      ticket(3, { assigneeId: anna.id, status: 'pending' }),
      ticket(4, { assigneeId: anna.id, status: 'solved' }),
      ticket(5),
      ticket(6, { status: 'open' }),
      ticket(7, { tier: 2 }),
      ticket(8, { assigneeId: agent(3).id, status: 'open' }),
    ];
    await writeTickets(replica.db, rows);
    const expected = rows.filter((t) => (t.assigneeId === anna.id && ['new', 'open'].includes(t.status)) || (t.assigneeId === null && t.tier === 1 && t.status !== 'solved')).length;
    ev.status({ state: 'online', pending: 0, lastError: null, lastSyncedAt: '2026-11-23T10:00:00.000Z', initialLoad: null });
    // The badge looks once the sync state has rested, off the next write's way.
    const before = notifier.badges.length;
    await host.idle();
    expect(notifier.badges.length).toBe(before);
    await clock.advance(STATUS_SETTLE_MS);
    await host.idle();
    expect(notifier.badges.at(-1)).toBe(expected);
    expect(expected).toBe(4);
  });

  it('a steady stream of syncs does not starve the badge: it looks at least every STATUS_SETTLE_MAX_MS', async () => {
    const { replica, ev, notifier, host, clock } = await setup();
    await writeTickets(replica.db, [ticket(1, { assigneeId: anna.id, status: 'open' }), ticket(2)]);
    const before = notifier.badges.length;
    const step = STATUS_SETTLE_MS / 2;
    for (let t = 0; t < STATUS_SETTLE_MAX_MS - step; t += step) {
      ev.status({ state: 'online', pending: 0, lastError: null, lastSyncedAt: new Date(Date.UTC(2026, 10, 23, 10, 0, 0, t)).toISOString(), initialLoad: null });
      await clock.advance(step);
    }
    await host.idle();
    expect(notifier.badges.length).toBe(before);
    ev.status({ state: 'online', pending: 0, lastError: null, lastSyncedAt: '2026-11-23T11:00:00.000Z', initialLoad: null });
    await clock.advance(step);
    await host.idle();
    expect(notifier.badges.at(-1)).toBe(2);
  });
});
