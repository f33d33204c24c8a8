// The KPI report three ways — the pure module, the server on SQLite, the server on PostgreSQL — on one
// fixed data set: the hand-made fixture written into the tables (numbers worked out by hand in
// src/shared/kpi/compute.test.ts), and a day of work done through the real write path (pushes, inbound
// contacts and messages, survey answers), whose rows are read back for the pure module. Plus who may
// read it, bad input and the CSV.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KpiReportResponse, uuidv7 } from '../../../src/shared/index';
import { computeKpis, GROUP_BYS, type KpiRow } from '../../../src/shared/kpi/index';
import { FIXTURE, PERIOD } from '../../../src/shared/kpi/test-support/fixture';
import { FIXTURE_COMPLAINTS } from './test-support/fixture-complaints';
import { login, push, type Session } from '../../../tests/support/api-client';
import { startServer, type ServerHandle } from '../../../tests/support/server-process';
import type { OpenedDb } from '../db/database';
import { DEMO_TENANT_ID } from '../seed/demo';
import { openServerDb } from '../testing/direct-db';
import { insertFixture, movedFixture } from './test-support/insert-fixture';
import { kpiInputOf } from './test-support/kpi-input';

/** The hand-made fixture with complaints on its tickets (one per ticket, as the data holds them). */
const WITH_COMPLAINTS = { ...FIXTURE, complaints: FIXTURE_COMPLAINTS };

