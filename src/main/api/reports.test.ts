// reports.kpis / reports.kpisCsv through the dispatcher against a real server on both databases: main
// asks with the session token it holds, passes the server's answer on, and turns a 403 into 'forbidden'
// (with the server's reason), no session into 'unauthorized', an unreachable server into 'offline'.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type ServerHandle } from '../../../tests/support/server-process';
import { login } from '../../../tests/support/api-client';
import { createMainServices, type MainServices } from '../services';
import { createMemorySecretStore } from '../services/secret-store-memory';
import { dispatch } from './dispatch';
import { createApiHandlers } from './handlers';

describe.each(['sqlite', 'postgres'] as const)('the KPI report through main on %s', (db) => {
  let server: ServerHandle;
  const opened: MainServices[] = [];
  beforeAll(async () => {
    server = await startServer({ db, demo: true });
  });
  afterAll(async () => {
    for (const s of opened) await s.dispose();
    await server?.stop();
  });

  const signedIn = async (email: string | null) => {
    const services = createMainServices({ serverUrl: server.url, streamUrl: 'http://127.0.0.1:9', secrets: createMemorySecretStore(), edition: 'browser' });
    opened.push(services);
    if (email) await services.session.login(email, 'demo');
    const handlers = createApiHandlers(services);
    return (name: string, input: unknown) => dispatch(handlers, name, input);
  };
  const period = { from: new Date(Date.now() - 7 * 86_400_000).toISOString(), to: new Date(Date.now() + 60_000).toISOString(), groupBy: 'channel' };
  const direct = async (query: Record<string, string>, token: string) => {
    const r = await fetch(`${server.url}/api/v1/reports/kpis?${new URLSearchParams(query).toString()}`, { headers: { authorization: `Bearer ${token}` } });
    return r.text();
  };

  it('gives a supervisor the server\'s own report and CSV', async () => {
    const call = await signedIn('supervisor@demo.local');
    const sup = await login(server.url, 'supervisor@demo.local');
    const got = await call('reports.kpis', { ...period, interval: 'day' });
    expect(got.ok).toBe(true);
    const theirs = JSON.parse(await direct({ ...period, interval: 'day' }, sup.token)) as { rows: unknown[]; series: unknown[] };
    const mine = (got as { value: { rows: unknown[]; series: unknown[] } }).value;
    expect(mine.rows).toEqual(theirs.rows);
    expect(mine.series).toHaveLength(theirs.series.length);
    const csv = await call('reports.kpisCsv', period);
    expect(csv).toEqual({ ok: true, value: { csv: await direct({ ...period, format: 'csv' }, sup.token), fileName: `kpis-channel-${period.from.slice(0, 10)}-${period.to.slice(0, 10)}.csv` } });
  });

  it('answers a tier 1 agent forbidden, with the server\'s reason', async () => {
    const call = await signedIn('agent1@demo.local');
    for (const name of ['reports.kpis', 'reports.kpisCsv']) {
      expect(await call(name, period)).toEqual({ ok: false, error: { code: 'forbidden', reason: 'reports_supervisors_only', params: {} } });
    }
  });

  it('refuses without a session, and a bad period before asking the server', async () => {
    expect(await (await signedIn(null))('reports.kpis', period)).toMatchObject({ ok: false, error: { code: 'unauthorized', reason: 'sign_in_first' } });
    const call = await signedIn('supervisor@demo.local');
    expect(await call('reports.kpis', { ...period, to: period.from })).toMatchObject({ ok: false, error: { code: 'invalid', reason: 'report_range_backwards' } });
    expect(await call('reports.kpis', { ...period, from: '2020-01-01T00:00:00.000Z' })).toMatchObject({ ok: false, error: { code: 'invalid', reason: 'report_range_too_long', params: { maxDays: 366 } } });
    expect(await call('reports.kpis', { ...period, from: '2026-01-01T00:00:00.000Z', to: '2026-06-01T00:00:00.000Z', interval: 'day' })).toMatchObject({ ok: false, error: { reason: 'report_range_too_long', params: { maxDays: 92 } } });
    expect(await call('reports.kpis', { ...period, groupBy: 'team' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await call('reports.kpis', { ...period, token: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('says offline when the server cannot be reached', async () => {
    const call = await signedIn('supervisor@demo.local');
    await server.kill('SIGTERM');
    try {
      expect(await call('reports.kpis', period)).toMatchObject({ ok: false, error: { code: 'offline', reason: 'unreachable' } });
    } finally {
      await server.restart();
    }
  });
});
