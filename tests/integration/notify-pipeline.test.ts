// The notification pipeline against a real server, on SQLite and PostgreSQL: two workstations (Anna, tier 1;
// Béla, tier 2) with their sync loops and notify hosts (recording Notifier, manual clock, attached before the
// first sync). Oracles are the server's answers and the tickets' own deadlines, not the policy's code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ticket } from '../../src/shared/domain';
import { uuidv7 } from '../../src/shared/uuid';
import { createManualClock } from '../../src/shared/testing/manual-clock';
import { openTicketIdOf, useQueueStore } from '../../src/renderer/queue/queue-store';
import { startServer, type ServerHandle } from '../support/server-process';
import { startNotifyClient, type NotifyClient } from './support/notify-client';

const WARNING_MS = 15 * 60_000;

describe.each(['sqlite', 'postgres'] as const)('notifications from pulled data and deadlines on %s', (db) => {
  let server: ServerHandle;
  let anna: NotifyClient;
  let bela: NotifyClient;
  const clock = createManualClock(Date.now());

  const inbound = async (subject: string, priority = 'normal') => {
    const res = await fetch(`${server.url}/api/v1/inbound/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': server.inboundKey },
      body: JSON.stringify({ channel: 'email', subject, body: 'Please help.', priority, customer: { name: 'Test Customer', email: 'notify@example.test' } }),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as { ticketId: string; number: number };
  };
  /** Resolves once the replica satisfies `cond` (checked now and after every sync status), then the host has judged. */
  const until = async (c: NotifyClient, cond: () => Promise<boolean>) => {
    await new Promise<void>((done) => {
      let off: () => void = () => undefined;
      let checking = false;
      const check = () => {
        if (checking) return;
        checking = true;
        void cond().then((ok) => {
          checking = false;
          if (!ok) return;
          off();
          done();
        });
      };
      off = c.replica.sync.onStatus(check);
      check();
    });
    await c.settled();
  };
  const holds = (c: NotifyClient, id: string, test: (t: Ticket) => boolean = () => true) => async () => {
    const t = await c.replica.db.tickets.get(id);
    return !!t && test(t) && (await c.replica.pendingCount()) === 0;
  };
  const mutate = async (c: NotifyClient, ...args: Parameters<NotifyClient['replica']['mutate']>) => {
    const r = await c.replica.mutate(...args);
    if (!r.ok) throw new Error(`${args[0]} refused: ${r.reason}`);
  };

  beforeAll(async () => {
    server = await startServer({ db, demo: true });
    [anna, bela] = await Promise.all([startNotifyClient(server.port, 'agent1@demo.local', clock), startNotifyClient(server.port, 'specialist2@demo.local', clock)]);
    for (const c of [anna, bela]) {
      await mutate(c, 'setPresence', { presence: 'available' });
      await until(c, async () => (await c.replica.pendingCount()) === 0);
    }
  }, 120_000);
  afterAll(async () => {
    await Promise.all([anna?.close(), bela?.close()]);
    await server?.stop();
  });

  it('the first sync of the demo notifies nobody', async () => {
    expect(await anna.replica.db.tickets.count()).toBeGreaterThan(50);
    expect(anna.notifier.shown).toEqual([]);
    expect(bela.notifier.shown).toEqual([]);
  });

  let newTicket: { ticketId: string; number: number };
  it('an inbound ticket: the tier 1 agent is notified exactly once, the tier 2 specialist not', async () => {
    newTicket = await inbound('Router keeps rebooting');
    const n = await anna.notifier.next((x) => x.ticketId === newTicket.ticketId);
    expect(n).toMatchObject({ title: `New ticket #${newTicket.number} in tier 1`, body: 'Router keeps rebooting', sound: true, actions: ['take', 'snooze'] });
    await anna.settled();
    expect(anna.notifier.shown).toHaveLength(1);
    expect(bela.notifier.shown).toEqual([]);
  });

  it('my own changes (take, status) notify me of nothing', async () => {
    const t = (await anna.replica.db.tickets.get(newTicket.ticketId))!;
    await mutate(anna, 'assign', { ticketId: t.id, assigneeId: anna.agent.id, baseVersion: t.assigneeVersion });
    await until(anna, holds(anna, t.id, (x) => x.assigneeId === anna.agent.id && x.version > t.version));
    const mine = (await anna.replica.db.tickets.get(t.id))!;
    await mutate(anna, 'setStatus', { ticketId: t.id, status: 'open', baseVersion: mine.statusVersion });
    await until(anna, holds(anna, t.id, (x) => x.version > mine.version));
    expect(anna.notifier.shown).toHaveLength(1);
  });

  it('an escalation to tier 2 notifies the specialist with who escalated and the reason', async () => {
    const t = (await anna.replica.db.tickets.get(newTicket.ticketId))!;
    await mutate(anna, 'escalate', { id: uuidv7(), ticketId: t.id, toTier: 2, reason: 'Needs a firmware rollback', summary: 'Rebooted twice, logs attached.', baseVersion: t.tierVersion });
    const n = await bela.notifier.next((x) => x.ticketId === t.id);
    expect(n).toMatchObject({ title: `Escalation to tier 2: #${newTicket.number}`, body: 'Anna Kovács (tier 1): Needs a firmware rollback' });
    await bela.settled();
    expect(bela.notifier.shown).toHaveLength(1);
    await until(anna, async () => (await anna.replica.pendingCount()) === 0);
    expect(anna.notifier.shown).toHaveLength(1);
  });

  it('a customer reply on my ticket notifies me, with the words', async () => {
    const created = await inbound('Invoice is wrong');
    await until(anna, holds(anna, created.ticketId));
    const t = (await anna.replica.db.tickets.get(created.ticketId))!;
    await mutate(anna, 'assign', { ticketId: t.id, assigneeId: anna.agent.id, baseVersion: t.assigneeVersion });
    await until(anna, holds(anna, t.id, (x) => x.assigneeId === anna.agent.id && x.version > t.version));
    const before = anna.notifier.shown.length;
    const res = await fetch(`${server.url}/api/v1/inbound/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': server.inboundKey },
      body: JSON.stringify({ ticketNumber: created.number, channel: 'email', body: 'It still shows last month.', customer: {} }),
    });
    expect(res.status).toBe(200);
    const n = await anna.notifier.next((x) => x.ticketId === t.id && x.title.startsWith('The customer wrote'));
    expect(n).toMatchObject({ title: `The customer wrote on #${created.number}`, body: 'It still shows last month.' });
    await anna.settled();
    expect(anna.notifier.shown.slice(before).map((x) => x.title)).toEqual([`The customer wrote on #${created.number}`]);
  });

  it('20 inbound tickets within 5 s become one notification, updated to "20 new tickets"', async () => {
    await clock.advance(10_000); // earlier bursts end…
    await anna.host.idle(); // …and their last updates are shown before this burst is counted
    const before = anna.notifier.shown.length;
    const made = await Promise.all(Array.from({ length: 20 }, (_, i) => inbound(`Burst ${i}`)));
    await until(anna, async () => (await anna.replica.db.tickets.bulkGet(made.map((m) => m.ticketId))).every(Boolean));
    // Every arrival judged on the clock it arrived at, before the clock ends the burst.
    await anna.host.idle();
    await clock.advance(10_000);
    await anna.host.idle();
    // (SLA moments the clock passes may notify meanwhile: only the new-ticket notifications count here.)
    const burst = anna.notifier.shown.slice(before).filter((x) => x.tag.startsWith('new_ticket:'));
    expect(new Set(burst.map((x) => x.tag)).size).toBe(1);
    expect(burst.at(-1)!.title).toBe('20 new tickets in tier 1');
    expect(burst.at(-1)!.ticketId).toBeNull();
  });

  it('a click on a notification opens that ticket', async () => {
    const n = anna.notifier.shown.find((x) => x.ticketId === newTicket.ticketId)!;
    anna.notifier.act(n.tag, n.ticketId, 'open');
    expect(anna.opened.at(-1)).toBe(newTicket.ticketId);
    useQueueStore.getState().openTicket(anna.opened.at(-1)!);
    expect(openTicketIdOf(useQueueStore.getState())).toBe(newTicket.ticketId);
  });

  it('SLA deadlines fire with the link to the server cut; once, not again after a restart; and one due while closed fires at start', async () => {
    anna.cut();
    // The oracle: the coming deadline moments (warning 15 min before, breach at) of my open tickets and my
    // tier's unassigned ones, from their rows.
    const rows = await anna.replica.db.tickets.toArray();
    const start = clock.now();
    const watched = rows.filter((t) => ['new', 'open', 'pending', 'on_hold'].includes(t.status) && (t.assigneeId === anna.agent.id || (t.assigneeId === null && t.tier === 1)));
    const moments = watched
      .flatMap((t) => {
        const dues = [...(t.firstResponseAt ? [] : [['first_response', t.firstResponseDueAt] as const]), ['resolution', t.resolutionDueAt] as const];
        return dues.flatMap(([target, due]) => [
          { t, target, at: Date.parse(due) - WARNING_MS, breach: false },
          { t, target, at: Date.parse(due), breach: true },
        ]);
      })
      .filter((m) => m.at > start)
      .sort((a, b) => a.at - b.at);
    // Deadlines tie (tickets made together): each moment is shown on its own here, not coalesced.
    anna.coalesce.windowMs = 0;
    const t0 = moments[0]!.at;
    const t1 = moments.find((m) => m.at > t0)!.at;
    const titleOf = (m: (typeof moments)[number]) => `${m.target === 'first_response' ? 'First response' : 'Resolution'} ${m.breach ? 'overdue' : 'due soon'}: #${m.t.number}`;
    const expected = (from: number, to: number) => moments.filter((m) => m.at > from && m.at <= to).map((m) => [titleOf(m), m.t.id]);
    const before = anna.notifier.shown.length;
    const sla = () => anna.notifier.shown.slice(before).map((x) => [x.title, x.ticketId]);
    const sorted = (xs: (string | null)[][]) => [...xs].sort((a, b) => String(a).localeCompare(String(b)));

    await clock.advance(t0 - clock.now());
    await anna.host.idle();
    const firstShown = expected(start, t0);
    expect(firstShown.length).toBeGreaterThan(0);
    expect(sorted(sla())).toEqual(sorted(firstShown));

    // A restart at the same moment: nothing again.
    await anna.reload();
    await anna.host.idle();
    expect(sorted(sla())).toEqual(sorted(firstShown));

    // Closed while the next deadline moment passes: it fires when the console starts again (still offline).
    await anna.reload(() => clock.advance(t1 - clock.now()));
    await anna.host.idle();
    expect(sorted(sla().slice(firstShown.length))).toEqual(sorted(expected(t0, t1)));
  });
});
