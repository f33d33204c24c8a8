import type { Page } from '@playwright/test';
import { test, expect, DEMO } from './fixtures';
import { serverView } from './support/server-view';
import { unsentChanges } from './support/replica-outbox';

// Nothing of a signed-out agent stays on the workstation: in real Chromium, the replica's IndexedDB
// database is gone after sign-out. With changes the server has not seen, the agent is asked, and a kept
// replica sends them at the next sign-in here. The oracle is the browser's own list of databases and the
// server's view of the ticket.

const replicaNames = (page: Page) =>
  page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith('agent-console-')));

test('signing out erases the replica; with an unsynced reply the agent keeps it, and it is sent at the next sign-in', async ({ server, openAgent }) => {
  const a = await openAgent(DEMO.tier1, { cuttable: true });
  const page = a.console.page;
  const truth = await serverView(server.url);

  await test.step('a synced agent signs out: the replica database is gone', async () => {
    expect(await replicaNames(page)).toHaveLength(1);
    await a.console.waitUntilSynced();
    await page.getByTestId('logout').click();
    await page.getByTestId('login-email').waitFor();
    await expect.poll(() => replicaNames(page)).toEqual([]);
  });

  const reply = 'Checked with the warehouse: your parcel leaves today.';
  let ticketId = '';
  await test.step('signed in again (a fresh first sync), cut off, the agent replies', async () => {
    await a.console.login.signIn(DEMO.tier1, 'demo');
    await a.console.queue.waitUntilLoaded();
    await a.console.queue.goTo('tier');
    ticketId = (await a.console.queue.rows().first().getAttribute('data-ticket-id')) ?? '';
    await a.console.queue.open(ticketId);
    a.link!.cut();
    await a.console.ticket.reply(reply);
    await expect.poll(() => a.console.pendingChanges()).toBe(1);
  });

  await test.step('sign-out asks; the agent keeps the change on this workstation', async () => {
    await page.getByTestId('logout').click();
    await expect(page.getByTestId('sign-out-pending')).toHaveAttribute('data-count', '1');
    await expect(page.getByTestId('sign-out-wait')).toBeFocused();
    await page.getByTestId('sign-out-keep').click();
    await expect(page.getByTestId('login-error')).toContainText('1 change not yet synced is kept');
    expect(await replicaNames(page)).toHaveLength(1);
    const unsent = await unsentChanges(page, ticketId);
    // The reply as it goes out: what was typed, then the signature in the customer's language.
    expect(unsent.map((c) => [c.name, String(c.args.body).startsWith(`${reply}\n\n`)])).toEqual([['addMessage', true]]);
    expect((await truth.ticket(ticketId)).messages.filter((m) => m.body.startsWith(reply))).toEqual([]);
  });

  await test.step('the link returns, the agent signs in again: the reply reaches the server once, then sign-out erases', async () => {
    a.link!.restore();
    await a.console.login.signIn(DEMO.tier1, 'demo');
    await a.console.waitUntilSynced();
    await expect.poll(async () => (await truth.ticket(ticketId)).messages.filter((m) => m.body.startsWith(reply)).length).toBe(1);
    await page.getByTestId('logout').click();
    await page.getByTestId('login-email').waitFor();
    await expect.poll(() => replicaNames(page)).toEqual([]);
  });
});
