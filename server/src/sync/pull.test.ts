// Pull: replication scopes, realtime pokes (and missing them), refetch for stale cursors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { HISTORY_DAYS, uuidv7 } from '../../../src/shared/index';
import { login, pull, push, snapshot, type Session } from '../../../tests/support/api-client';
import { startServer, type ServerHandle } from '../../../tests/support/server-process';
import { openDatabase } from '../db/database';
import { DEMO_TENANT_ID } from '../seed/demo';
import { purgeClosedTickets } from './inbound';

describe.each(['sqlite', 'postgres'] as const)('pull on %s', (db) => {
  let server: ServerHandle;
  let anna: Session;
  let bela: Session;
  let dora: Session;
  let customerId: string;
  beforeAll(async () => {
    server = await startServer({ db, demo: true });
    anna = await login(server.url, 'agent1@demo.local');
    bela = await login(server.url, 'specialist2@demo.local');
    dora = await login(server.url, 'specialist3@demo.local');
    customerId = [...(await snapshot(server.url, anna)).customers.keys()][0]!;
  });
  afterAll(() => server?.stop());

  it('keeps each workstation to its scope; an escalated ticket arrives with its whole thread', async () => {
    const id = uuidv7();
    const messageId = uuidv7();
    await push(server.url, bela, [
      { name: 'createTicket', args: { id, messageId, customerId, subject: 'Tier 2 only', channel: 'chat', priority: 'high', body: 'deep problem' } },
    ]);
    // Every page of dora's first sync (a page can be cut short by its time limit).
    const doraBefore = await snapshot(server.url, dora);
    expect(doraBefore.tickets.has(id)).toBe(false);
    await push(server.url, bela, [
      { name: 'escalate', args: { id: uuidv7(), ticketId: id, toTier: 3, reason: 'needs engineering', summary: 'reproduced on two machines', baseVersion: 1e9 } },
    ]);
    const doraAfter = await pull(server.url, dora, doraBefore.cursor);
    if (!('changes' in doraAfter)) throw new Error('refetch');
    const kinds = doraAfter.changes.filter((c) => c.entity !== 'delete' && 'ticketId' in c.value && c.value.ticketId === id).map((c) => c.entity);
    expect(kinds.sort()).toEqual(['escalation', 'message']);
    expect((await snapshot(server.url, anna)).tickets.has(id)).toBe(false); // never in tier 1
    expect((await snapshot(server.url, bela)).tickets.get(id)?.tier).toBe(3); // bela keeps what it worked on
  });

  it('pokes carry the version only, and a missed poke is caught up by the next pull', async () => {
    const start = await pull(server.url, anna, null);
    if (!('cursor' in start)) throw new Error('refetch');
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/api/v1/sync/stream`, { headers: { authorization: `Bearer ${anna.token}` } });
    const pokes: unknown[] = [];
    ws.on('message', (d) => pokes.push(JSON.parse(String(d))));
    await new Promise((r) => ws.once('open', r));
    const ticket = [...(await snapshot(server.url, anna)).tickets.values()].find((t) => t.tier === 1)!;
    // anna's socket is closed before the change: the poke is missed.
    await new Promise((r) => setTimeout(r, 100));
    ws.close();
    const janis = await login(server.url, 'agent1b@demo.local');
    const noteId = uuidv7();
    await push(server.url, janis, [{ name: 'addMessage', args: { id: noteId, ticketId: ticket.id, kind: 'note', body: 'while you were away' } }]);
    expect(pokes.every((p) => Object.keys(p as object).sort().join() === 'type,version')).toBe(true);
    const next = await pull(server.url, anna, start.cursor);
    if (!('changes' in next)) throw new Error('refetch');
    expect(next.changes.some((c) => c.entity === 'message' && c.value.id === noteId)).toBe(true);
  });

  it('pokes a connected workstation after each commit', async () => {
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/api/v1/sync/stream`, { headers: { authorization: `Bearer ${anna.token}` } });
    const versions: number[] = [];
    ws.on('message', (d) => versions.push((JSON.parse(String(d)) as { version: number }).version));
    await new Promise((r) => ws.once('open', r));
    await new Promise((r) => setTimeout(r, 100));
    const t = [...(await snapshot(server.url, anna)).tickets.values()].find((x) => x.tier === 1)!;
    await push(server.url, bela, [{ name: 'setPriority', args: { ticketId: t.id, priority: 'urgent' } }]).catch(() => undefined);
    await push(server.url, anna, [{ name: 'addTag', args: { ticketId: t.id, tag: 'poked' } }]);
    const deadline = Date.now() + 3000;
    while (versions.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    ws.close();
    expect(versions.length).toBeGreaterThanOrEqual(2);
    expect(versions[versions.length - 1]!).toBeGreaterThan(versions[0]!);
  });

  it('leaves closed tickets beyond the history window out of every pull, and brings one back whole when it changes', async () => {
    const sup = await login(server.url, 'supervisor@demo.local');
    const before = await snapshot(server.url, sup);
    const threadOf = (m: Map<string, { ticketId: string }>, id: string) => [...m.entries()].filter(([, x]) => x.ticketId === id).map(([k]) => k).sort();
    const closed = [...before.tickets.values()].find((t) => t.status === 'closed' && threadOf(before.messages, t.id).length > 1)!;
    expect(closed).toBeDefined();
    const opened = openDatabase({ dataDir: server.dataDir, databaseUrl: server.databaseUrl ?? null });
    try {
      const old = new Date(Date.now() - (HISTORY_DAYS + 5) * 86_400_000).toISOString();
      await opened.db.updateTable('tickets').set({ updated_at: old }).where('id', '=', closed.id).execute();
      // Time passing, not a write: the scope index's copy of a closed ticket's last change ages with it.
      await opened.db.updateTable('ticket_scopes').set({ closed_at: old }).where('ticket_id', '=', closed.id).execute();
    } finally {
      await opened.db.destroy();
    }
    const specialist = await login(server.url, ['agent1@demo.local', 'specialist2@demo.local', 'specialist3@demo.local'][closed.tier - 1]!);
    for (const s of [sup, specialist]) {
      const fresh = await snapshot(server.url, s);
      expect(fresh.tickets.has(closed.id)).toBe(false);
      expect(threadOf(fresh.messages, closed.id)).toEqual([]);
      expect(fresh.tickets.size).toBeGreaterThan(0);
    }
    const cursor = (await snapshot(server.url, sup)).cursor;
    const res = await push(server.url, sup, [{ name: 'setStatus', args: { ticketId: closed.id, status: 'open', baseVersion: closed.statusVersion } }]);
    expect(res.refused).toEqual([]);
    const back = await pull(server.url, sup, cursor);
    if (!('changes' in back)) throw new Error('refetch');
    const ticket = back.changes.find((c) => c.entity === 'ticket' && c.value.id === closed.id);
    expect(ticket?.value).toMatchObject({ status: 'open' });
    const thread = back.changes.flatMap((c) => (c.entity === 'message' && c.value.ticketId === closed.id ? [c.value.id] : [])).sort();
    expect(thread).toEqual(threadOf(before.messages, closed.id));
  });

  it('sends a customer only to workstations holding one of their tickets, and with a ticket entering the scope', async () => {
    const sup = await login(server.url, 'supervisor@demo.local');
    const all = await snapshot(server.url, sup);
    const mine = await snapshot(server.url, dora);
    const referenced = new Set([...mine.tickets.values()].map((t) => t.customerId));
    expect(new Set(mine.customers.keys())).toEqual(referenced);
    const outside = [...all.customers.keys()].find((id) => !referenced.has(id))!;
    expect(outside).toBeDefined();
    // A supervisor edits that customer: the edit's history (old and new phone) stays off this workstation.
    const edit = await push(server.url, sup, [{ name: 'updateCustomer', args: { id: outside, patch: { phone: '+371 20000001', notes: 'call after 5' } } }]);
    expect(edit.refused).toEqual([]);
    const quiet = await pull(server.url, dora, mine.cursor);
    if (!('changes' in quiet)) throw new Error('refetch');
    expect(quiet.changes.filter((c) => (c.entity === 'customer' && c.value.id === outside) || (c.entity === 'history' && c.value.customerId === outside))).toEqual([]);
    const supView = await pull(server.url, sup, mine.cursor);
    if (!('changes' in supView)) throw new Error('refetch');
    expect(supView.changes.some((c) => c.entity === 'history' && c.value.customerId === outside)).toBe(true);
    const id = uuidv7();
    const res = await push(server.url, bela, [
      { name: 'createTicket', args: { id, messageId: uuidv7(), customerId: outside, subject: 'Line drops at night', channel: 'phone', priority: 'normal', body: 'since Monday' } },
      { name: 'escalate', args: { id: uuidv7(), ticketId: id, toTier: 3, reason: 'firmware', summary: 'swapped the router, same drops', baseVersion: 1e9 } },
    ]);
    expect(res.refused).toEqual([]);
    const back = await pull(server.url, dora, mine.cursor);
    if (!('changes' in back)) throw new Error('refetch');
    expect(back.changes.some((c) => c.entity === 'ticket' && c.value.id === id)).toBe(true);
    expect(back.changes.find((c) => c.entity === 'customer' && c.value.id === outside)?.value).toMatchObject({ name: all.customers.get(outside)!.name });
  });

  it('answers refetch to a cursor older than what the server kept, or from another database', async () => {
    const before = await pull(server.url, anna, null);
    if (!('cursor' in before)) throw new Error('refetch');
    expect(await pull(server.url, anna, before.cursor + 1000)).toEqual({ refetch: true });
    const opened = openDatabase({ dataDir: server.dataDir, databaseUrl: server.databaseUrl ?? null });
    try {
      const purged = await purgeClosedTickets({ db: opened.db, dialect: opened.dialect, onCommit: () => undefined }, DEMO_TENANT_ID, new Date(Date.now() + 86400_000).toISOString());
      expect(purged).toBeGreaterThan(0);
    } finally {
      await opened.db.destroy();
    }
    expect(await pull(server.url, anna, before.cursor)).toEqual({ refetch: true });
    const fresh = await pull(server.url, anna, null);
    expect('changes' in fresh && fresh.changes.some((c) => c.entity === 'ticket' && c.value.status === 'closed')).toBe(false);
  });
});

