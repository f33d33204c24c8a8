// The replica on fake-indexeddb, driven by played main events: atomic writes, rebase, counters, order.
import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../src/shared/domain';
import type { Change } from '../../src/shared/sync-protocol';
import { queueSortKey, isOpen, STATUSES, PRIORITIES } from '../../src/shared/index';
import { ids, ticket } from '../../src/shared/test-fixtures';
import type { RefusedChange } from '../../src/renderer/db';
import { queueCount, queuePage, type QueueKey } from '../../src/renderer/db/queries';
import { agent, anna, bela, rows, setup, tid } from './support/replica-harness';

describe('replica (fake-indexeddb)', () => {
  it('syncs under a persistent client id and writes a change with its outbox entry in one transaction', async () => {
    const { api, replica, pull } = await setup();
    await api.pushed();
    const first = api.requests.find((r) => r.name === 'sync.pull')!.input as { clientId: string; cursor: null };
    expect(first.cursor).toBeNull();
    expect(first.clientId).toBe((await replica.db.meta.get('clientId'))?.value);
    await pull(rows([ticket()]), 1);
    expect(await replica.mutate('addMessage', { id: ids.msg, ticketId: ids.ticket, kind: 'reply', body: 'Hello Līga' })).toEqual({ ok: true });
    expect(await replica.db.messages.get(ids.msg)).toMatchObject({ body: 'Hello Līga', authorId: anna.id });
    expect(await replica.db.outbox.toArray()).toMatchObject([{ id: 1, name: 'addMessage', ticketId: ids.ticket }]);
    expect(await api.pushed()).toMatchObject([{ id: 1, name: 'addMessage' }]);

    // Make the outbox write fail (its id is taken): the message must not stay behind either.
    await replica.db.outbox.add({ id: 2, name: 'setPresence', args: {}, ticketId: '', at: '' });
    const other = tid(0xabc);
    await expect(replica.mutate('addMessage', { id: other, ticketId: ids.ticket, kind: 'note', body: 'lost?' })).rejects.toThrow();
    expect(await replica.db.messages.get(other)).toBeUndefined();
  });

  it('refuses early, with the reason, what authorize() or the schema refuses, writing nothing', async () => {
    const { replica, pull } = await setup();
    await pull(rows([ticket({ tier: 2 })]), 1);
    const r = await replica.mutate('addTag', { ticketId: ids.ticket, tag: 'vip' });
    expect(r).toEqual({ ok: false, code: 'forbidden', reason: 'not_in_your_tier', params: { tier: 2 } });
    expect(await replica.mutate('addMessage', { id: ids.msg, ticketId: ids.ticket, kind: 'reply', body: '   ' })).toMatchObject({ ok: false, code: 'invalid', reason: 'message_empty' });
    expect(await replica.db.outbox.count()).toBe(0);
  });

  it('rolls a refused take back on rebase and reports it with the winner and the ticket', async () => {
    const { api, replica, pull } = await setup();
    await pull(rows([ticket()]), 1);
    const refused: RefusedChange[] = [];
    replica.onRefused((r) => refused.push(r));
    await replica.mutate('assign', { ticketId: ids.ticket, assigneeId: anna.id, baseVersion: 5 });
    await replica.mutate('addTag', { ticketId: ids.ticket, tag: 'router' });
    expect((await replica.db.tickets.get(ids.ticket))?.assigneeId).toBe(anna.id);
    expect(await queueCount(replica.db, anna, { kind: 'mine' })).toBe(1);

    // The server applied neither yet for tag (pending id 2), and Béla won the ticket.
    await api.pull({ cursor: 2, lastMutationId: 1, changes: [{ entity: 'ticket', value: ticket({ assigneeId: bela.id, status: 'open', version: 6, assigneeVersion: 6 }) }], refused: [{ id: 1, code: 'conflict', reason: 'taken_by', params: { who: null } }] });
    const t = await replica.db.tickets.get(ids.ticket);
    expect(t).toMatchObject({ assigneeId: bela.id, tags: ['router'] });
    expect(refused).toEqual([{ mutationId: 1, name: 'assign', ticketId: ids.ticket, code: 'conflict', reason: 'taken_by', params: { who: 'Béla Nagy' } }]);
    expect(await queueCount(replica.db, anna, { kind: 'mine' })).toBe(0);
    expect(await queueCount(replica.db, bela, { kind: 'mine' })).toBe(1);
    expect((await replica.db.outbox.toArray()).map((o) => o.id)).toEqual([2]);

    // A refusal the server sends no row for: only the shadow can undo the optimistic change.
    const t2 = tid(0x222);
    await pull([{ entity: 'ticket', value: ticket({ id: t2, number: 8 }) }], 3, 1);
    await replica.mutate('setPriority', { ticketId: t2, priority: 'urgent' });
    await replica.mutate('addMessage', { id: ids.msg, ticketId: t2, kind: 'note', body: 'will be refused too' });
    expect((await replica.db.tickets.get(t2))?.priority).toBe('urgent');
    await api.pull({
      cursor: 4, lastMutationId: 4, changes: [],
      refused: [{ id: 3, code: 'forbidden', reason: 'not_in_your_tier', params: { tier: 2 } }, { id: 4, code: 'forbidden', reason: 'not_in_your_tier', params: { tier: 2 } }],
    });
    expect((await replica.db.tickets.get(t2))?.priority).toBe('normal');
    expect(await replica.db.messages.get(ids.msg)).toBeUndefined();
    expect(refused.map((r) => [r.mutationId, r.name, r.ticketId])).toEqual([[1, 'assign', ids.ticket], [3, 'setPriority', t2], [4, 'addMessage', t2]]);
    expect(await replica.db.outbox.count()).toBe(0);
    // The same refusal again (pull's list) is not reported twice.
    await api.pull({ cursor: 5, lastMutationId: 4, changes: [], refused: [{ id: 1, code: 'conflict', reason: 'unknown', params: {} }] });
    expect(refused).toHaveLength(3);
  });

  it('keeps queue counters equal to a brute-force count through random local, server and refetch operations', async () => {
    const me = agent(ids.anna, 'Anna Kovács', 1);
    const { api, replica, pull } = await setup(me);
    let seed = 20261124;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed / 2147483648);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const N = 40;
    const assignees = [null, anna.id, bela.id];
    const serverTicket = (i: number, v: number): Ticket =>
      ticket({ id: tid(i), number: i, tier: pick([1, 1, 2, 3] as const), status: pick(STATUSES), priority: pick(PRIORITIES), assigneeId: pick(assignees), version: v, createdAt: new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString() });
    await pull(rows(Array.from({ length: N }, (_, i) => serverTicket(i + 1, 1))), 1);
    let cursor = 1;
    let nextMutation = 1;
    for (let step = 0; step < 120; step++) {
      const roll = rnd();
      const id = tid(1 + Math.floor(rnd() * N));
      if (roll < 0.55) {
        const op = pick(['assign', 'release', 'status', 'priority', 'escalate', 'tag'] as const);
        const args = {
          assign: () => replica.mutate('assign', { ticketId: id, assigneeId: anna.id, baseVersion: 1 }),
          release: () => replica.mutate('assign', { ticketId: id, assigneeId: null, baseVersion: 1 }),
          status: () => replica.mutate('setStatus', { ticketId: id, status: pick(['open', 'pending', 'solved', 'closed'] as const), baseVersion: 1 }),
          priority: () => replica.mutate('setPriority', { ticketId: id, priority: pick(PRIORITIES) }),
          escalate: () => replica.mutate('escalate', { id: tid(10_000 + step), ticketId: id, toTier: 2, reason: 'needs specialist', summary: 'tried the usual restart steps', baseVersion: 1 }),
          tag: () => replica.mutate('addTag', { ticketId: id, tag: 'x' }),
        }[op];
        if ((await args()).ok) nextMutation += 1;
      } else if (roll < 0.95) {
        const changes: Change[] = [];
        for (let k = 0; k < 5; k++) {
          const i = 1 + Math.floor(rnd() * (N + 5));
          changes.push(rnd() < 0.15 ? { entity: 'delete', value: { kind: 'ticket', id: tid(i) } } : { entity: 'ticket', value: serverTicket(i, cursor + 1) });
        }
        cursor += 1;
        await pull(changes, cursor, Math.floor(rnd() * nextMutation));
      } else {
        await api.pull({ refetch: true });
        cursor += 1;
        await pull(rows(Array.from({ length: N }, (_, i) => serverTicket(i + 1, cursor))), cursor, nextMutation - 1);
      }
      const all = await replica.db.tickets.toArray();
      const brute = (f: (t: Ticket) => boolean) => all.filter((t) => isOpen(t.status) && f(t)).length;
      for (const tier of [1, 2, 3] as const) {
        expect(await queueCount(replica.db, me, { kind: 'tier', tier }), `step ${step} tier ${tier}`).toBe(brute((t) => t.tier === tier));
        expect(await queueCount(replica.db, me, { kind: 'unassigned', tier })).toBe(brute((t) => t.tier === tier && !t.assigneeId));
      }
      for (const a of [anna, bela]) expect(await queueCount(replica.db, a, { kind: 'mine' })).toBe(brute((t) => t.assigneeId === a.id));
    }
  });

  it('orders every queue by SLA urgency, priority, then age, and filters by text without leaving the queue', async () => {
    const { replica, pull } = await setup();
    const tickets = Array.from({ length: 60 }, (_, i) =>
      ticket({
        id: tid(i + 1), number: 100 + i, subject: i % 7 === 0 ? `Invoice question ${i}` : `Router ${i}`,
        tier: (1 + (i % 3)) as 1 | 2 | 3, status: i % 5 === 0 ? 'solved' : 'open', priority: PRIORITIES[i % 4]!,
        assigneeId: i % 4 === 0 ? anna.id : null, firstResponseAt: i % 2 ? '2026-11-23T10:05:00.000Z' : null,
        createdAt: new Date(Date.UTC(2026, 10, 20, i % 9, i)).toISOString(),
      }),
    );
    await pull(rows(tickets), 1);
    const expected = (f: (t: Ticket) => boolean) =>
      tickets.filter((t) => isOpen(t.status) && f(t)).sort((a, b) => (queueSortKey(a) + a.id < queueSortKey(b) + b.id ? -1 : 1)).map((t) => t.id);
    const cases: [QueueKey, (t: Ticket) => boolean][] = [
      [{ kind: 'mine' }, (t) => t.assigneeId === anna.id],
      [{ kind: 'unassigned', tier: 1 }, (t) => t.tier === 1 && !t.assigneeId],
      [{ kind: 'tier', tier: 2 }, (t) => t.tier === 2],
    ];
    for (const [q, f] of cases) {
      const page = await queuePage(replica.db, anna, q, { offset: 0, limit: 100 });
      expect(page.map((t) => t.id), q.kind).toEqual(expected(f));
      expect(page.length).toBeGreaterThan(0);
      const second = await queuePage(replica.db, anna, q, { offset: 2, limit: 3 });
      expect(second.map((t) => t.id)).toEqual(expected(f).slice(2, 5));
      expect(await queueCount(replica.db, anna, q)).toBe(expected(f).length);
    }
    const byText = await queuePage(replica.db, anna, { kind: 'tier', tier: 1 }, { offset: 0, limit: 50, text: 'INVOICE' });
    expect(byText.map((t) => t.id)).toEqual(expected((t) => t.tier === 1 && t.subject.startsWith('Invoice')));
    const byCustomer = await queuePage(replica.db, anna, { kind: 'tier', tier: 1 }, { offset: 0, limit: 3, text: 'ozola' });
    expect(byCustomer.map((t) => t.id)).toEqual(expected((t) => t.tier === 1).slice(0, 3));
    const byNumber = await queuePage(replica.db, anna, { kind: 'tier', tier: 1 }, { offset: 0, limit: 5, text: '#103' });
    expect(byNumber.map((t) => t.number)).toEqual([103]);
  });
});
