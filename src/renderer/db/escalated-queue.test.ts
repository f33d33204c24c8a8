// The "escalated to my tier" queue and its counter, held against an oracle computed in the test from
// the escalation rows themselves: open tickets of the tier whose latest tier move is an escalation into it.
import { waitFor } from '@testing-library/react';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Escalation, Ticket, Tier } from '../../shared/domain';
import type { Change } from '../../shared/sync-protocol';
import { isOpen } from '../../shared/sla';
import { agent, customer, ticket, uid } from '../test-support/builders';
import { createFakeConsoleApi } from '../test-support/fake-console-api';
import { openReplica, type Replica } from '.';
import { queueCount, queuePage } from './queries';

const anna = agent(1, { name: 'Anna Kovács' });
const bela = agent(2, { name: 'Béla Nagy', tier: 2 });
let n = 0;

const esc = (i: number, t: Ticket, over: Partial<Escalation> = {}): Escalation => ({
  id: uid('e', i), ticketId: t.id, kind: 'escalate', fromTier: 1, toTier: 2, reason: 'needs tier 2', summary: 'tried the usual things',
  byAgentId: anna.id, createdAt: new Date(Date.parse('2026-11-20T10:00:00.000Z') + i * 60_000).toISOString(), version: 100 + i, ...over,
});

async function open(me = bela) {
  const api = createFakeConsoleApi({ agent: me });
  const replica = await openReplica({ sync: api.startSync, agent: me, dbName: `escalated-${Date.now()}-${++n}` });
  onTestFinished(() => replica.close());
  let cursor = 1;
  const pull = async (changes: Change[]) => {
    cursor += 1;
    await api.pull({ cursor, lastMutationId: 0, changes, refused: [] });
    await waitFor(async () => expect((await replica.db.meta.get('cursor'))?.value).toBe(cursor));
  };
  return { api, replica, pull };
}

/** The oracle: from the rows as the server sent them, not from the replica's derived fields. */
function escalatedInto(tier: Tier, tickets: Ticket[], escalations: Escalation[]): string[] {
  return tickets
    .filter((t) => isOpen(t.status) && t.tier === tier)
    .filter((t) => {
      const mine = escalations.filter((e) => e.ticketId === t.id).sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
      const last = mine.at(-1);
      return !!last && last.kind === 'escalate' && last.toTier === tier;
    })
    .map((t) => t.id)
    .sort();
}

const ids = async (replica: Replica, tier: Tier) =>
  (await queuePage(replica.db, replica.agent, { kind: 'escalated', tier }, { offset: 0, limit: 1000 })).map((t) => t.id).sort();

describe('escalated queue', () => {
  it('holds the open tickets an escalation brought into the tier, and counts them without a scan', async () => {
    const { replica, pull } = await open();
    const tickets = [
      ticket(1, { tier: 2 }), // escalated 1 → 2
      ticket(2, { tier: 2 }), // created straight into tier 2 (no escalation)
      ticket(3, { tier: 1 }), // escalated, then handed back
      ticket(4, { tier: 3 }), // escalated twice: in tier 3 now
      ticket(5, { tier: 2, status: 'solved' }), // escalated but solved
      ticket(6, { tier: 2 }), // its escalation arrives in a later pull
    ];
    const escalations = [
      esc(1, tickets[0]!),
      esc(2, tickets[2]!),
      esc(3, tickets[2]!, { kind: 'handback', fromTier: 2, toTier: 1, byAgentId: bela.id }),
      esc(4, tickets[3]!),
      esc(5, tickets[3]!, { fromTier: 2, toTier: 3, byAgentId: bela.id }),
      esc(6, tickets[4]!),
    ];
    await pull([
      { entity: 'agent', value: anna },
      { entity: 'agent', value: bela },
      { entity: 'customer', value: customer(1) },
      ...tickets.map((value) => ({ entity: 'ticket' as const, value })),
      ...escalations.map((value) => ({ entity: 'escalation' as const, value })),
    ]);
    expect(await ids(replica, 2)).toEqual(escalatedInto(2, tickets, escalations));
    expect(await ids(replica, 2)).toEqual([tickets[0]!.id]);
    expect(await ids(replica, 3)).toEqual(escalatedInto(3, tickets, escalations));
    expect(await queueCount(replica.db, replica.agent, { kind: 'escalated', tier: 2 })).toBe(1);

    const late = esc(7, tickets[5]!);
    await pull([{ entity: 'escalation', value: late }]);
    expect(await ids(replica, 2)).toEqual(escalatedInto(2, tickets, [...escalations, late]));
    expect(await queueCount(replica.db, replica.agent, { kind: 'escalated', tier: 2 })).toBe(2);
    // The row says who escalated it, from which tier.
    const [row] = await queuePage(replica.db, replica.agent, { kind: 'escalated', tier: 2 }, { offset: 0, limit: 1 });
    expect(row?._escalation).toMatchObject({ fromTier: 1, byAgentId: anna.id });
  });

  it('follows a local escalation at once, and a refused one rolls back', async () => {
    const { api, replica, pull } = await open();
    const t = ticket(1, { tier: 2 });
    await pull([{ entity: 'agent', value: anna }, { entity: 'agent', value: bela }, { entity: 'customer', value: customer(1) }, { entity: 'ticket', value: t }]);
    expect(await ids(replica, 3)).toEqual([]);
    const r = await replica.mutate('escalate', { id: uid('e', 50), ticketId: t.id, toTier: 3, reason: 'firmware bug', summary: 'reproduced on two units', baseVersion: t.tierVersion });
    expect(r.ok).toBe(true);
    expect(await ids(replica, 3)).toEqual([t.id]);
    expect(await queueCount(replica.db, replica.agent, { kind: 'escalated', tier: 3 })).toBe(1);
    // The server refused it: the pull drops the mutation and the ticket is back in tier 2, not escalated.
    const id = (await api.pushed()).at(-1)!.id;
    await api.pull({ cursor: 9, lastMutationId: id, changes: [], refused: [{ id, code: 'conflict', reason: 'tier_changed_by', params: { who: null, tier: 3 } }] });
    await waitFor(async () => expect((await replica.db.meta.get('cursor'))?.value).toBe(9));
    expect(await ids(replica, 3)).toEqual([]);
    expect(await queueCount(replica.db, replica.agent, { kind: 'escalated', tier: 3 })).toBe(0);
    expect((await replica.db.tickets.get(t.id))?.tier).toBe(2);
  });
});

