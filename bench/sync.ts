// A tier 1 agent's first sync and daily use at a call center's size, end to end: TICKETS generated tickets
// (~1 KB, one customer message each, 60% tier 1) in the real server on SQLite, the browser edition, and
// the console in Chromium. Prints figures, asserts nothing.
// Run: npm run bench:sync   (env: TICKETS=100000 CUSTOMERS=20000 KEYS=60 NOTES=30 EDITS=2000 STATUS_EDITS=40
//      FILTER=service; E2E_SKIP_BUILD=1 to reuse out/; TICKETS=5000 for a quick check)
// The browser edition reaches the server through a TCP proxy the bench cuts for the offline edits.
import { execFileSync } from 'node:child_process';
import { chromium, type Page } from '@playwright/test';
import { uuidv7 } from '../src/shared/index';
import buildOnce from '../tests/e2e/support/build-once';
import { startBrowserEdition } from '../tests/e2e/support/browser-edition';
import { LoginPage } from '../tests/e2e/pages/login-page';
import { generate } from '../tests/support/big-tenant';
import { login, push } from '../tests/support/api-client';
import { startServer } from '../tests/support/server-process';
import { startTcpProxy } from '../tests/support/tcp-proxy';
import { waitForNote, watchInPage, type InPage } from './sync/in-page';
import { filterToRows, keyboardEdits, rawInsertOfReplica, wordIndexDone } from './sync/in-page-actions';
import { offlineEdits } from './sync/outage';

const TICKETS = Number(process.env.TICKETS ?? 100_000);
const CUSTOMERS = Number(process.env.CUSTOMERS ?? 20_000);
const KEYS = Number(process.env.KEYS ?? 60);
const NOTES = Number(process.env.NOTES ?? 30);
const EDITS = Number(process.env.EDITS ?? 2000);
const STATUS_EDITS = Number(process.env.STATUS_EDITS ?? 40);
/** Every generated subject has it (tests/support/big-tenant.ts): the commonest word there is. */
const FILTER = process.env.FILTER ?? 'service';

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
const ms = (n: number) => `${n.toFixed(0)} ms`;
const bench = (page: Page) => page.evaluate(() => window.__bench!);
const frames = (page: Page, n: number) =>
  page.evaluate(
    (k) =>
      new Promise<void>((ok) => {
        let left = k;
        const step = () => (--left <= 0 ? ok() : requestAnimationFrame(step));
        requestAnimationFrame(step);
      }),
    n,
  );

/** RSS (MB) of this process's children whose command line matches. */
function rss(match: string): string {
  const out = execFileSync('ps', ['-o', 'rss=,args=', '--ppid', String(process.pid)]).toString();
  const line = out.split('\n').find((l) => l.includes(match));
  return line ? `${(Number(line.trim().split(/\s+/)[0]) / 1024).toFixed(0)} MB` : 'n/a';
}

