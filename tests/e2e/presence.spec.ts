// Issue 10, point 3, end to end: an agent sets "on a break" from the keyboard; another console (the
// supervisor's) shows it beside her name on her ticket after sync, and her own console keeps it over a reload.
import { test, expect, DEMO } from './fixtures';

test('a presence set with the keyboard is seen by another console after sync and survives a reload', async ({ openAgent }) => {
  const { console: anna } = await openAgent(DEMO.tier1);
  const page = anna.page;
  await anna.queue.goTo('unassigned');
  const ticketId = await anna.queue.selectedTicketId();
  const number = await anna.queue.numberOf(ticketId);
  await page.keyboard.press('Enter');
  await anna.ticket.take();
  await expect(anna.ticket.assignee()).toHaveText(DEMO.tier1Name);

  await page.keyboard.press('Escape');
  await page.keyboard.press('b');
  await expect(page.getByTestId('presence-menu')).toBeVisible();
  await page.keyboard.press('3');
  await expect(page.getByTestId('presence-picker')).toHaveValue('break');
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'online');

  const { console: sue } = await openAgent(DEMO.supervisor);
  await sue.queue.goTo('tier');
  await sue.queue.open(ticketId, number);
  await expect(sue.page.getByTestId('ticket-assignee')).toHaveText(DEMO.tier1Name);
  await expect(sue.page.getByTestId('assignee-presence')).toHaveAttribute('data-value', 'break', { timeout: 10_000 });

  await anna.reload();
  await expect(page.getByTestId('presence-picker')).toHaveValue('break');
});
