// Pruning in the renderer's own environment: there Dexie's maxKey is an array ([[]]), which a key may
// not hold twice — a key range built that way fails in IndexedDB (and in Chromium) but not in Node,
// where maxKey is a string. The full behaviour is tested in tests/integration/replica-history.test.ts.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { HISTORY_DAYS } from '../../shared/history';
import { pruneBeyondHistory } from './prune';
import { createReplicaDb } from './schema';
import { writeTickets } from './ticket-rows';
import { ticket } from '../test-support/builders';

describe('pruneBeyondHistory (browser key space)', () => {
  it('runs where maxKey is an array and removes an old closed ticket', async () => {
    expect(Array.isArray(Dexie.maxKey)).toBe(true);
    const db = createReplicaDb(`prune-${Date.now()}`);
    await db.open();
    const now = new Date('2026-11-23T12:00:00.000Z');
    const old = new Date(now.getTime() - (HISTORY_DAYS + 3) * 86_400_000).toISOString();
    await db.transaction('rw', db.tickets, db.counters, db.customers, db.words, () =>
      writeTickets(db, [ticket(1, { status: 'closed', updatedAt: old }), ticket(2, { status: 'open', updatedAt: old })]),
    );
    expect(await pruneBeyondHistory(db, now)).toBe(1);
    expect((await db.tickets.toArray()).map((t) => t.number)).toEqual([2]);
    db.close();
  });
});
