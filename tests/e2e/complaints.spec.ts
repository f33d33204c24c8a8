// Issue 11, point 3, end to end: the supervisor opens the complaint list (g c) — empty of this ticket;
// Anna takes a ticket and raises a complaint from the keyboard (Shift+C, 4 for billing, Tab, the
// description, Ctrl+Enter); her console shows it at once, and the supervisor's list shows it after the
// poke and pull, counted under billing, with Enter opening the ticket there.
import { login, snapshot } from '../support/api-client';
import { test, expect, DEMO } from './fixtures';
import { ComplaintListPage } from './pages/complaint-list-page';

test('a complaint raised from the keyboard by an agent is on the supervisor’s complaint list', async ({ server, openAgent }) => {
  const sup = await openAgent(DEMO.supervisor);
  const list = new ComplaintListPage(sup.console.page);
  await list.open();
  const billingBefore = Number((await list.count('billing').textContent())?.replace(/\D/g, '') || '0');

  const { console: anna } = await openAgent(DEMO.tier1);
  const page = anna.page;
  await anna.queue.goTo('unassigned');
  const ticketId = await anna.queue.selectedTicketId();
  await page.keyboard.press('Enter');
  await anna.ticket.take();
  await expect(anna.ticket.assignee()).toHaveText(DEMO.tier1Name);
  await expect(list.item(ticketId)).toHaveCount(0);

  await test.step('Shift+C, 4, Tab, the description, Ctrl+Enter: the ticket shows the complaint', async () => {
    await page.keyboard.press('Shift+C');
    await expect(page.getByTestId('complaint-dialog')).toBeVisible();
    await expect(page.getByTestId('complaint-category-service')).toBeFocused();
    await page.keyboard.press('4');
    await expect(page.getByTestId('complaint-category-billing')).toHaveAttribute('aria-checked', 'true');
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('complaint-description-input')).toBeFocused();
    await page.keyboard.type('Charged twice for the March invoice');
    await page.keyboard.press('Control+Enter');
    await expect(page.getByTestId('complaint-dialog')).toBeHidden();
    await expect(page.getByTestId('complaint-block')).toHaveAttribute('data-state', 'open');
    await expect(page.getByTestId('complaint-description')).toHaveText('Charged twice for the March invoice');
    await anna.waitUntilSynced();
    // The server holds it (asked of the server, not of her replica).
    const annaApi = await login(server.url, DEMO.tier1);
    await expect.poll(async () => (await snapshot(server.url, annaApi)).tickets.get(ticketId)?.complaint?.category).toBe('billing');
  });

  await test.step('the supervisor’s list shows it, counted under billing, and Enter opens the ticket', async () => {
    await expect(list.item(ticketId)).toHaveAttribute('data-category', 'billing');
    await expect(list.item(ticketId)).toContainText(DEMO.tier1Name);
    await expect(list.count('billing')).toHaveText(String(billingBefore + 1));
    await expect(list.items().first()).toHaveAttribute('data-ticket-id', ticketId);
    await sup.console.page.getByTestId('complaints-items').focus();
    await sup.console.page.keyboard.press('Enter');
    await expect(sup.console.page.getByTestId('ticket-view')).toHaveAttribute('data-ticket-id', ticketId);
    await expect(sup.console.page.getByTestId('complaint-block')).toContainText('Billing');
  });
});
