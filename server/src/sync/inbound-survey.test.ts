// A survey answer posted by an external system (POST /inbound/survey) against a real server on SQLite and
// PostgreSQL: stored for the ticket of that number, the key and body checks, nothing stored when refused,
// and another organisation's ticket is not found.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InboundSurveyResponse, uuidv7 } from '../../../src/shared/index';
import { newTicket } from '../../../src/shared/new-ticket';
import { startServer, type ServerHandle } from '../../../tests/support/server-process';
import type { OpenedDb } from '../db/database';
import { DEMO_TENANT_ID } from '../seed/demo';
import { openServerDb } from '../testing/direct-db';
import { ticketRow } from './rows';

describe.each(['sqlite', 'postgres'] as const)('inbound survey answers on %s', (db) => {
  let server: ServerHandle;
  let direct: OpenedDb;
  beforeAll(async () => {
    server = await startServer({ db, demo: true });
    direct = openServerDb(server);
  });
  afterAll(async () => {
    await direct?.db.destroy();
    await server?.stop();
  });

  const post = async (path: string, body: unknown, key: string | null = server.inboundKey) => {
    const r = await fetch(`${server.url}/api/v1/inbound/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key === null ? {} : { 'x-api-key': key }) },
      body: JSON.stringify(body),
    });
    return { status: r.status, body: (await r.json()) as Record<string, unknown> };
  };
  const contact = async () => {
    const r = await post('tickets', { channel: 'chat', subject: 'Router', body: 'No light', customer: { name: 'Ada Customer', email: `s-${uuidv7()}@example.com` } });
    expect(r.status).toBe(200);
    return r.body as { ticketId: string; number: number };
  };
  const surveysOf = (ticketId: string) => direct.db.selectFrom('surveys').selectAll().where('ticket_id', '=', ticketId).execute();

  it('stores the answer for the ticket of that number, from the inbound source', async () => {
    const t = await contact();
    const before = new Date().toISOString();
    const r = await post('survey', { ticketNumber: t.number, csat: 4, nps: 9, comment: '  Quick and kind  ' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const a = InboundSurveyResponse.strict().parse(r.body);
    expect(a.ticketId).toBe(t.ticketId);
    const rows = await surveysOf(t.ticketId);
    expect(rows).toEqual([{ id: a.surveyId, tenant_id: DEMO_TENANT_ID, ticket_id: t.ticketId, csat: 4, nps: 9, comment: 'Quick and kind', source: 'inbound', at: rows[0]!.at }]);
    expect(rows[0]!.at >= before).toBe(true);
    // Either score alone is an answer.
    expect((await post('survey', { ticketNumber: t.number, nps: 0 })).status).toBe(200);
    expect((await post('survey', { ticketNumber: t.number, csat: 1 })).status).toBe(200);
    expect((await surveysOf(t.ticketId)).map((s) => [s.csat, s.nps, s.comment])).toEqual(
      expect.arrayContaining([
        [null, 0, null],
        [1, null, null],
      ]),
    );
  });

  it('refuses a body out of bounds with a reason, and stores nothing', async () => {
    const t = await contact();
    const bad: [unknown, string | null][] = [
      [{ ticketNumber: t.number }, 'survey_needs_answer'],
      [{ ticketNumber: t.number, comment: 'no score' }, 'survey_needs_answer'],
      [{ ticketNumber: t.number, csat: 0 }, null],
      [{ ticketNumber: t.number, csat: 6 }, null],
      [{ ticketNumber: t.number, csat: 4.5 }, null],
      [{ ticketNumber: t.number, nps: 11 }, null],
      [{ ticketNumber: t.number, nps: -1 }, null],
      [{ ticketNumber: t.number, csat: 5, comment: 'x'.repeat(1001) }, null],
      [{ ticketNumber: t.number, csat: 5, comment: 'bell\u0007' }, null],
      [{ ticketNumber: t.number, csat: 5, source: 'agent' }, null],
      [{ csat: 5 }, null],
      [{ ticketNumber: 'one', csat: 5 }, null],
    ];
    for (const [body, why] of bad) {
      const r = await post('survey', body);
      expect([r.status, r.body.error], JSON.stringify(body).slice(0, 80)).toEqual([400, 'invalid']);
      expect(typeof r.body.reason).toBe('string');
      if (why) expect(r.body.reason).toBe(why);
    }
    // A comment of exactly 1,000 characters is fine.
    expect((await post('survey', { ticketNumber: t.number, csat: 5, comment: 'y'.repeat(1000) })).status).toBe(200);
    expect(await surveysOf(t.ticketId)).toHaveLength(1);
  });

  it('needs the inbound API key', async () => {
    const t = await contact();
    expect((await post('survey', { ticketNumber: t.number, csat: 5 }, null)).status).toBe(401);
    expect((await post('survey', { ticketNumber: t.number, csat: 5 }, 'wrong-key')).status).toBe(401);
    expect(await surveysOf(t.ticketId)).toEqual([]);
  });

  it('does not find a number nobody has, nor another organisation’s ticket', async () => {
    expect(await post('survey', { ticketNumber: 2_000_000_000, csat: 5 })).toMatchObject({ status: 404, body: { error: 'not_found', reason: 'ticket_not_found' } });
    const other = uuidv7();
    const at = new Date(Date.now() + 1000).toISOString();
    await direct.db.insertInto('tenants').values({ id: other, name: 'Other', version: 1, min_cursor: 0, next_ticket_number: 800_001, created_at: at }).execute();
    const theirCustomer = uuidv7();
    await direct.db
      .insertInto('customers')
      .values({ id: theirCustomer, tenant_id: other, name: 'Their Customer', email: null, email_norm: null, phone: null, phone_norm: null, language: 'en', preferred_channel: 'email', vip: 0, notes: '', created_at: at, updated_at: at, version: 1 })
      .execute();
    const theirs = { ...newTicket(at, { id: uuidv7(), subject: 'Theirs', channel: 'email', priority: 'normal', status: 'solved', tier: 1, assigneeId: null, customerId: theirCustomer, customerUnverified: false }), number: 800_000, version: 1 };
    await direct.db.insertInto('tickets').values(ticketRow(theirs, other)).execute();
    expect(await post('survey', { ticketNumber: 800_000, csat: 5 })).toMatchObject({ status: 404, body: { error: 'not_found', reason: 'ticket_not_found' } });
    expect(await surveysOf(theirs.id)).toEqual([]);
  });
});
