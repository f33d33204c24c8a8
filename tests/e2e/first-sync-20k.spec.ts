import { test, expect, DEMO } from './fixtures';
import { startBrowserEdition } from './support/browser-edition';
import { ConsolePage } from './pages/console-page';
import { generate } from '../support/big-tenant';
import { login, pull, snapshot } from '../support/api-client';

// The story: a tier 1 agent signs in on a fresh workstation at a tenant with 20,000 more tier 1 tickets
// than the demo's. The first-load bar shows a total from the first answer that never grows and goes away
// when the sync is done; the queue is usable (j, Enter opens a ticket) while the sync still runs; at the end
// the queue counts and the replica hold exactly what the server says is in the agent's scope.
//
// The bar is watched from inside the page (a MutationObserver installed before the app loads), so every
// value it shows is seen, not only those a poll happens to catch.

const TICKETS = 20_000;
// The test's own definition of an open ticket (the queues hold open tickets only).
const OPEN = new Set(['new', 'open', 'pending', 'on_hold']);

interface BarWatch {
  /** Every (received, max) the bar showed, in order; max null while indeterminate. */
  shown: { received: number; max: number | null }[];
  /** Set when the bar, once shown, left the page. */
  goneAt: number | null;
}

declare global {
  interface Window {
    __bar?: BarWatch;
  }
}

test("a tier 1 agent's first sync of 20,000 tickets in Chromium: a fixed total, the queue usable meanwhile, every ticket in scope local", async ({
  server,
  browser,
}) => {
  test.setTimeout(120_000);
  const took = await generate(server, { tickets: TICKETS, customers: 4_000, tier: 1 });
  console.log(`generated ${TICKETS} tier 1 tickets in ${took.toFixed(1)} s`);
  const edition = await startBrowserEdition(server.url);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const watch: BarWatch = { shown: [], goneAt: null };
      window.__bar = watch;
      const look = () => {
        const bar = document.querySelector<HTMLProgressElement>('[data-testid="initial-load"] progress');
        if (bar) {
          const max = bar.hasAttribute('max') ? bar.max : null;
          const received = bar.hasAttribute('value') ? bar.value : 0;
          const last = watch.shown.at(-1);
          if (!last || last.received !== received || last.max !== max) watch.shown.push({ received, max });
        } else if (watch.shown.length && watch.goneAt === null) watch.goneAt = performance.now();
      };
      new MutationObserver(look).observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    });
    const anna = new ConsolePage(page);
    await page.goto(edition.url);
    await anna.login.signIn(DEMO.tier1, 'demo');
    const started = Date.now();

    await test.step('the queue shows rows, and j / Enter opens a ticket, while the sync runs', async () => {
      await expect(anna.queue.rows().first()).toBeVisible({ timeout: 60_000 });
      const during = (await page.getByTestId('initial-load').count()) > 0;
      await page.keyboard.press('j');
      const ticketId = await anna.queue.selectedTicketId();
      await page.keyboard.press('Enter');
      await expect(anna.ticket.view()).toBeVisible();
      await expect(anna.ticket.view()).toHaveAttribute('data-ticket-id', ticketId);
      const stillRunning = during && (await page.evaluate(() => window.__bar!.goneAt === null));
      const observed = stillRunning ? 'yes' : 'no (the sync finished first)';
      test.info().annotations.push({ type: 'ticket opened during the first sync', description: observed });
      console.log(`ticket opened during the first sync: ${observed}`);
      await page.keyboard.press('Escape');
    });

    await test.step('the bar goes away; its total came with the first answer and never grew', async () => {
      await expect(page.getByTestId('initial-load')).toHaveCount(0, { timeout: 100_000 });
      const seconds = (Date.now() - started) / 1000;
      const bar = await page.evaluate(() => window.__bar!);
      const totals = [...new Set(bar.shown.map((s) => s.max).filter((m): m is number => m !== null))];
      expect(totals, 'the bar showed one total').toHaveLength(1);
      // Once determinate it stays so, and what it has received only grows.
      const firstTotal = bar.shown.findIndex((s) => s.max !== null);
      expect(bar.shown.slice(firstTotal).every((s) => s.max !== null)).toBe(true);
      const received = bar.shown.map((s) => s.received);
      expect(received).toEqual([...received].sort((a, b) => a - b));
      // The server's own first answer to a fresh client of the same agent announces the same total.
      const fresh = await login(server.url, DEMO.tier1);
      const first = await pull(server.url, fresh, null);
      if (!('changes' in first)) throw new Error('unexpected refetch');
      expect(totals[0]).toBe(first.total);
      const rate = Math.round(totals[0]! / seconds);
      const figure = `${totals[0]} changes in ${seconds.toFixed(1)} s = ${rate} rows/s (sign-in to bar gone)`;
      test.info().annotations.push({ type: 'first sync', description: figure });
      console.log(`first sync: ${figure}`);
    });

    await test.step("the queue counts and the replica hold what the server has in the agent's scope", async () => {
      const agent = await login(server.url, DEMO.tier1);
      const truth = await snapshot(server.url, agent);
      const open = [...truth.tickets.values()].filter((t) => OPEN.has(t.status) && t.tier === 1);
      expect(truth.tickets.size).toBeGreaterThanOrEqual(TICKETS);
      await expect(anna.queue.count('tier')).toHaveText(open.length.toLocaleString('en-US'));
      await expect(anna.queue.count('unassigned')).toHaveText(
        open.filter((t) => t.assigneeId === null).length.toLocaleString('en-US'),
      );
      const local = await page.evaluate(async () => {
        const names = (await indexedDB.databases()).map((d) => d.name).filter((n) => n?.startsWith('agent-console-'));
        const db = await new Promise<IDBDatabase>((ok, fail) => {
          const open = indexedDB.open(names[0]!);
          open.onsuccess = () => ok(open.result);
          open.onerror = () => fail(open.error);
        });
        try {
          return await new Promise<string[]>((ok, fail) => {
            const keys = db.transaction('tickets').objectStore('tickets').getAllKeys();
            keys.onsuccess = () => ok(keys.result as string[]);
            keys.onerror = () => fail(keys.error);
          });
        } finally {
          db.close();
        }
      });
      const held = new Set(local);
      const missing = [...truth.tickets.keys()].filter((id) => !held.has(id));
      expect(missing, 'tickets in scope missing from the replica').toEqual([]);
      expect(local).toHaveLength(truth.tickets.size);
    });
  } finally {
    await context.close();
    await edition.stop();
  }
});
