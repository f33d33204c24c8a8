// What a first sync's page costs the database, counted at Dexie's core (requests, not time): a page of
// new tickets and new customers reads no ticket one by one and looks up no ticket by customer. And
// whatever order tickets and their customers arrive in, every ticket row carries its customer's current
// name and the words that name gives (an oracle computed from the rows, not from the writers).
import { describe, expect, it, onTestFinished } from 'vitest';
import type { DBCore, DBCoreTable, Middleware } from 'dexie';
import type { Change } from '../../shared/sync-protocol';
import { agent, customer, ticket, uid } from '../test-support/builders';
import { applyPulled } from './rebase';
import { createReplicaDb, type ReplicaDb } from './schema';
import { ticketWords } from './search-words';

const anna = agent(1);
let n = 0;

interface Seen {
  ticketKeysRead: number;
  ticketsByCustomer: number;
}

function counting(seen: Seen): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'count-requests',
    create: (down) => ({
      ...down,
      table(name) {
        const t = down.table(name);
        if (name !== 'tickets') return t;
        const wrapped: DBCoreTable = {
          ...t,
          getMany: (req) => ((seen.ticketKeysRead += req.keys.length), t.getMany(req)),
          get: (req) => ((seen.ticketKeysRead += 1), t.get(req)),
          query: (req) => (req.query.index.name === 'customerId' && (seen.ticketsByCustomer += 1), t.query(req)),
          openCursor: (req) => (req.query.index.name === 'customerId' && (seen.ticketsByCustomer += 1), t.openCursor(req)),
        };
        return wrapped;
      },
    }),
  };
}

async function fresh(seen?: Seen): Promise<ReplicaDb> {
  const db = createReplicaDb(`first-sync-writes-${++n}`);
  if (seen) db.use(counting(seen));
  await db.open();
  onTestFinished(() => db.delete());
  return db;
}

function firstPage(from: number, count: number): Change[] {
  const out: Change[] = [];
  for (let i = from; i < from + count; i++) {
    out.push({ entity: 'customer', value: customer(i) }, { entity: 'ticket', value: ticket(i, { customerId: uid('c', i) }) });
  }
  return out;
}

describe('a first sync page', () => {
  it('reads no ticket one by one and looks up no ticket by customer when both are new', async () => {
    const seen: Seen = { ticketKeysRead: 0, ticketsByCustomer: 0 };
    const db = await fresh(seen);
    await applyPulled(db, anna, { cursor: 1, lastMutationId: 0, changes: firstPage(1, 300) }, { slice: 1_000 });
    await applyPulled(db, anna, { cursor: 2, lastMutationId: 0, changes: firstPage(301, 300) }, { slice: 1_000 });
    expect(await db.tickets.count()).toBe(600);
    expect(seen).toEqual({ ticketKeysRead: 0, ticketsByCustomer: 0 });
  });

  it('reads only the tickets it already holds when a page is written again', async () => {
    const seen: Seen = { ticketKeysRead: 0, ticketsByCustomer: 0 };
    const db = await fresh(seen);
    await applyPulled(db, anna, { cursor: 1, lastMutationId: 0, changes: firstPage(1, 250) });
    seen.ticketKeysRead = 0;
    // The same page again (a first sync resumed after a reload) with 50 new tickets after it.
    await applyPulled(db, anna, { cursor: 2, lastMutationId: 0, changes: firstPage(1, 300) }, { slice: 1_000 });
    expect(seen.ticketKeysRead).toBe(250);
    expect(await db.tickets.count()).toBe(300);
    expect((await db.counters.get('tier:1'))?.n).toBe(300);
  });
});

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('customer names on ticket rows', () => {
  it.each([1, 2, 3, 4])('follow the customers through any order of arrival, rename and delete (seed %i)', async (seed) => {
    const r = rng(seed);
    const db = await fresh();
    for (let step = 1; step <= 30; step++) {
      const page: Change[] = [];
      for (let i = 0; i < 1 + Math.floor(r() * 6); i++) {
        const c = 1 + Math.floor(r() * 5);
        const roll = r();
        if (roll < 0.45) page.push({ entity: 'ticket', value: ticket(1 + Math.floor(r() * 12), { customerId: uid('c', c), version: step * 10 + i }) });
        else if (roll < 0.85) page.push({ entity: 'customer', value: customer(c, { name: `Name${step} Līga${c}`, version: step * 10 + i }) });
        else page.push({ entity: 'delete', value: { kind: r() < 0.5 ? 'customer' : 'ticket', id: r() < 0.5 ? uid('c', c) : uid('d', 1 + Math.floor(r() * 12)) } });
      }
      // Now and then the replica forgets whether its no-customer count is kept (a replica from before it).
      if (r() < 0.1) await db.counters.delete('nocustomer');
      await applyPulled(db, anna, { cursor: step, lastMutationId: 0, changes: page }, { slice: 1 + Math.floor(r() * 3) });
      const names = new Map((await db.customers.toArray()).map((c) => [c.id, c.name]));
      for (const t of await db.tickets.toArray()) {
        expect(t._customer).toBe(names.get(t.customerId) ?? '');
        expect((await db.words.get(t.id))?.w).toEqual(ticketWords(t, names.get(t.customerId)));
      }
      const kept = await db.counters.get('nocustomer');
      if (kept) expect(kept.n).toBe((await db.tickets.toArray()).filter((t) => !names.has(t.customerId)).length);
    }
  });
});
