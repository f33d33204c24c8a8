// A queue window at any offset is that slice of the whole queue, in the browser's key space (maxKey an
// array): the window starts at the key found by skipping, then reads on from it in one go.
import { describe, expect, it } from 'vitest';
import { recountPending } from './pending-counts';
import { pendingByTicket, queuePage } from './queries';
import { queueWindow } from './queue-window';
import { createReplicaDb } from './schema';
import { writeCustomers, writeTickets } from './ticket-rows';
import { agent, customer, ticket } from '../test-support/builders';

describe('queuePage windows', () => {
  it('gives the slice of the whole ordered queue at every offset, and nothing past its end', async () => {
    const db = createReplicaDb(`queue-page-${Date.now()}`);
    await db.open();
    const me = agent(1);
    const all = Array.from({ length: 40 }, (_, i) =>
      ticket(i + 1, { status: i % 5 === 0 ? 'closed' : 'open', tier: i % 7 === 0 ? 2 : 1, priority: (['low', 'normal', 'high', 'urgent'] as const)[i % 4]! }),
    );
    await db.transaction('rw', [db.tickets, db.counters, db.customers, db.escalations, db.words, db.meta], () => writeTickets(db, all));
    // The oracle: every open tier 1 row, ordered by its sort key, read without any index.
    const whole = (await db.tickets.toArray()).filter((t) => t._open === 1 && t.tier === 1).sort((a, b) => (a._sort < b._sort ? -1 : 1)).map((t) => t.number);
    expect(whole.length).toBeGreaterThan(20);
    for (const offset of [0, 1, 7, whole.length - 3, whole.length, whole.length + 5]) {
      const got = await queuePage(db, me, { kind: 'tier', tier: 1 }, { offset, limit: 5 });
      expect(got.map((t) => t.number)).toEqual(whole.slice(offset, offset + 5));
    }
    db.close();
  });
});

describe('queueWindow customer names', () => {
  it('shows the name the ticket row carries, follows a rename and a delete, and reads it for rows written before', async () => {
    const db = createReplicaDb(`queue-names-${Date.now()}`);
    await db.open();
    const me = agent(1);
    const names = async () => (await queueWindow(db, me, { kind: 'tier', tier: 1 }, { offset: 0, limit: 10 })).map((r) => r.customerName);
    const write = (f: () => Promise<void>) => db.transaction('rw', [db.tickets, db.counters, db.customers, db.escalations, db.words, db.meta], f);
    await write(() => writeCustomers(db, [customer(1, { name: 'Līga Ozola' })]));
    await write(() => writeTickets(db, [ticket(1), ticket(2, { customerId: customer(2).id })]));
    expect(await names()).toEqual(['Līga Ozola', '']);
    await write(() => writeCustomers(db, [customer(1, { name: 'Līga Kalniņa' }), customer(2, { name: 'Ödön Kiss' })]));
    expect(await names()).toEqual(['Līga Kalniņa', 'Ödön Kiss']);
    // A row from before the name rode on it: the window reads the customer.
    const old = (await db.tickets.get(ticket(2).id))!;
    delete old._customer;
    await db.tickets.put(old);
    expect(await names()).toEqual(['Līga Kalniņa', 'Ödön Kiss']);
    await write(() => writeCustomers(db, [], [customer(1).id]));
    expect(await names()).toEqual(['', 'Ödön Kiss']);
    db.close();
  });
});

describe('writeTickets and customer names', () => {
  it('reads no customer for an edit that keeps the ticket\'s customer, and the new name when it changes', async () => {
    const db = createReplicaDb(`queue-names-edit-${Date.now()}`);
    await db.open();
    const write = (f: () => Promise<void>) => db.transaction('rw', [db.tickets, db.counters, db.customers, db.escalations, db.words, db.meta], f);
    await write(() => writeCustomers(db, [customer(1, { name: 'Līga Ozola' }), customer(2, { name: 'Ödön Kiss' })]));
    await write(() => writeTickets(db, [ticket(1)]));
    let reads = 0;
    db.customers.hook('reading', (c) => {
      reads++;
      return c;
    });
    await write(() => writeTickets(db, [{ ...ticket(1), priority: 'urgent' }]));
    expect(reads).toBe(0);
    expect((await db.tickets.get(ticket(1).id))?._customer).toBe('Līga Ozola');
    await write(() => writeTickets(db, [{ ...ticket(1), customerId: customer(2).id }]));
    expect((await db.tickets.get(ticket(1).id))?._customer).toBe('Ödön Kiss');
    expect((await db.words.get(ticket(1).id))?.w).toContain('odon');
    db.close();
  });
});

describe('pendingByTicket', () => {
  it('counts each asked ticket\'s outbox entries, many or none, and no other ticket\'s', async () => {
    const db = createReplicaDb(`pending-${Date.now()}`);
    await db.open();
    const ids = [ticket(1).id, ticket(2).id, ticket(3).id, ticket(4).id];
    const entries = [...Array.from({ length: 300 }, () => ids[0]!), ids[1]!, ids[1]!, ticket(9).id, ''];
    await db.outbox.bulkAdd(entries.map((ticketId, i) => ({ id: i + 1, name: 'setPriority', args: {}, ticketId, at: '2030-01-01T00:00:00.000Z' })));
    // Written straight into the outbox here: count it as a replica opened over it would.
    await db.transaction('rw', db.outbox, db.counters, db.meta, () => recountPending(db));
    const got = await pendingByTicket(db, ids);
    expect([...got].sort()).toEqual([
      [ids[0], 300],
      [ids[1], 2],
    ].sort());
    db.close();
  });
});