/** A small seeded generator, so a failure replays. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

describe('escalated queue under random pulls, local moves and refusals', () => {
  it('always equals the queue computed from the replica\'s own ticket and escalation rows', async () => {
    const sup = agent(9, { name: 'Zoë Berg', role: 'supervisor', tier: null });
    const { api, replica, pull } = await open(sup);
    const r = rng(42);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
    const tickets = Array.from({ length: 8 }, (_, i) => ticket(i + 1, { tier: pick([1, 2, 3] as const) }));
    await pull([{ entity: 'agent', value: anna }, { entity: 'agent', value: sup }, { entity: 'customer', value: customer(1) }, ...tickets.map((value) => ({ entity: 'ticket' as const, value }))]);
    let escId = 1000;
    let version = 500;
    let cursor = 100;
    let nonEmpty = 0;
    for (let step = 0; step < 80; step++) {
      const t = pick(tickets);
      const now = (await replica.db.tickets.get(t.id))!;
      const op = pick(['pullTicket', 'pullEscalation', 'deleteEscalation', 'escalate', 'handBack', 'refuse'] as const);
      if (op === 'pullTicket') {
        await pull([{ entity: 'ticket', value: { ...t, tier: pick([1, 2, 3] as const), status: pick(['open', 'pending', 'solved'] as const), version: ++version } }]);
      } else if (op === 'pullEscalation') {
        const up = r() < 0.7;
        const from = pick([1, 2] as const);
        await pull([{ entity: 'escalation', value: esc(++escId, t, up ? { fromTier: from, toTier: from === 1 ? 2 : 3, version: ++version } : { kind: 'handback', fromTier: pick([2, 3] as const), toTier: 1, version: ++version }) }]);
      } else if (op === 'deleteEscalation') {
        const mine = await replica.db.escalations.where('ticketId').equals(t.id).toArray();
        if (mine.length) await pull([{ entity: 'delete', value: { kind: 'escalation', id: pick(mine).id } }]);
      } else if (op === 'escalate' && now.tier !== 3) {
        await replica.mutate('escalate', { id: uid('f', ++escId), ticketId: t.id, toTier: now.tier === 1 ? 2 : 3, reason: 'random', summary: 'random walk step', baseVersion: now.tierVersion });
      } else if (op === 'handBack' && now.tier !== 1) {
        await replica.mutate('handBack', { id: uid('f', ++escId), ticketId: t.id, toAgentId: null, summary: 'random walk step', baseVersion: now.tierVersion });
      } else if (op === 'refuse') {
        const last = (await api.pushed()).at(-1);
        if (last) {
          cursor += 1;
          await api.pull({ cursor, lastMutationId: last.id, changes: [], refused: [{ id: last.id, code: 'conflict', reason: 'unknown', params: {} }] });
          await waitFor(async () => expect((await replica.db.meta.get('cursor'))?.value).toBe(cursor));
        }
      }
      const allTickets = (await replica.db.tickets.toArray()) as Ticket[];
      const allEscalations = await replica.db.escalations.toArray();
      for (const tier of [2, 3] as const) {
        const want = escalatedInto(tier, allTickets, allEscalations);
        if (want.length) nonEmpty += 1;
        expect(await ids(replica, tier), `step ${step} (${op}), tier ${tier}`).toEqual(want);
        expect(await queueCount(replica.db, replica.agent, { kind: 'escalated', tier }), `step ${step} (${op}) count`).toBe(want.length);
      }
    }
    // The walk did reach escalated tickets, through local moves too.
    expect(nonEmpty).toBeGreaterThan(20);
    expect((await api.pushed()).filter((m) => m.name === 'escalate' || m.name === 'handBack').length).toBeGreaterThan(3);
  });
});
