// Inbound POST → desktop notification shown, end to end: the real server on SQLite (demo data), the
// browser edition, and the console in Chromium in the background (a tier 1 agent, available). Each inbound
// ticket is timed from just before its POST to the moment the page constructs its Notification (the page's
// window.Notification is wrapped to report the construction to this process at once). Bursts coalesce
// (10 s), so the page's clock (Playwright's fake clock, in the window only: the sync worker keeps real
// time) jumps 11 s between tickets: each one starts a burst and is shown at once (the jumps also pass SLA
// warning moments of the demo's tickets: those notifications are counted, not timed). Automatic Away is off
// for the agent (the page's clock passes its idle minutes). Prints, asserts nothing.
// Run: node --import tsx bench/notify-latency.ts   (env: TICKETS=100; E2E_SKIP_BUILD=1 to reuse out/)
import { chromium } from '@playwright/test';
import buildOnce from '../tests/e2e/support/build-once';
import { startBrowserEdition } from '../tests/e2e/support/browser-edition';
import { LoginPage } from '../tests/e2e/pages/login-page';
import { startServer } from '../tests/support/server-process';
import { login } from '../tests/support/api-client';

const TICKETS = Number(process.env.TICKETS ?? 100);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;

async function main() {
  buildOnce();
  const server = await startServer({ db: 'sqlite', demo: true });
  const edition = await startBrowserEdition(server.url);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const me = await login(server.url, 'agent1@demo.local');
    const context = await browser.newContext({ locale: 'en-US' });
    await context.grantPermissions(['notifications'], { origin: new URL(edition.url).origin });
    const shownAt = new Map<string, number>();
    const waiting = new Map<string, () => void>();
    const others: string[] = [];
    await context.exposeFunction('__notified', (body: string) => {
      if (!waiting.has(body)) others.push(body);
      shownAt.set(body, performance.now());
      waiting.get(body)?.();
    });
    // Page-side code as text: this file is type-checked without the DOM.
    await context.addInitScript({
      content: `{
        const Real = window.Notification;
        class Reported extends Real {
          constructor(title, options) {
            super(title, options);
            void window.__notified(options?.body ?? '');
          }
          static get permission() { return Real.permission; }
        }
        window.Notification = Reported;
        // The agent is away from this window for minutes on the page's clock: no automatic Away here.
        localStorage.setItem('console.presence.${me.agent.id}', JSON.stringify({ on: false, minutes: 10 }));
      }`,
    });
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(edition.url);
    await new LoginPage(page).signIn('agent1@demo.local', 'demo');
    // Loaded: online, and no first-load bar (as the e2e suites' queue page waits).
    await page.locator('[data-testid="sync-indicator"][data-state="online"]').waitFor({ timeout: 120_000 });
    await page.getByTestId('initial-load').waitFor({ state: 'detached', timeout: 120_000 });
    await page.getByTestId('presence-picker').selectOption('available');
    await page.locator('[data-testid="sync-indicator"][data-pending="0"]').waitFor();
    await page.evaluate(`{
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      document.hasFocus = () => false;
      document.dispatchEvent(new Event('visibilitychange'));
    }`);

    const took: number[] = [];
    let missed = 0;
    for (let i = 0; i < TICKETS; i++) {
      await page.clock.fastForward(11_000);
      const subject = `Latency probe ${i} ${Date.now()}`;
      const shown = new Promise<boolean>((done) => {
        waiting.set(subject, () => done(true));
        setTimeout(() => done(false), 10_000).unref();
      });
      const t0 = performance.now();
      const res = await fetch(`${server.url}/api/v1/inbound/tickets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': server.inboundKey },
        body: JSON.stringify({ channel: 'email', subject, body: 'Timing the notification.', customer: { name: 'Probe Customer', email: `probe${i}@example.test` } }),
      });
      if (res.status !== 200) throw new Error(`inbound POST: ${res.status}`);
      if (await shown) took.push(shownAt.get(subject)! - t0);
      else missed++;
      if ((i + 1) % 20 === 0) console.log(`  ${i + 1} posted, ${missed} not shown${others.length ? `; ${others.splice(0).length} others (SLA moments the page's clock passed)` : ''}`);
      waiting.delete(subject);
    }
    const line = (p: number) => `${pct(took, p).toFixed(0)} ms`;
    console.log(`inbound POST → notification shown, ${took.length} tickets (SQLite, browser edition in Chromium, page in the background):`);
    console.log(`  p50 ${line(50)}  p95 ${line(95)}  max ${line(100)}${missed ? `  (${missed} not shown within 10 s)` : ''}`);
  } finally {
    await browser.close();
    await edition.stop();
    await server.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
