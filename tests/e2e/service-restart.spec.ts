import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, DEMO } from './fixtures';
import { ConsolePage } from './pages/console-page';
import { startBrowserEdition, type BrowserEdition } from './support/browser-edition';
import { serverView } from './support/server-view';

// The story: the agent's page stays open while, first, the console's own background service (the browser
// edition) is killed and started again, and then the backend is stopped and started again. The page tells
// the truth throughout — "service stopped", then "offline" — a reply typed while the service is gone is
// announced as saved here and not sent, and after each restart the page carries on by itself: no reload,
// no new sign-in, and the reply reaches the server (the server is the oracle).

test.describe('an open page survives restarts', () => {
  let edition: BrowserEdition;
  test.afterEach(async () => {
    await edition?.stop();
  });

  test('the browser edition is killed and restarted, then the backend: no reload, no sign-in, nothing lost', async ({ server, browser }) => {
    edition = await startBrowserEdition(server.url, { dataDir: mkdtempSync(join(tmpdir(), 'edition-')) });
    const context = await browser.newContext();
    const page = await context.newPage();
    const agent = new ConsolePage(page);
    await page.goto(edition.url);
    await agent.login.signIn(DEMO.tier1, 'demo');
    await agent.queue.waitUntilLoaded();
    // Survives only as long as this very page does: a reload would lose it.
    await page.evaluate(() => ((window as unknown as { pageMark: number }).pageMark = 42));
    const truth = await serverView(server.url, DEMO.supervisor);
    const reply = 'Your refund is on its way; expect it within five working days.';

    let ticketId = '';
    await test.step('online: the agent takes a ticket', async () => {
      await agent.queue.goTo('unassigned');
      ticketId = (await agent.queue.rows().first().getAttribute('data-ticket-id')) ?? '';
      expect(ticketId).not.toBe('');
      await agent.queue.open(ticketId);
      await agent.ticket.take();
      await agent.waitUntilSynced();
      await expect(agent.syncIndicator()).toHaveAttribute('data-state', 'online');
    });

    await test.step('the console service is killed: the page says so, and a reply is saved here, not sent', async () => {
      await edition.kill();
      await expect(agent.syncIndicator()).toHaveAttribute('data-state', 'service_gone');
      await expect(page.getByTestId('sync-error')).toContainText("The console's background service stopped");
      await agent.ticket.reply(reply);
      await expect(page.getByTestId('live-region')).toHaveText('Reply saved on this workstation, not sent yet.');
      await expect(page.getByTestId('live-region')).not.toHaveText(/Reply sent/);
      const onServer = await truth.ticket(ticketId);
      expect(onServer.messages.map((m) => m.body)).not.toContain(reply);
    });

    await test.step('the console service is back: the page reconnects by itself and the reply reaches the server', async () => {
      await edition.restart();
      await expect(agent.syncIndicator()).toHaveAttribute('data-state', 'online', { timeout: 15_000 });
      await agent.waitUntilSynced();
      await expect.poll(async () => (await truth.ticket(ticketId)).messages.filter((m) => m.body.startsWith(reply)).length).toBe(1);
      await expect(agent.login.email()).toHaveCount(0);
      expect(await page.evaluate(() => (window as unknown as { pageMark?: number }).pageMark)).toBe(42);
    });

    await test.step('the backend stops: Offline; it comes back: Online, still signed in, same page', async () => {
      const stoppedAt = Date.now();
      await server.kill('SIGTERM');
      await expect(agent.syncIndicator()).toHaveAttribute('data-state', 'offline');
      // Printed, not asserted (the bound is the heartbeat and the socket's close, tested in main's services).
      test.info().annotations.push({ type: 'backend stopped → Offline shown', description: `${Date.now() - stoppedAt} ms` });
      await server.restart();
      await expect(agent.syncIndicator()).toHaveAttribute('data-state', 'online', { timeout: 15_000 });
      await expect(agent.login.email()).toHaveCount(0);
      await expect(agent.queue.rows().first()).toBeVisible();
      expect(await page.evaluate(() => (window as unknown as { pageMark?: number }).pageMark)).toBe(42);
    });
    await context.close();
  });
});