describe.each(['sqlite', 'postgres'] as const)('paged pull on %s', (db) => {
  let server: ServerHandle;
  beforeAll(async () => {
    server = await startServer({ db, demo: true, env: { PULL_PAGE_ROWS: '200' } });
  });
  afterAll(() => server?.stop());

  it('cuts a first sync into pages with a shrinking remainder, and the pages add up to the database', async () => {
    const sup = await login(server.url, 'supervisor@demo.local');
    const anna = await login(server.url, 'agent1@demo.local');
    const tickets = new Map<string, number>();
    const customers = new Map<string, number>();
    const messages = new Set<string>();
    let cursor: number | null = null;
    let token: string | undefined;
    let pages = 0;
    let remainingBefore = Infinity;
    let total: number | undefined;
    for (;;) {
      const r = await pull(server.url, sup, cursor, 0, token);
      if (!('changes' in r)) throw new Error('refetch');
      pages += 1;
      // A page stops at the first ticket that would take it past its size (a ticket comes with its
      // thread and card; a catch-up with the rows sharing its last version): a page may run over, but
      // stays near its size.
      expect(r.changes.length).toBeLessThanOrEqual(300);
      // The total is known from the first answer and never changes; the remainder never grows.
      total ??= r.total;
      expect(total).toBeGreaterThan(0);
      if (r.total !== undefined) expect(r.total).toBe(total);
      expect(r.remaining ?? 0).toBeLessThanOrEqual(remainingBefore);
      if (remainingBefore > 0) expect(r.remaining ?? 0).toBeLessThan(remainingBefore);
      remainingBefore = r.remaining ?? 0;
      for (const c of r.changes) {
        if (c.entity === 'ticket') tickets.set(c.value.id, Math.max(tickets.get(c.value.id) ?? 0, c.value.version));
        if (c.entity === 'customer') customers.set(c.value.id, Math.max(customers.get(c.value.id) ?? 0, c.value.version));
        if (c.entity === 'message') messages.add(c.value.id);
      }
      if (pages === 2) await changeMidSync(sup, anna, tickets, customers);
      cursor = r.cursor;
      token = r.snapshot;
      if (!r.more) {
        expect(r.remaining ?? 0).toBe(0);
        expect(token).toBeUndefined();
        break;
      }
      // While the snapshot is walked the cursor stays 0: a client that loses the continuation starts again.
      if (token) expect(r.cursor).toBe(0);
    }
    expect(pages).toBeGreaterThan(3);
    const opened = openDatabase({ dataDir: server.dataDir, databaseUrl: server.databaseUrl ?? null });
    try {
      const rows = await opened.db.selectFrom('tickets').select(['id', 'version', 'customer_id']).where('tenant_id', '=', DEMO_TENANT_ID).execute();
      expect(new Map(rows.map((r) => [r.id, Number(r.version)]))).toEqual(tickets);
      const msgs = await opened.db.selectFrom('messages').select('id').where('tenant_id', '=', DEMO_TENANT_ID).execute();
      expect(new Set(msgs.map((m) => m.id))).toEqual(messages);
      const held = new Set(rows.map((r) => r.customer_id));
      const cards = await opened.db.selectFrom('customers').select(['id', 'version']).where('tenant_id', '=', DEMO_TENANT_ID).execute();
      expect(new Map(cards.filter((c) => held.has(c.id)).map((c) => [c.id, Number(c.version)]))).toEqual(customers);
    } finally {
      await opened.db.destroy();
    }
  });

  /** Writes between pages, behind and ahead of the walk: each must reach the client by the end. */
  async function changeMidSync(sup: Session, anna: Session, tickets: Map<string, number>, customers: Map<string, number>) {
    const opened = openDatabase({ dataDir: server.dataDir, databaseUrl: server.databaseUrl ?? null });
    try {
      const sent = await opened.db.selectFrom('tickets').selectAll().where('id', 'in', [...tickets.keys()]).execute();
      const behind = sent.find((t) => t.tier === 1 && t.status !== 'closed')!;
      expect(behind).toBeDefined();
      const ahead = await opened.db.selectFrom('tickets').select('id').where('tenant_id', '=', DEMO_TENANT_ID).where('id', 'not in', [...tickets.keys()]).executeTakeFirstOrThrow();
      expect(customers.has(behind.customer_id)).toBe(true);
      const ok = async (s: Session, m: Parameters<typeof push>[2]) => expect((await push(server.url, s, m)).refused).toEqual([]);
      await ok(sup, [{ name: 'addTag', args: { ticketId: behind.id, tag: 'mid-sync' } }]);
      await ok(sup, [{ name: 'addTag', args: { ticketId: ahead.id, tag: 'mid-sync' } }]);
      await ok(anna, [{ name: 'addMessage', args: { id: uuidv7(), ticketId: behind.id, kind: 'note', body: 'between pages' } }]);
      await ok(anna, [{ name: 'createTicket', args: { id: uuidv7(), messageId: uuidv7(), customerId: behind.customer_id, subject: 'New while paging', channel: 'phone', priority: 'normal', body: 'again' } }]);
      await ok(sup, [{ name: 'updateCustomer', args: { id: behind.customer_id, patch: { notes: 'changed between pages' } } }]);
    } finally {
      await opened.db.destroy();
    }
  }

  it('a quiet first sync sends each row once, as many as its first answer said, and the tickets the scope rule names', async () => {
    const opened = openDatabase({ dataDir: server.dataDir, databaseUrl: server.databaseUrl ?? null });
    try {
      const cutoff = new Date(Date.now() - HISTORY_DAYS * 86_400_000).toISOString();
      for (const email of ['agent1@demo.local', 'specialist3@demo.local', 'supervisor@demo.local']) {
        const s = await login(server.url, email);
        const ids = new Set<string>();
        const tickets = new Set<string>();
        let sent = 0;
        let total: number | undefined;
        let cursor: number | null = null;
        let token: string | undefined;
        for (;;) {
          const r = await pull(server.url, s, cursor, 0, token);
          if (!('changes' in r)) throw new Error('refetch');
          total ??= r.total;
          sent += r.changes.length;
          for (const c of r.changes) {
            expect(ids.has(c.value.id)).toBe(false);
            ids.add(c.value.id);
            if (c.entity === 'ticket') tickets.add(c.value.id);
          }
          cursor = r.cursor;
          token = r.snapshot;
          if (!r.more) break;
        }
        expect(sent).toBe(total);
        // The scope rule read straight off the tickets (not the scope index): tier history, assignee,
        // participants; closed ones only within the history window.
        const a = s.agent;
        const rows = await opened.db.selectFrom('tickets').select(['id', 'tier_mask', 'assignee_id', 'status', 'updated_at']).where('tenant_id', '=', DEMO_TENANT_ID).execute();
        const worked = new Set((await opened.db.selectFrom('ticket_participants').select('ticket_id').where('agent_id', '=', a.id).execute()).map((p) => p.ticket_id));
        const expected = rows.filter(
          (t) => (t.status !== 'closed' || t.updated_at >= cutoff) && (a.role !== 'agent' || a.tier === null || (t.tier_mask & (1 << a.tier)) !== 0 || t.assignee_id === a.id || worked.has(t.id)),
        );
        expect(tickets).toEqual(new Set(expected.map((t) => t.id)));
      }
    } finally {
      await opened.db.destroy();
    }
  });

  it('acknowledges pushed mutations only with the last page, so a replica keeps them until their effects arrive', async () => {
    const anna = await login(server.url, 'agent1@demo.local');
    const first = await pull(server.url, anna, null);
    if (!('changes' in first)) throw new Error('refetch');
    const ticket = first.changes.find((c) => c.entity === 'ticket' && c.value.tier === 1 && c.value.status !== 'closed');
    if (!ticket || ticket.entity !== 'ticket') throw new Error('no tier 1 ticket on the first page');
    const res = await push(server.url, anna, [{ name: 'addTag', args: { ticketId: ticket.value.id, tag: 'paged' } }]);
    expect(res.lastMutationId).toBe(1);
    let cursor: number | null = null;
    let token: string | undefined;
    const acks: number[] = [];
    for (;;) {
      const r = await pull(server.url, anna, cursor, 0, token);
      if (!('changes' in r)) throw new Error('refetch');
      acks.push(r.lastMutationId);
      cursor = r.cursor;
      token = r.snapshot;
      if (!r.more) break;
    }
    expect(acks.length).toBeGreaterThan(1);
    expect(acks.slice(0, -1).every((a) => a === 0)).toBe(true);
    expect(acks.at(-1)).toBe(1);
  });
});
