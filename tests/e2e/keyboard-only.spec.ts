import { test, expect, DEMO } from './fixtures';

test('a tier 1 agent logs in, takes a ticket, replies and sets it pending with the keyboard only', async ({ openAgent }) => {
  const { console: anna } = await openAgent(DEMO.tier1);

  await anna.queue.goTo('unassigned');
  await expect(anna.queue.rows().first()).toBeVisible();
  await anna.page.keyboard.press('j');
  const ticketId = await anna.queue.selectedTicketId();
  const number = await anna.queue.numberOf(ticketId);
  await anna.page.keyboard.press('Enter');
  await expect(anna.ticket.view()).toBeVisible();

  await anna.ticket.take();
  await expect(anna.ticket.assignee()).toHaveText(DEMO.tier1Name);
  await anna.ticket.reply('Thanks for waiting — I have reset the link, please try again.');
  await anna.ticket.setStatus('pending');
  await anna.waitUntilSynced();

  await anna.page.keyboard.press('Escape');
  await anna.queue.goTo('mine');
  // The list is virtualized and Mine is long: find the ticket by its number, from the keyboard too.
  await anna.queue.filterBy(number);
  await expect(anna.queue.rowOf(ticketId)).toBeVisible();
  await expect(anna.queue.rows()).toHaveCount(1);
});
