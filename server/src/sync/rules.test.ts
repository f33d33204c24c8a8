// Server-side rules against a real server process: compare-and-set conflicts and the authorization
// matrix (roles × ticket tiers × mutations), on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7, type RawMutation, type Ticket } from '../../../src/shared/index';
import { login, pull, push, snapshot, type Session } from '../../../tests/support/api-client';
import { startServer, type ServerHandle } from '../../../tests/support/server-process';

type Who = 'agent1' | 'specialist2' | 'specialist3' | 'supervisor';
const EMAIL: Record<Who, string> = {
  agent1: 'agent1@demo.local',
  specialist2: 'specialist2@demo.local',
  specialist3: 'specialist3@demo.local',
  supervisor: 'supervisor@demo.local',
};
const TIER: Record<Who, number | null> = { agent1: 1, specialist2: 2, specialist3: 3, supervisor: null };

describe.each(['sqlite', 'postgres'] as const)('rules on %s', (db) => {
  let server: ServerHandle;
  let sup: Session;
  let customerId: string;
  beforeAll(async () => {
    server = await startServer({ db, demo: true });
    sup = await login(server.url, EMAIL.supervisor);
    const r = await pull(server.url, sup, null);
    if (!('changes' in r)) throw new Error('refetch');
    customerId = r.changes.find((c) => c.entity === 'customer')!.value.id;
  });
  afterAll(() => server?.stop());

  /** A fresh unassigned ticket in the given tier, made by the supervisor. */
  async function makeTicket(tier: 1 | 2 | 3): Promise<Ticket> {
    const id = uuidv7();
    const ms: Omit<RawMutation, 'id'>[] = [
      { name: 'createTicket', args: { id, messageId: uuidv7(), customerId, subject: 'Matrix', channel: 'email', priority: 'normal', body: 'hello' } },
    ];
    for (let to = 2; to <= tier; to++) {
      ms.push({ name: 'escalate', args: { id: uuidv7(), ticketId: id, toTier: to, reason: 'matrix', summary: 'what was tried so far', baseVersion: 1e9 } });
    }
    const r = await push(server.url, sup, ms);
    expect(r.refused).toEqual([]);
    const snap = await snapshot(server.url, sup);
    return snap.tickets.get(id)!;
  }

  it('two agents take the same ticket: one wins, the other is told who', async () => {
    const t = await makeTicket(1);
    const anna = await login(server.url, 'agent1@demo.local');
    const janis = await login(server.url, 'agent1b@demo.local');
    const take = (s: Session) => push(server.url, s, [{ name: 'assign', args: { ticketId: t.id, assigneeId: s.agent.id, baseVersion: t.assigneeVersion } }]);
    const [a, b] = await Promise.all([take(anna), take(janis)]);
    const losers = [a, b].filter((r) => r.refused.length > 0);
    expect(losers).toHaveLength(1);
    const winner = a.refused.length ? janis : anna;
    expect(losers[0]!.refused[0]).toMatchObject({ code: 'conflict', message: `${winner.agent.name} took this ticket` });
    const snap = await snapshot(server.url, sup);
    expect(snap.tickets.get(t.id)!.assigneeId).toBe(winner.agent.id);
  });

  it('a client’s own later writes do not conflict with its earlier ones', async () => {
    const t = await makeTicket(1);
    const anna = await login(server.url, 'agent1@demo.local');
    const r = await push(server.url, anna, [
      { name: 'setStatus', args: { ticketId: t.id, status: 'pending', baseVersion: t.statusVersion } },
      { name: 'setStatus', args: { ticketId: t.id, status: 'on_hold', baseVersion: t.statusVersion } },
    ]);
    expect(r.refused).toEqual([]);
  });

  it('a stale status change is refused and names who changed it', async () => {
    const t = await makeTicket(1);
    const anna = await login(server.url, 'agent1@demo.local');
    await push(server.url, sup, [{ name: 'setStatus', args: { ticketId: t.id, status: 'pending', baseVersion: t.statusVersion } }]);
    const r = await push(server.url, anna, [{ name: 'setStatus', args: { ticketId: t.id, status: 'solved', baseVersion: t.statusVersion } }]);
    expect(r.refused[0]).toMatchObject({ code: 'conflict', message: 'Sarah Mitchell changed the status to pending' });
  });

  it('tells an agent outside a ticket’s scope only “forbidden”, never what happened to the ticket', async () => {
    const t = await makeTicket(2);
    const anna = await login(server.url, EMAIL.agent1);
    const bela = await login(server.url, EMAIL.specialist2);
    const escalationId = uuidv7();
    expect(
      (await push(server.url, sup, [
        { name: 'setStatus', args: { ticketId: t.id, status: 'pending', baseVersion: t.statusVersion } },
        { name: 'assign', args: { ticketId: t.id, assigneeId: bela.agent.id, baseVersion: t.assigneeVersion } },
        { name: 'escalate', args: { id: escalationId, ticketId: t.id, toTier: 3, reason: 'scope', summary: 'what was tried so far', baseVersion: t.tierVersion } },
      ])).refused,
    ).toEqual([]);
    const messageId = [...(await snapshot(server.url, sup)).messages].find(([, m]) => m.ticketId === t.id)![0];
    const r = await push(server.url, anna, [
      { name: 'setStatus', args: { ticketId: t.id, status: 'solved', baseVersion: t.statusVersion } },
      { name: 'assign', args: { ticketId: t.id, assigneeId: anna.agent.id, baseVersion: t.assigneeVersion } },
      { name: 'escalate', args: { id: escalationId, ticketId: t.id, toTier: 3, reason: 'scope', summary: 'what was tried so far', baseVersion: t.tierVersion } },
      { name: 'addMessage', args: { id: messageId, ticketId: t.id, kind: 'note', body: 'probe' } },
    ]);
    expect(r.refused.map((x) => x.code)).toEqual(['forbidden', 'forbidden', 'forbidden', 'forbidden']);
    for (const x of r.refused) expect(x.message).not.toMatch(/Sarah|Béla|took|changed|moved|in use/);
  });

  it('accepts no unauthorized change across roles × tiers × mutations', async () => {
    const sessions = Object.fromEntries(await Promise.all((Object.keys(EMAIL) as Who[]).map(async (w) => [w, await login(server.url, EMAIL[w])]))) as Record<Who, Session>;
    const kinds = ['note', 'priority', 'tag', 'status', 'take', 'assignOther', 'escalate'] as const;
    const colleague = (await login(server.url, 'agent1b@demo.local')).agent.id;
    const mismatches: string[] = [];
    for (const who of Object.keys(EMAIL) as Who[]) {
      for (const tier of [1, 2, 3] as const) {
        for (const kind of kinds) {
          const t = await makeTicket(tier);
          const s = sessions[who];
          const args = {
            note: { name: 'addMessage', args: { id: uuidv7(), ticketId: t.id, kind: 'note', body: 'n' } },
            priority: { name: 'setPriority', args: { ticketId: t.id, priority: 'high' } },
            tag: { name: 'addTag', args: { ticketId: t.id, tag: 'matrix' } },
            status: { name: 'setStatus', args: { ticketId: t.id, status: 'pending', baseVersion: t.statusVersion } },
            take: { name: 'assign', args: { ticketId: t.id, assigneeId: s.agent.id, baseVersion: t.assigneeVersion } },
            assignOther: { name: 'assign', args: { ticketId: t.id, assigneeId: colleague, baseVersion: t.assigneeVersion } },
            escalate: { name: 'escalate', args: { id: uuidv7(), ticketId: t.id, toTier: Math.min(tier + 1, 3), reason: 'matrix check', summary: 'what was tried so far', baseVersion: t.tierVersion } },
          }[kind] as Omit<RawMutation, 'id'>;
          const r = await push(server.url, s, [args]);
          const isSup = who === 'supervisor';
          const ownTier = TIER[who] === tier;
          let allowed = isSup || ownTier;
          if (kind === 'assignOther') allowed = isSup ? tier === 1 : false; // the colleague works tier 1
          if (kind === 'take' && isSup) allowed = true;
          if (kind === 'escalate') allowed = (isSup || ownTier) && tier < 3;
          const accepted = r.refused.length === 0;
          if (accepted !== allowed) mismatches.push(`${who} ${kind} on tier ${tier}: ${accepted ? 'accepted' : r.refused[0]?.message}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
