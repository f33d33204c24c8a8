// The complaint list's reads: newest first through the complaint indexes, every filter, and counts per
// category that equal a plain count over the same tickets (the oracle below, written apart from the
// queries). A replica written by version 5 opens at version 6 with the complaint indexes built.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { COMPLAINT_CATEGORIES, type Complaint, type ComplaintCategory } from '../../shared/complaint';
import type { Ticket } from '../../shared/domain';
import { createReplicaDb } from '../db/schema';
import { writeTickets } from '../db/ticket-rows';
import { ticket, uid } from '../test-support/builders';
import { complaintList, type ComplaintFilter } from './complaint-queries';
import { storesUpTo } from '../test-support/old-schema';

const A1 = uid('a', 1);
const A2 = uid('a', 2);
const at = (n: number) => new Date(Date.parse('2026-11-01T00:00:00.000Z') + n * 3_600_000).toISOString();

/** A seeded pseudo-random walk (mulberry32): the same tickets on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function complaintOf(n: number, category: ComplaintCategory, closed: boolean): Complaint {
  return {
    category,
    description: `Complaint ${n}`,
    raisedById: A1,
    raisedAt: at(n),
    state: closed ? 'closed' : 'open',
    closedById: closed ? A2 : null,
    closedAt: closed ? at(n + 1) : null,
  };
}

function dataSet(): Ticket[] {
  const next = random(11);
  return Array.from({ length: 300 }, (_, i) => {
    const n = i + 1;
    const assigneeId = [A1, A2, null][Math.floor(next() * 3)]!;
    // About one ticket in three has a complaint.
    if (next() > 0.33) return ticket(n, { assigneeId });
    const category = COMPLAINT_CATEGORIES[Math.floor(next() * COMPLAINT_CATEGORIES.length)]!;
    return ticket(n, { assigneeId, complaint: complaintOf(n, category, next() < 0.4) });
  });
}

/** The oracle: the same question asked of the plain array. */
function expected(all: Ticket[], f: ComplaintFilter) {
  const matches = (t: Ticket, withCategory: boolean) =>
    !!t.complaint &&
    (f.state === 'all' || t.complaint.state === f.state) &&
    (f.assignee === null || (t.assigneeId ?? '') === f.assignee) &&
    (!withCategory || f.category === null || t.complaint.category === f.category);
  const ids = all
    .filter((t) => matches(t, true))
    .sort((a, b) => b.complaint!.raisedAt.localeCompare(a.complaint!.raisedAt))
    .map((t) => t.id);
  const counts = Object.fromEntries(
    COMPLAINT_CATEGORIES.map((c) => [c, all.filter((t) => matches(t, false) && t.complaint!.category === c).length]),
  );
  return { ids, counts };
}

describe('the complaint list', () => {
  it('lists and counts every filter the way a plain count over the tickets does', async () => {
    const db = createReplicaDb(`complaints-${Date.now()}`);
    const all = dataSet();
    await writeTickets(db, all);
    const filters: ComplaintFilter[] = [];
    for (const state of ['open', 'closed', 'all'] as const) {
      for (const category of [null, 'billing', 'staff'] as const) {
        for (const assignee of [null, A1, ''] as const) filters.push({ state, category, assignee });
      }
    }
    for (const f of filters) {
      const got = await complaintList(db, f);
      const want = expected(all, f);
      expect(
        got.items.map((i) => i.ticket.id),
        JSON.stringify(f),
      ).toEqual(want.ids);
      expect(got.counts, JSON.stringify(f)).toEqual(want.counts);
      expect(got.items.every((i) => i.complaint === i.ticket.complaint)).toBe(true);
    }
    // The data set is not degenerate: there are open and closed complaints in several categories.
    const open = await complaintList(db, { state: 'open', category: null, assignee: null });
    expect(open.items.length).toBeGreaterThan(20);
    expect(Object.values(open.counts).filter((n) => n > 0).length).toBeGreaterThan(3);
    db.close();
  });

  it('follows a ticket whose complaint is closed from the open list to the closed one', async () => {
    const db = createReplicaDb(`complaints-move-${Date.now()}`);
    const t = ticket(1, { complaint: complaintOf(1, 'billing', false) });
    await writeTickets(db, [t, ticket(2)]);
    expect(
      (await complaintList(db, { state: 'open', category: null, assignee: null })).items.map((i) => i.ticket.id),
    ).toEqual([t.id]);
    await writeTickets(db, [{ ...t, complaint: complaintOf(1, 'billing', true) }]);
    expect((await complaintList(db, { state: 'open', category: null, assignee: null })).items).toEqual([]);
    expect((await complaintList(db, { state: 'closed', category: 'billing', assignee: null })).counts.billing).toBe(1);
    db.close();
  });
});

describe('replica schema version 6', () => {
  it('builds the complaint indexes over rows written by version 5', async () => {
    const name = `upgrade-v6-${Date.now()}`;
    const old = new Dexie(name);
    old.version(5).stores(storesUpTo(5));
    // A ticket pulled by a version 5 console keeps the complaint it came with (the row is the value).
    const rows = [
      ticket(1, { complaint: complaintOf(1, 'product', false) }),
      ticket(2),
      ticket(3, { complaint: complaintOf(3, 'staff', true) }),
    ].map((t) => ({
      ...t,
      _open: 1,
      _assignee: '',
      _sort: `x${t.number}|${t.id}`,
      _customer: 'Customer 1',
      _escalated: 0,
      _escalation: null,
    }));
    await old.table('tickets').bulkPut(rows);
    old.close();

    const db = createReplicaDb(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(6);
    const list = await complaintList(db, { state: 'all', category: null, assignee: null });
    expect(list.items.map((i) => i.ticket.number)).toEqual([3, 1]);
    expect(list.counts).toMatchObject({ product: 1, staff: 1, billing: 0 });
    db.close();
  });
});
