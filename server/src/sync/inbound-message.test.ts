// A customer writes again (POST /inbound/messages) against a real server on SQLite and PostgreSQL: each
// lookup (number, [#n] in the subject, the customer's latest open ticket), the reopen rule, a closed
// ticket's follow-up, the key and body checks, another organisation's numbers, and the pull and poke
// an agent's workstation gets.
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { InboundMessageResponse, uuidv7, type Ticket } from '../../../src/shared/index';
import { newTicket } from '../../../src/shared/new-ticket';
import { login, pull, push, type Session } from '../../../tests/support/api-client';
import type { ServerHandle } from '../../../tests/support/server-process';
import type { OpenedDb } from '../db/database';
import { DEMO_TENANT_ID } from '../seed/demo';
import { withDemoServer } from '../testing/demo-server';
import { ticketRow } from './rows';

describe.each(['sqlite', 'postgres'] as const)('inbound customer messages on %s', (db) => {
  let server: ServerHandle;
  let direct: OpenedDb;
  let sup: Session;
  withDemoServer(db, (d) => ({ server, direct, sup } = d));

  const post = async (path: string, body: unknown, key: string | null = server.inboundKey) => {
    const r = await fetch(`${server.url}/api/v1/inbound/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key === null ? {} : { 'x-api-key': key }) },
      body: JSON.stringify(body),
    });
    return { status: r.status, body: (await r.json()) as Record<string, unknown> };
  };
  const write = async (body: Record<string, unknown>) => {
    const r = await post('messages', { channel: 'email', body: 'Any news?', ...body });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    // The answer is the contract's, exactly.
    return InboundMessageResponse.strict().parse(r.body);
  };
  /** A fresh customer's first ticket, through the inbound tickets route. */
  const contact = async (email = `c-${uuidv7()}@example.com`, phone?: string) => {
    const r = await post('tickets', { channel: 'email', subject: 'My printer', body: 'It jams', customer: { name: 'Ada Customer', email, ...(phone ? { phone } : {}) } });
    expect(r.status).toBe(200);
    return { ...(r.body as { ticketId: string; number: number; customerId: string }), email };
  };
  const row = (id: string) => direct.db.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const messagesOf = (id: string) => direct.db.selectFrom('messages').select(['id', 'kind', 'author_id', 'body', 'channel']).where('ticket_id', '=', id).orderBy('created_at').execute();
  const setStatus = async (id: string, status: Ticket['status']) => {
    const r = await row(id);
    expect((await push(server.url, sup, [{ name: 'setStatus', args: { ticketId: id, status, baseVersion: r.status_version } }])).refused).toEqual([]);
  };

  it('finds the ticket by the number given, and writes the message as the customer’s', async () => {
    const t = await contact();
    const a = await write({ ticketNumber: t.number, channel: 'chat', body: 'Still jams' });
    expect(a).toMatchObject({ ticketId: t.ticketId, number: t.number, created: false, reopened: false, followUpOf: null });
    const last = (await messagesOf(t.ticketId)).at(-1);
    expect(last).toEqual({ id: a.messageId, kind: 'customer', author_id: t.customerId, body: 'Still jams', channel: 'chat' });
  });

  it('finds the ticket by a [#n] in the subject when no number is given', async () => {
    const t = await contact();
    const a = await write({ subject: `Re: [#${t.number}] My printer`, customer: { email: `someone-else-${uuidv7()}@example.com` } });
    expect(a).toMatchObject({ ticketId: t.ticketId, created: false });
  });

  it('finds the customer’s most recently updated open ticket by e-mail or phone, not a solved one', async () => {
    const email = `two-${uuidv7()}@example.com`;
    // Each run has its own database: a fixed, fictional number is this test's alone.
    const phone = '+1 555 0100 777';
    const first = await contact(email, phone);
    const second = await contact(email);
    // The first ticket changes last: it is the one the customer's next message belongs to.
    await push(server.url, sup, [{ name: 'addTag', args: { ticketId: first.ticketId, tag: 'touched' } }]);
    expect(await write({ customer: { email: email.toUpperCase() } })).toMatchObject({ ticketId: first.ticketId, created: false });
    expect(await write({ channel: 'phone', customer: { phone } })).toMatchObject({ ticketId: first.ticketId, created: false });
    await setStatus(first.ticketId, 'solved');
    await setStatus(second.ticketId, 'solved');
    const fresh = await write({ customer: { email } });
    expect(fresh.created).toBe(true);
    expect(await row(fresh.ticketId)).toMatchObject({ customer_id: first.customerId, status: 'new', tier: 1, customer_unverified: 1 });
  });

  it('puts a pending or a solved ticket back to open; an open or on-hold one keeps its status', async () => {
    for (const status of ['pending', 'solved'] as const) {
      const t = await contact();
      await setStatus(t.ticketId, status);
      const before = await row(t.ticketId);
      expect(await write({ ticketNumber: t.number })).toMatchObject({ ticketId: t.ticketId, created: false, reopened: true });
      const after = await row(t.ticketId);
      expect([after.status, after.solved_at]).toEqual(['open', null]);
      expect(after.status_version).toBeGreaterThan(before.status_version);
    }
    for (const status of ['open', 'on_hold'] as const) {
      const t = await contact();
      await setStatus(t.ticketId, status);
      expect(await write({ ticketNumber: t.number })).toMatchObject({ reopened: false });
      expect((await row(t.ticketId)).status).toBe(status);
    }
  });

  it('never reopens a closed ticket: the message starts a follow-up ticket for the same customer that names it', async () => {
    const t = await contact();
    await push(server.url, sup, [{ name: 'setPriority', args: { ticketId: t.ticketId, priority: 'high' } }]);
    await setStatus(t.ticketId, 'closed');
    const a = await write({ ticketNumber: t.number, body: 'It is back' });
    expect(a).toMatchObject({ created: true, reopened: false, followUpOf: t.number });
    expect(a.ticketId).not.toBe(t.ticketId);
    expect(a.number).not.toBe(t.number);
    expect(await row(a.ticketId)).toMatchObject({ customer_id: t.customerId, subject: 'My printer', priority: 'high', status: 'new', tags: JSON.stringify([`follow-up:${t.number}`]) });
    expect((await messagesOf(a.ticketId)).map((m) => [m.kind, m.body])).toEqual([['customer', 'It is back']]);
    expect((await row(t.ticketId)).status).toBe('closed');
    expect(await messagesOf(t.ticketId)).toHaveLength(1);
  });

  it('starts a new ticket and customer when nothing matches; a new customer needs a name and an e-mail or phone', async () => {
    const email = `new-${uuidv7()}@example.com`;
    const a = await write({ channel: 'chat', body: '\nHello, my order\nis late', customer: { name: 'Bea New', email } });
    expect(a).toMatchObject({ created: true, reopened: false, followUpOf: null });
    const t = await row(a.ticketId);
    expect(t).toMatchObject({ subject: 'Hello, my order', channel: 'chat', priority: 'normal', customer_unverified: 0 });
    expect(await direct.db.selectFrom('customers').select(['name', 'email']).where('id', '=', t.customer_id).executeTakeFirst()).toEqual({ name: 'Bea New', email });
    const noName = await post('messages', { channel: 'email', body: 'Hi', customer: { email: `nameless-${uuidv7()}@example.com` } });
    expect([noName.status, noName.body.reason]).toEqual([400, 'contact_needs_name']);
    const noContact = await post('messages', { channel: 'chat', body: 'Hi', customer: { name: 'Anon' } });
    expect([noContact.status, noContact.body.reason]).toEqual([400, 'contact_needs_email_or_phone']);
  });

  it('refuses a missing or wrong key with 401, and a bad body with 400 and its reason, writing nothing', async () => {
    const t = await contact();
    const count = async () => (await messagesOf(t.ticketId)).length;
    expect((await post('messages', { ticketNumber: t.number, channel: 'email', body: 'x' }, null)).status).toBe(401);
    const wrong = await post('messages', { ticketNumber: t.number, channel: 'email', body: 'x' }, 'not-the-key');
    expect([wrong.status, wrong.body.reason]).toEqual([401, 'inbound_key_required']);
    const bad = [
      { ticketNumber: t.number, channel: 'email' },
      { ticketNumber: t.number, channel: 'fax', body: 'x' },
      { ticketNumber: t.number, channel: 'email', body: 'x'.repeat(20001) },
      { ticketNumber: t.number, channel: 'email', body: 'x', subject: 's'.repeat(201) },
      { ticketNumber: -1, channel: 'email', body: 'x' },
    ];
    for (const body of bad) {
      const r = await post('messages', body);
      expect([r.status, r.body.error], JSON.stringify(body).slice(0, 80)).toEqual([400, 'invalid']);
      expect(typeof r.body.reason).toBe('string');
    }
    expect(await count()).toBe(1);
  });

  it('never finds another organisation’s ticket by its number', async () => {
    const other = uuidv7();
    const at = new Date(Date.now() + 1000).toISOString();
    await direct.db.insertInto('tenants').values({ id: other, name: 'Other', version: 1, min_cursor: 0, next_ticket_number: 900_001, created_at: at }).execute();
    const theirCustomer = uuidv7();
    await direct.db
      .insertInto('customers')
      .values({ id: theirCustomer, tenant_id: other, name: 'Their Customer', email: null, email_norm: null, phone: null, phone_norm: null, language: 'en', preferred_channel: 'email', vip: 0, notes: '', created_at: at, updated_at: at, version: 1 })
      .execute();
    const theirs = { ...newTicket(at, { id: uuidv7(), subject: 'Theirs', channel: 'email', priority: 'normal', status: 'pending', tier: 1, assigneeId: null, customerId: theirCustomer, customerUnverified: false }), number: 900_000, version: 1 };
    await direct.db.insertInto('tickets').values(ticketRow(theirs, other)).execute();
    const a = await write({ ticketNumber: 900_000, subject: '[#900000] hello', customer: { name: 'Cy Mine', email: `mine-${uuidv7()}@example.com` } });
    expect(a.created).toBe(true);
    expect(a.number).not.toBe(900_000);
    expect(await row(a.ticketId)).toMatchObject({ tenant_id: DEMO_TENANT_ID });
    expect(await row(theirs.id)).toMatchObject({ status: 'pending', version: 1 });
    expect(await messagesOf(theirs.id)).toEqual([]);
  });

  it('reaches a tier 1 agent’s next pull, and pokes the agent’s connected workstation', async () => {
    const anna = await login(server.url, 'agent1@demo.local');
    const t = await contact();
    const start = await pull(server.url, anna, null);
    if (!('cursor' in start)) throw new Error('refetch');
    let cursor = start.cursor;
    for (let more = start.more, token = start.snapshot; more; ) {
      const page = await pull(server.url, anna, cursor, 0, token);
      if (!('cursor' in page)) throw new Error('refetch');
      [cursor, more, token] = [page.cursor, page.more, page.snapshot];
    }
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/api/v1/sync/stream`, { headers: { authorization: `Bearer ${anna.token}` } });
    const versions: number[] = [];
    const waiters: Array<() => void> = [];
    ws.on('message', (d) => {
      versions.push((JSON.parse(String(d)) as { version: number }).version);
      waiters.splice(0).forEach((w) => w());
    });
    const pokeAbove = async (v: number) => {
      while (!versions.some((x) => x > v)) await new Promise<void>((r) => waiters.push(r));
    };
    await pokeAbove(-1); // the version on connect
    const connected = Math.max(...versions);
    await setStatus(t.ticketId, 'pending');
    const a = await write({ ticketNumber: t.number, body: 'I have the receipt' });
    await pokeAbove(connected);
    ws.close();
    const next = await pull(server.url, anna, cursor);
    if (!('changes' in next)) throw new Error('refetch');
    const message = next.changes.find((c) => c.entity === 'message' && c.value.id === a.messageId);
    const ticket = next.changes.find((c) => c.entity === 'ticket' && c.value.id === t.ticketId);
    expect(message?.value).toMatchObject({ kind: 'customer', body: 'I have the receipt', authorId: t.customerId });
    expect(ticket?.value).toMatchObject({ status: 'open' });
  });
});
