// The browser edition's notifications in real Chromium: with the page in the background, an inbound ticket
// for the agent's tier makes one real HTML5 Notification (constructed through the page's own
// window.Notification, recorded by an init script that still constructs the real one), naming the ticket's
// number; a click on it brings the console forward with that ticket open.
import { test, expect } from '@playwright/test';
import { startServer, type ServerHandle } from '../support/server-process';
import { startBrowserEdition, type BrowserEdition } from './support/browser-edition';
import { ConsolePage } from './pages/console-page';
import { DEMO } from './fixtures';

declare global {
  interface Window {
    __notifications: { title: string; body: string; tag: string; n: Notification }[];
  }
}

let server: ServerHandle;
let edition: BrowserEdition;
test.beforeEach(async () => {
  server = await startServer({ demo: true });
  edition = await startBrowserEdition(server.url);
});
test.afterEach(async () => {
  await edition?.stop();
  await server?.stop();
});

test('an inbound ticket while the console is in the background: one real notification, and its click opens the ticket', async ({ browser }) => {
  const context = await browser.newContext();
  await context.grantPermissions(['notifications'], { origin: new URL(edition.url).origin });
  await context.addInitScript(() => {
    const Real = window.Notification;
    window.__notifications = [];
    class Recorded extends Real {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options);
        window.__notifications.push({ title, body: options?.body ?? '', tag: options?.tag ?? '', n: this });
      }
      static override get permission() {
        return Real.permission;
      }
    }
    window.Notification = Recorded;
  });
  const page = await context.newPage();
  const console = new ConsolePage(page);
  await page.goto(edition.url);
  await console.login.signIn(DEMO.tier1, 'demo');
  await console.queue.waitUntilLoaded();
  await page.getByTestId('presence-picker').selectOption('available');
  await console.waitUntilSynced();
  expect(await page.evaluate(() => window.__notifications.length)).toBe(0);

  // The agent switches to another window: the page is hidden and loses focus.
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.hasFocus = () => false;
    document.dispatchEvent(new Event('visibilitychange'));
  });

  const subject = `Printer jams on every page ${Date.now()}`;
  const res = await fetch(`${server.url}/api/v1/inbound/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': server.inboundKey },
    body: JSON.stringify({ channel: 'email', subject, body: 'Since this morning.', customer: { name: 'Test Customer', email: 'printer@example.test' } }),
  });
  expect(res.status).toBe(200);
  const { number } = (await res.json()) as { ticketId: string; number: number };

  await expect.poll(() => page.evaluate(() => window.__notifications.map((n) => ({ title: n.title, body: n.body })))).toEqual([
    { title: `New ticket #${number} in tier 1`, body: subject },
  ]);
  await expect(page).toHaveTitle(/^\(\d+\) /);

  await page.evaluate(() => window.__notifications[0]!.n.dispatchEvent(new Event('click')));
  await expect(console.ticket.view()).toBeVisible();
  await expect(page.getByTestId('ticket-title')).toContainText(subject);
  await context.close();
});