describe.each(['sqlite', 'postgres'] as const)('KPI report on %s', (db) => {
  let server: ServerHandle;
  let direct: OpenedDb;
  let sup: Session;
  let anna: Session;
  let bela: Session;
  beforeAll(async () => {
    server = await startServer({ db, demo: true });
    direct = openServerDb(server);
    [sup, anna, bela] = await Promise.all([login(server.url, 'supervisor@demo.local'), login(server.url, 'agent1@demo.local'), login(server.url, 'specialist2@demo.local')]);
  });
  afterAll(async () => {
    await direct?.db.destroy();
    await server?.stop();
  });

  const get = async (query: Record<string, string>, token: string | null = sup.token) => {
    const r = await fetch(`${server.url}/api/v1/reports/kpis?${new URLSearchParams(query).toString()}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { status: r.status, type: r.headers.get('content-type') ?? '', text: await r.text() };
  };
  const report = async (from: string, to: string, groupBy: string) => {
    const r = await get({ from, to, groupBy });
    expect(r.status, r.text).toBe(200);
    return KpiReportResponse.strict().parse(JSON.parse(r.text));
  };

  let fixture: ReturnType<typeof movedFixture> | null = null;
  it('gives the hand-worked numbers of the fixture, the same as the pure module, per tier, agent and channel', async () => {
    const { input, period } = (fixture = movedFixture(WITH_COMPLAINTS, PERIOD, { a1: anna.agent.id, a2: bela.agent.id }));
    await insertFixture(direct.db, DEMO_TENANT_ID, input, 600_000);
    for (const by of GROUP_BYS) {
      const got = await report(period.from, period.to, by);
      expect(got.rows, by).toEqual(computeKpis(input, { ...period, asOf: got.asOf }, by));
      // Moving ids and dates changes no number: these are the ones worked out by hand.
      if (by !== 'agent') expect(got.rows, by).toEqual(computeKpis(WITH_COMPLAINTS, PERIOD, by));
    }
    const email = (await report(period.from, period.to, 'channel')).rows.find((r) => r.group === 'email')!;
    expect(email).toMatchObject({ solved: 4, created: 5, fcrPct: 25, firstResponseMedianSeconds: 1200, firstResponseP90Seconds: 5400, resolutionMedianSeconds: 14_400, resolutionP90Seconds: 79_200 });
    expect(email).toMatchObject({ firstResponseSlaPct: 60, resolutionSlaPct: 80, escalationRatePct: 20, reopenRatePct: 25, csatPct: 66.67, nps: 0 });
    // Complaints (fixture-complaints.ts, by hand): raised on 1 January, still open, by category.
    expect(email.complaints).toEqual({ count: 3, open: 1, byCategory: [{ category: 'billing', count: 1 }, { category: 'product', count: 1 }, { category: 'staff', count: 1 }] });
    const tiers = (await report(period.from, period.to, 'tier')).rows;
    expect(tiers.map((r) => [r.group, r.escalationRatePct])).toEqual([
      [1, 16.67],
      [2, 0],
    ]);
  });

  it('gives a day-by-day series: each day the pure module\'s KPIs of that day, per tier, agent and channel', async () => {
    expect(fixture, 'the fixture test runs first').not.toBeNull();
    const { input } = fixture!;
    // Three days around the fixture's day, starting at a non-midnight hour: days are 24-hour steps from `from`.
    const from = '2000-12-31T06:00:00.000Z';
    const to = '2001-01-03T00:00:00.000Z';
    for (const by of GROUP_BYS) {
      const r = await get({ from, to, groupBy: by, interval: 'day' });
      expect(r.status, r.text).toBe(200);
      const got = KpiReportResponse.strict().parse(JSON.parse(r.text));
      expect(got.rows, by).toEqual(computeKpis(input, { from, to, asOf: got.asOf }, by));
      const days = [
        ['2000-12-31T06:00:00.000Z', '2001-01-01T06:00:00.000Z'],
        ['2001-01-01T06:00:00.000Z', '2001-01-02T06:00:00.000Z'],
        ['2001-01-02T06:00:00.000Z', '2001-01-03T00:00:00.000Z'],
      ];
      expect(got.series?.map((d) => [d.from, d.to]), by).toEqual(days);
      expect(
        got.series?.map((d) => d.rows),
        by,
      ).toEqual(days.map(([f, t]) => computeKpis(input, { from: f!, to: t!, asOf: got.asOf }, by)));
    }
    // An independent check of one day: t6 (phone) was created on the first day, solved on the second.
    const channel = KpiReportResponse.parse(JSON.parse((await get({ from, to, groupBy: 'channel', interval: 'day' })).text));
    expect(channel.series!.map((d) => d.rows.find((x) => x.group === 'phone')?.solved ?? null)).toEqual([0, 1, null]);
    // The CSV of a series: a row per day and group, the day first.
    const csv = (await get({ from, to, groupBy: 'channel', interval: 'day', format: 'csv' })).text.split('\r\n');
    expect(csv[0]).toMatch(/^from,to,group,solved,/);
    expect(csv.slice(1, -1)).toHaveLength(channel.series!.reduce((n, d) => n + d.rows.length, 0));
    // At most 92 days in a series (1 January to 4 April is 93).
    const long = await get({ from: '2001-01-01T00:00:00.000Z', to: '2001-04-04T00:00:00.000Z', groupBy: 'tier', interval: 'day' });
    expect([long.status, JSON.parse(long.text)]).toMatchObject([400, { reason: 'report_range_too_long', params: { maxDays: 92 } }]);
  });

  it('counts a day of work done through the write path the way the pure module does', async () => {
    const from = new Date().toISOString();
    const to = new Date(Date.parse(from) + 86_400_000).toISOString();
    const inbound = async (path: string, body: unknown) => {
      const r = await fetch(`${server.url}/api/v1/inbound/${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': server.inboundKey }, body: JSON.stringify(body) });
      expect(r.status).toBe(200);
      return (await r.json()) as { ticketId: string; number: number };
    };
    const contact = (channel: string) => inbound('tickets', { channel, subject: 'KPI day', body: 'Help', customer: { name: 'Kim Customer', email: `k-${uuidv7()}@example.com` } });
    const row = (id: string) => direct.db.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const act = async (s: Session, name: string, args: (r: Awaited<ReturnType<typeof row>>) => Record<string, unknown>, ticketId: string) => {
      const refused = (await push(server.url, s, [{ name, args: { ticketId, ...args(await row(ticketId)) } }])).refused;
      expect(refused, name).toEqual([]);
    };
    const take = (s: Session, id: string) => act(s, 'assign', (r) => ({ assigneeId: s.agent.id, baseVersion: r.assignee_version }), id);
    const reply = (s: Session, id: string) => act(s, 'addMessage', () => ({ id: uuidv7(), kind: 'reply', body: 'Try this' }), id);
    const solve = (s: Session, id: string) => act(s, 'setStatus', (r) => ({ status: 'solved', baseVersion: r.status_version }), id);

    const a = await contact('chat'); // one reply, solved: a first-contact resolution
    await take(anna, a.ticketId);
    await reply(anna, a.ticketId);
    await solve(anna, a.ticketId);
    const b = await contact('email'); // two replies
    await take(anna, b.ticketId);
    await reply(anna, b.ticketId);
    await reply(anna, b.ticketId);
    await solve(anna, b.ticketId);
    const c = await contact('email'); // escalated to tier 2, solved there
    await take(anna, c.ticketId);
    await reply(anna, c.ticketId);
    await act(anna, 'escalate', (r) => ({ id: uuidv7(), toTier: 2, reason: 'needs a specialist', summary: 'Restarted, still failing', baseVersion: r.tier_version }), c.ticketId);
    await take(bela, c.ticketId);
    await solve(bela, c.ticketId);
    const d = await contact('social'); // solved, reopened by the customer writing again, solved again
    await take(anna, d.ticketId);
    await reply(anna, d.ticketId);
    await solve(anna, d.ticketId);
    expect(await inbound('messages', { ticketNumber: d.number, channel: 'social', body: 'Broken again' })).toMatchObject({ reopened: true });
    await solve(anna, d.ticketId);
    const e = await contact('phone'); // no answer, its first response deadline long past
    await direct.db.updateTable('tickets').set({ first_response_due_at: '2001-01-01T00:00:00.000Z' }).where('id', '=', e.ticketId).execute();
    for (const [t, csat, nps] of [
      [a, 5, 10],
      [b, 2, 3],
      [c, 4, 8],
      [d, undefined, 9],
    ] as const) {
      await inbound('survey', { ticketNumber: t.number, ...(csat === undefined ? {} : { csat }), nps });
    }
    // Complaints: one open on the chat ticket and one on the unanswered phone ticket, one closed on an e-mail.
    const complain = async (t: { ticketId: string }, category: string) => act(anna, 'raiseComplaint', () => ({ category, description: 'The customer complained' }), t.ticketId);
    await complain(a, 'billing');
    await complain(e, 'waiting_time');
    await complain(b, 'service');
    await act(anna, 'closeComplaint', () => ({}), b.ticketId);
    // The trigger recorded the reopen, the only one of the day.
    const reopens = await direct.db.selectFrom('ticket_reopens').selectAll().where('at', '>=', from).execute();
    expect(reopens.map((r) => [r.ticket_id, r.from_status, r.to_status])).toEqual([[d.ticketId, 'solved', 'open']]);

    const input = await kpiInputOf(direct.db, DEMO_TENANT_ID);
    const got = new Map<string, KpiRow[]>();
    for (const by of GROUP_BYS) {
      const r = await report(from, to, by);
      expect(r.rows, by).toEqual(computeKpis(input, { from, to, asOf: r.asOf }, by));
      got.set(by, r.rows);
    }
    // And the numbers this day was made to have, independent of both.
    const pick = (rows: KpiRow[], keys: (keyof KpiRow)[]) => rows.map((r) => [r.group, ...keys.map((k) => r[k])]);
    expect(pick(got.get('channel')!, ['solved', 'fcrPct', 'escalationRatePct', 'reopenRatePct', 'firstResponseSlaPct', 'csatPct', 'nps'])).toEqual([
      ['phone', 0, null, 0, null, 0, null, null],
      ['email', 2, 0, 50, 0, 100, 50, -50],
      ['chat', 1, 100, 0, 0, 100, 100, 100],
      ['social', 1, 0, 0, 100, 100, null, 100],
    ]);
    expect(pick(got.get('channel')!, ['complaints'])).toEqual([
      ['phone', { count: 1, open: 1, byCategory: [{ category: 'waiting_time', count: 1 }] }],
      ['email', { count: 1, open: 0, byCategory: [{ category: 'service', count: 1 }] }],
      ['chat', { count: 1, open: 1, byCategory: [{ category: 'billing', count: 1 }] }],
      ['social', { count: 0, open: 0, byCategory: [] }],
    ]);
    expect(pick(got.get('tier')!, ['solved', 'created', 'fcrPct', 'escalationRatePct'])).toEqual([
      [1, 3, 4, 33.33, 20],
      [2, 1, 1, 0, 0],
    ]);
  });

  it('answers supervisors only: 403 with a reason for a tier 1 agent, 401 without a session', async () => {
    const q = { from: '2026-01-01T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z', groupBy: 'tier' };
    const agent = await get(q, anna.token);
    expect([agent.status, JSON.parse(agent.text)]).toEqual([403, { error: 'forbidden', reason: 'reports_supervisors_only', params: {} }]);
    expect((await get({ ...q, format: 'csv' }, anna.token)).status).toBe(403);
    expect((await get(q, null)).status).toBe(401);
    expect((await get(q, 'not-a-token')).status).toBe(401);
    expect((await get(q)).status).toBe(200);
  });

  it('refuses a bad period or grouping with a reason', async () => {
    const ok = { from: '2026-01-01T00:00:00.000Z', to: '2026-02-01T00:00:00.000Z', groupBy: 'agent' };
    const cases: [Record<string, string>, string][] = [
      [{ ...ok, to: ok.from }, 'report_range_backwards'],
      [{ ...ok, from: ok.to, to: ok.from }, 'report_range_backwards'],
      [{ ...ok, to: '2027-01-03T00:00:00.000Z' }, 'report_range_too_long'],
      [{ ...ok, groupBy: 'team' }, 'invalid_field'],
      [{ ...ok, from: 'yesterday' }, 'invalid_field'],
      [{ ...ok, format: 'xlsx' }, 'invalid_field'],
      [{ from: ok.from, groupBy: 'tier' }, 'invalid_field'],
    ];
    for (const [q, why] of cases) {
      const r = await get(q);
      expect([r.status, (JSON.parse(r.text) as { reason: string }).reason], JSON.stringify(q)).toEqual([400, why]);
    }
    // 366 days is the limit, and an instant without milliseconds is one.
    expect((await get({ ...ok, from: '2026-01-01T00:00:00Z', to: '2027-01-02T00:00:00Z' })).status).toBe(200);
  });

  it('exports CSV: a header row, one row per group', async () => {
    const q = { from: '2001-01-01T00:00:00.000Z', to: '2001-01-02T00:00:00.000Z', groupBy: 'channel' };
    const json = await report(q.from, q.to, q.groupBy);
    const csv = await get({ ...q, format: 'csv' });
    expect([csv.status, csv.type]).toEqual([200, 'text/csv; charset=utf-8']);
    const lines = csv.text.split('\r\n');
    expect(lines[0]!.split(',').slice(0, 4)).toEqual(['group', 'solved', 'created', 'fcrPct']);
    expect(lines.slice(1, -1).map((l) => l.split(',')[0])).toEqual(json.rows.map((r) => String(r.group)));
    expect(lines.find((l) => l.startsWith('email,'))).toMatch(/^email,4,5,25,1200,5400,14400,79200,60,80,20,25,66\.67,3,0,2,3,1$/);
  });
});
