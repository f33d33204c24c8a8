// A KPI report never holds up other requests: a report held on purpose in the middle of its work (the
// test seam KPI_REPORT_HOLD_FIFO: the report blocks its thread reading a FIFO, as a long SQLite statement
// blocks it) while /healthz, a pull and a push of another agent are answered; then the report finishes
// with the numbers of an unheld one. On SQLite the report runs in its worker thread; on PostgreSQL its
// queries are asynchronous anyway. On SQLite at most 4 wait behind a running report; the next is refused.
import { execFileSync } from 'node:child_process';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KpiReportResponse } from '../../../src/shared/index';
import { login, pull, push, type Session } from '../../../tests/support/api-client';
import { startServer, type ServerHandle } from '../../../tests/support/server-process';

describe.each(['sqlite', 'postgres'] as const)('KPI report off the event loop on %s', (db) => {
  let server: ServerHandle;
  let fifo: string;
  let sup: Session;
  let anna: Session;
  beforeAll(async () => {
    // The FIFO lives in a folder of its own made before the server starts (the server reads its path from env).
    const dir = execFileSync('mktemp', ['-d']).toString().trim();
    fifo = join(dir, 'hold');
    execFileSync('mkfifo', [fifo]);
    server = await startServer({ db, demo: true, env: { KPI_REPORT_HOLD_FIFO: fifo } });
    [sup, anna] = await Promise.all([login(server.url, 'supervisor@demo.local'), login(server.url, 'agent1@demo.local')]);
  });
  afterAll(async () => {
    // SIGKILL first: a server whose own thread is held (the failure this test is for) never handles SIGTERM.
    await server?.kill('SIGKILL');
    await server?.stop();
  });

  const report = (groupBy: string) =>
    fetch(`${server.url}/api/v1/reports/kpis?${new URLSearchParams({ from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date(Date.now() + 60_000).toISOString(), groupBy, interval: 'day' }).toString()}`, {
      headers: { authorization: `Bearer ${sup.token}` },
    });

  /** Lets the held report go on: opening the FIFO for writing waits until the report has opened it. */
  const release = async (writer: Awaited<ReturnType<typeof open>>) => {
    await writer.write('go');
    await writer.close();
  };

  it('answers /healthz, a pull and a push while a report is held in the middle of its work', async () => {
    let settled = false;
    const held = report('tier').then(async (r) => {
      settled = true;
      return { status: r.status, body: (await r.json()) as unknown };
    });
    // Resolves when the report's thread has opened the FIFO: the report is running and blocked.
    const writer = await open(fifo, 'w');
    try {
      const health = await fetch(`${server.url}/healthz`);
      expect(health.status).toBe(200);
      expect(await pull(server.url, anna, null)).toHaveProperty('changes');
      const taken = await push(server.url, anna, [{ name: 'setPresence', args: { presence: 'busy' } }]);
      expect(taken.refused).toEqual([]);
      expect(settled, 'the report is still held').toBe(false);
    } finally {
      await release(writer);
    }
    const done = await held;
    expect(done.status).toBe(200);
    // The same numbers as a report that was not held (the push above changes no KPI).
    const again = report('tier');
    await release(await open(fifo, 'w'));
    const unheld = KpiReportResponse.parse(await (await again).json());
    const got = KpiReportResponse.parse(done.body);
    expect(got.rows).toEqual(unheld.rows);
    expect(got.series?.length).toBe(2);
  });

  // SQLite only: there a report runs in the one worker and waits in its line; PostgreSQL's run side by side.
  const sqliteOnly = db === 'sqlite' ? it : () => undefined;
  sqliteOnly('refuses a report at once, 503 reports_busy, when 4 already wait behind a running one', async () => {
    const first = report('tier');
    const writer = await open(fifo, 'w'); // the first is running, held
    // Each answer wakes whoever waits for the next one (the releases below go one report at a time).
    let answered = 0;
    let wake: () => void = () => undefined;
    const extra = [1, 2, 3, 4, 5].map((i) =>
      report('tier').then(async (r) => {
        const a = { i, status: r.status, body: (await r.json()) as unknown };
        answered++;
        wake();
        return a;
      }),
    );
    const answerAfter = (n: number) => new Promise<void>((ok) => (wake = () => answered > n && ok())).then(() => undefined);
    // Four wait behind the held one; the fifth, whichever arrives last, is answered at once.
    const answeredFirst = await Promise.race(extra);
    try {
      expect(answeredFirst).toMatchObject({ status: 503, body: { error: 'busy', reason: 'reports_busy', params: {} } });
    } finally {
      await release(writer);
      await first;
      // One FIFO for every report: the next writer may open it only once the last reader has let go of it (its
      // report answered), or it would pair with that reader and leave the next report waiting for ever.
      for (let n = 0; n < 4; n++) {
        const next = answerAfter(answered);
        await release(await open(fifo, 'w'));
        await next;
      }
    }
    expect((await first).status).toBe(200);
    expect((await Promise.all(extra)).map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 503]);
  });

  it('keeps answering reports one after another on the same worker, and a bad one does not stop it', async () => {
    for (const groupBy of ['agent', 'channel']) {
      const r = report(groupBy);
      await release(await open(fifo, 'w'));
      expect((await r).status).toBe(200);
    }
    const bad = await fetch(`${server.url}/api/v1/reports/kpis?from=x&to=y&groupBy=tier`, { headers: { authorization: `Bearer ${sup.token}` } });
    expect(bad.status).toBe(400);
  });
});