async function main() {
  buildOnce();
  const server = await startServer({ db: 'sqlite', demo: true });
  const proxy = await startTcpProxy({ port: server.port });
  const edition = await startBrowserEdition(proxy.url);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--enable-precise-memory-info'],
  });
  try {
    const took = await generate(server, { tickets: TICKETS, customers: CUSTOMERS });
    console.log(`generated ${TICKETS} tickets, ${CUSTOMERS} customers in ${took.toFixed(1)} s (SQLite)`);
    const context = await browser.newContext();
    const page = await context.newPage();
    // tsx keeps function names with a helper the page does not have.
    await page.addInitScript({ content: 'window.__name = (f) => f;' });
    await page.addInitScript(watchInPage);
    await page.goto(edition.url);
    await new LoginPage(page).signIn('agent1@demo.local', 'demo');

    await page.waitForFunction(() => window.__bench!.barTo !== null, undefined, { timeout: 30 * 60_000, polling: 500 });
    const sync: InPage = await bench(page);
    const total = await page.evaluate(() =>
      Number(document.querySelector('[data-testid="queue-count-tier"]')?.textContent?.replace(/,/g, '') ?? NaN),
    );
    const changes = await page.evaluate(async () => {
      const names = (await indexedDB.databases()).map((d) => d.name).filter((n) => n?.startsWith('agent-console-'));
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const o = indexedDB.open(names[0]!);
        o.onsuccess = () => ok(o.result);
        o.onerror = () => fail(o.error);
      });
      const count = (store: string) =>
        new Promise<number>((ok) => {
          const r = db.transaction(store).objectStore(store).count();
          r.onsuccess = () => ok(r.result);
        });
      const n = (await count('tickets')) + (await count('messages')) + (await count('customers'));
      db.close();
      return n;
    });
    const seconds = (sync.barTo! - sync.barFrom!) / 1000;
    const during = sync.long.filter((t) => t.start >= sync.barFrom! && t.start <= sync.barTo!);
    console.log(
      `first sync: ${changes} rows (tickets, messages, customers) in ${seconds.toFixed(1)} s = ${Math.round(changes / seconds)} rows/s; open in tier: ${total}`,
    );
    console.log(
      `  UI tasks over 50 ms during it: ${during.length}, longest ${ms(Math.max(0, ...during.map((t) => t.duration)))}`,
    );
    // The worker builds the filter's word index after the bar (word-index.ts); every figure below is
    // taken once it is complete, so none of them shares the machine with it.
    const indexFrom = performance.now();
    while (!(await page.evaluate(wordIndexDone))) await new Promise((ok) => setTimeout(ok, 100));
    console.log(`  word index built after it (the filter checks rows meanwhile): ${((performance.now() - indexFrom) / 1000).toFixed(1)} s (polled every 100 ms)`);
    const raw = await page.evaluate(rawInsertOfReplica);
    console.log(
      `  raw IndexedDB bulk insert of the same ${raw.rows} rows in this page: ${Math.round(raw.rowsPerS)} rows/s; first sync ${(changes / seconds / raw.rowsPerS).toFixed(2)}× that`,
    );

    const reloads: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.reload();
      await page.waitForFunction(() => window.__bench!.firstRowAt !== null, undefined, { timeout: 60_000 });
      reloads.push((await bench(page)).firstRowAt!);
    }
    console.log(`reload → first queue rows painted: ${reloads.map(ms).join(', ')}`);

    await page.getByTestId('queue-row').first().waitFor();
    await frames(page, 10);
    for (let i = 0; i < KEYS; i++) {
      await page.keyboard.press('j');
      await frames(page, 2);
    }
    const keys = (await bench(page)).keys;
    console.log(`j keydown → next frame (${keys.length}): p50 ${ms(pct(keys, 50))}, p95 ${ms(pct(keys, 95))}`);

    await page.keyboard.press('Enter');
    const ticketId = await page.getByTestId('ticket-view').getAttribute('data-ticket-id');
    if (!ticketId) throw new Error('no ticket open');
    const other = await login(server.url, 'agent1b@demo.local');
    const seen: number[] = [];
    for (let i = 0; i < NOTES; i++) {
      const text = `bench note ${i} ${uuidv7()}`;
      const visible = page.evaluate(waitForNote, text);
      await frames(page, 1);
      const t0 = Date.now();
      const r = await push(server.url, other, [
        { name: 'addMessage', args: { id: uuidv7(), ticketId, kind: 'note', body: text } },
      ]);
      if (r.refused.length) throw new Error(`note refused: ${JSON.stringify(r.refused)}`);
      seen.push((await visible) - t0);
    }
    console.log(
      `another agent's note → visible (${seen.length}, from its push): p50 ${ms(pct(seen, 50))}, p99 ${ms(pct(seen, 99))}`,
    );

    const status = await page.evaluate(keyboardEdits, { count: STATUS_EDITS, menuKey: 's' as const, values: ['pending', 'open'] as [string, string] });
    console.log(`status from the keyboard (s, number) → paint (${status.paints.length}): p50 ${ms(pct(status.paints, 50))}, p95 ${ms(pct(status.paints, 95))}`);

    // The filter on the tier's whole queue (the largest the agent has), the ticket staying open.
    await page.keyboard.press('g');
    await page.keyboard.press('t');
    await page.getByTestId('queue-tab-tier').and(page.locator('[aria-current="page"]')).waitFor();
    const filtered: { rowsMs: number; countMs: number; status: string }[] = [];
    for (let i = 0; i < 5; i++) filtered.push(await page.evaluate(filterToRows, FILTER));
    console.log(
      `queue filter "${FILTER}" → rows (${filtered.length}): ${filtered.map((f) => ms(f.rowsMs)).join(', ')}; → its count: ${filtered.map((f) => ms(f.countMs)).join(', ')} ("${filtered.at(-1)?.status}")`,
    );

    const me = await login(server.url, 'agent1@demo.local');
    const out = await offlineEdits(page, server.url, proxy, { ticketId, agentId: me.agent.id, count: EDITS });
    console.log(
      `${EDITS} priority edits from the keyboard with the backend unreachable: ${(out.editsMs / 1000).toFixed(1)} s (${ms(out.editsMs / EDITS)} each); key → paint p50 ${ms(pct(out.paints, 50))}, p95 ${ms(pct(out.paints, 95))}`,
    );
    console.log(`  link back → all ${EDITS} on the server (asked through its HTTP API, ${out.asks} asks): ${ms(out.drainMs)}`);

    const cdp = await context.newCDPSession(page);
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    console.log(
      `memory: renderer JS heap ${(heap.usedSize / 2 ** 20).toFixed(0)} MB, browser edition RSS ${rss('browser-edition')} (its Node service stands in for Electron main), server RSS ${rss('server/src/index.ts')}`,
    );
  } finally {
    await browser.close();
    await edition.stop();
    await proxy.close();
    await server.stop();
  }
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
