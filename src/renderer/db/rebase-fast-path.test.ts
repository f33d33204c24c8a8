// The first-sync fast path (nothing pending: plain writes, no shadows or replay) and the sliced page
// give the same replica as the full rebase of the whole page in one transaction — seeded random pages of
// new, changed and deleted tickets, renamed customers, escalations and messages, with and without local
// changes waiting in the outbox. The oracle is the old, unsliced full rebase.
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Escalation, Ticket } from '../../shared/domain';
import type { Change } from '../../shared/sync-protocol';
import { agent, customer, ticket, uid } from '../test-support/builders';
import { noSync } from '../test-support/no-sync';
import { openReplica, type Replica } from '.';
import { applyPulled } from './rebase';
import { ALL_TABLES } from './schema';

const anna = agent(1, { name: 'Anna Kovács' });
const other = agent(2, { name: 'Béla Nagy' });
let n = 0;

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

async function open(): Promise<Replica> {
  const replica = await openReplica({ sync: noSync, agent: anna, dbName: `fast-path-${++n}`, now: () => new Date('2026-11-23T10:00:00.000Z') });
  onTestFinished(() => replica.erase());
  return replica;
}

function randomPage(r: () => number, step: number): Change[] {
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const out: Change[] = [];
  const size = 1 + Math.floor(r() * 12);
  for (let i = 0; i < size; i++) {
    const k = 1 + Math.floor(r() * 8);
    const v = step * 100 + i + 10;
    const roll = r();
    if (roll < 0.45) {
      const t: Ticket = ticket(k, {
        tier: pick([1, 1, 2, 3] as const), status: pick(['new', 'open', 'pending', 'solved', 'closed'] as const),
        assigneeId: pick([null, anna.id, other.id]), customerId: uid('c', 1 + Math.floor(r() * 3)), subject: `${pick(['router', 'refund', 'modem'])} issue ${v}`,
        version: v, statusVersion: v, assigneeVersion: v, tierVersion: v,
      });
      out.push({ entity: 'ticket', value: t });
    } else if (roll < 0.6) {
      out.push({ entity: 'customer', value: customer(1 + Math.floor(r() * 3), { name: `${pick(['Līga', 'Ödön', 'Mara'])} ${v}`, version: v }) });
    } else if (roll < 0.75) {
      const e: Escalation = {
        id: uid('e', k * 10 + Math.floor(r() * 3)), ticketId: uid('d', k), kind: pick(['escalate', 'handback'] as const), fromTier: 1, toTier: 2,
        reason: 'needs tier 2', summary: 'tried', byAgentId: other.id, createdAt: new Date(Date.parse('2026-11-20T10:00:00.000Z') + v * 60_000).toISOString(), version: v,
      };
      // An escalation row belongs to one ticket for good (its id never moves to another).
      out.push({ entity: 'escalation', value: e });
    } else if (roll < 0.85) {
      out.push({ entity: 'message', value: { id: uid('m', v), ticketId: uid('d', k), kind: 'customer', authorId: uid('c', 1), authorName: 'C', channel: 'email', body: 'hello', createdAt: '2026-11-21T10:00:00.000Z', version: v } });
    } else {
      out.push({ entity: 'delete', value: { kind: pick(['ticket', 'customer', 'escalation', 'message'] as const), id: pick([uid('d', k), uid('c', 2), uid('e', k * 10), uid('m', v - 1)]) } });
    }
  }
  // A page carries each row once, in its latest state (as the server sends it).
  const key = (c: Change) => (c.entity === 'delete' ? `${c.value.kind}:${c.value.id}` : `${c.entity}:${c.value.id}`);
  return [...new Map(out.map((c) => [key(c), c])).values()];
}

async function dump(replica: Replica) {
  const db = replica.db;
  const out: Record<string, unknown[]> = {};
  for (const t of ALL_TABLES) out[t] = await db.table(t).toArray();
  out.meta = (out.meta as { key: string }[]).filter((m) => m.key !== 'clientId' && m.key !== 'pulledAt');
  // A counter at 0 reads as no counter (queueCount): slices may leave one the whole page would not write.
  out.counters = (out.counters as { n: number }[]).filter((c) => c.n !== 0);
  return out;
}

describe('applyPulled fast path and slices', () => {
  it.each([1, 2, 3, 4, 5, 6])('equals the full rebase of the whole page in one transaction (seed %i)', async (seed) => {
    const r = rng(seed);
    const [fast, full] = [await open(), await open()];
    await Promise.all([fast, full].map((x) => applyPulled(x.db, anna, { cursor: 1, lastMutationId: 0, changes: [{ entity: 'agent', value: anna }, { entity: 'agent', value: other }] })));
    let made = 0;
    for (let step = 1; step <= 25; step++) {
      // Seeds above 3 also leave local changes pending now and then (the sliced full rebase then).
      if (seed > 3 && r() < 0.3) {
        const id = uid('d', 1 + Math.floor(r() * 8));
        const args = { ticketId: id, priority: (['low', 'high', 'urgent'] as const)[Math.floor(r() * 3)]! };
        const [a, b] = [await fast.mutate('setPriority', args), await full.mutate('setPriority', args)];
        expect(a).toEqual(b);
        if (a.ok) made++;
      }
      const page = randomPage(r, step);
      const acked = Math.floor(r() * (made + 1));
      const pulled = { cursor: step + 1, lastMutationId: acked, changes: page };
      const [a, b] = [
        await applyPulled(fast.db, anna, pulled, { slice: 1 + Math.floor(r() * 4) }),
        await applyPulled(full.db, anna, pulled, { fastPath: false, slice: Number.MAX_SAFE_INTEGER }),
      ];
      expect(a.dropped).toEqual(b.dropped);
      expect(await dump(fast)).toEqual(await dump(full));
    }
    if (seed > 3) expect(made).toBeGreaterThan(0);
  });

  it('keeps an acknowledged change on screen until the slice with its effect is written', async () => {
    const replica = await open();
    const x = ticket(1, { priority: 'normal', version: 5 });
    await applyPulled(replica.db, anna, { cursor: 5, lastMutationId: 0, changes: [{ entity: 'agent', value: anna }, { entity: 'ticket', value: x }] });
    expect((await replica.mutate('setPriority', { ticketId: x.id, priority: 'urgent' })).ok).toBe(true);
    // The server applied it: the page acknowledges mutation 1, and its effect comes in the page's last slice.
    const seen: string[] = [];
    await applyPulled(
      replica.db,
      anna,
      { cursor: 6, lastMutationId: 1, changes: [{ entity: 'ticket', value: ticket(2, { version: 6 }) }, { entity: 'ticket', value: { ...x, priority: 'urgent', version: 6 } }] },
      { slice: 1, betweenSlices: async () => void seen.push((await replica.db.tickets.get(x.id))!.priority) },
    );
    expect(seen).toEqual(['urgent']);
    expect((await replica.db.tickets.get(x.id))!.priority).toBe('urgent');
    expect(await replica.db.outbox.count()).toBe(0);
  });
});
