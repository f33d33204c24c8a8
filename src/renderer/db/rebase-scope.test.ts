// A rebase holds only the tables it needs and writes only rows that change, so a window's own edit and
// reads wait behind it as little as possible. Observed at Dexie's core: the stores of each read-write
// transaction and the write requests per table.
import { describe, expect, it, onTestFinished } from 'vitest';
import type { DBCore, Middleware } from 'dexie';
import type { Change } from '../../shared/sync-protocol';
import { agent, customer, ticket } from '../test-support/builders';
import { noSync } from '../test-support/no-sync';
import { openReplica, type Replica } from '.';
import { applyPulled } from './rebase';

const anna = agent(1, { name: 'Anna Kovács' });
let n = 0;

interface Seen {
  writes: Map<string, number>;
  scopes: string[][];
}

function watching(seen: Seen): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'watch-writes',
    create: (down) => ({
      ...down,
      transaction(stores, mode, options) {
        if (mode === 'readwrite') seen.scopes.push([...stores].sort());
        return down.transaction(stores, mode, options);
      },
      table(name) {
        const t = down.table(name);
        return { ...t, mutate: (req) => (seen.writes.set(name, (seen.writes.get(name) ?? 0) + 1), t.mutate(req)) };
      },
    }),
  };
}

async function open(): Promise<{ replica: Replica; seen: Seen; reset(): void }> {
  const replica = await openReplica({ sync: noSync, agent: anna, dbName: `rebase-scope-${++n}`, now: () => new Date('2026-11-23T10:00:00.000Z') });
  onTestFinished(() => replica.erase());
  const seen: Seen = { writes: new Map(), scopes: [] };
  // Middleware joins at open.
  replica.db.close();
  replica.db.use(watching(seen));
  await replica.db.open();
  return { replica, seen, reset: () => (seen.writes.clear(), (seen.scopes.length = 0)) };
}

const page = (cursor: number, changes: Change[], lastMutationId = 0) => ({ cursor, lastMutationId, changes });

describe('rebase scope and writes', () => {
  it('writes nothing for rows the replica already holds as they are', async () => {
    const { replica, seen, reset } = await open();
    const rows: Change[] = [{ entity: 'agent', value: anna }, { entity: 'customer', value: customer(1) }, { entity: 'ticket', value: ticket(1) }];
    await applyPulled(replica.db, anna, page(1, rows));
    reset();
    await applyPulled(replica.db, anna, page(2, rows));
    expect(seen.writes.get('tickets') ?? 0).toBe(0);
    expect(seen.writes.get('customers') ?? 0).toBe(0);
    expect((await replica.db.meta.get('cursor'))?.value).toBe(2);
  });

  it('writes a confirmed edit once: the shadow it replaces is not put back first', async () => {
    const { replica, seen, reset } = await open();
    const x = ticket(1, { status: 'open', version: 5 });
    await applyPulled(replica.db, anna, page(5, [{ entity: 'agent', value: anna }, { entity: 'customer', value: customer(1) }, { entity: 'ticket', value: x }]));
    expect((await replica.mutate('setStatus', { ticketId: x.id, status: 'pending', baseVersion: 5 })).ok).toBe(true);
    reset();
    const confirmed = { ...x, status: 'pending' as const, version: 6, statusVersion: 6, updatedAt: '2026-11-23T10:00:01.000Z' };
    await applyPulled(replica.db, anna, page(6, [{ entity: 'ticket', value: confirmed }], 1));
    expect(seen.writes.get('tickets')).toBe(1);
    expect(await replica.db.tickets.get(x.id)).toMatchObject({ status: 'pending', version: 6 });
    expect(await replica.db.outbox.count()).toBe(0);
  });

  it('holds no ticket table for a page of messages while nothing is pending, and every table once something is', async () => {
    const { replica, seen, reset } = await open();
    const x = ticket(1, { version: 5 });
    await applyPulled(replica.db, anna, page(5, [{ entity: 'agent', value: anna }, { entity: 'customer', value: customer(1) }, { entity: 'ticket', value: x }]));
    const note = (i: number): Change => ({ entity: 'message', value: { id: `0193a000-0000-7000-8000-00000000${String(i).padStart(4, '0')}`, ticketId: x.id, kind: 'note', authorId: anna.id, authorName: anna.name, channel: 'phone', body: `note ${i}`, createdAt: '2026-11-23T09:00:00.000Z', version: 6 + i } });
    reset();
    await applyPulled(replica.db, anna, page(6, [note(1)]));
    expect(seen.scopes).toEqual([['counters', 'messages', 'meta', 'outbox', 'shadows']]);

    expect((await replica.mutate('setPriority', { ticketId: x.id, priority: 'urgent' })).ok).toBe(true);
    reset();
    await applyPulled(replica.db, anna, page(7, [note(2)]));
    // It found the change pending and started over over every table: the change is replayed on top.
    expect(seen.scopes.at(-1)).toContain('tickets');
    expect((await replica.db.tickets.get(x.id))?.priority).toBe('urgent');
    expect(await replica.db.messages.count()).toBe(2);
  });
});
