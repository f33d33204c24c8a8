import { test, expect, DEMO } from './fixtures';

test('an agent cut off from the backend keeps working; the other agent sees it all when the link returns', async ({ openAgent }) => {
  const a = await openAgent(DEMO.tier1, { cuttable: true });
  const b = await openAgent(DEMO.tier1b);
  const reply = 'We are checking the courier records for you.';
  const summary = 'Parcel shows delivered, customer has nothing; courier claim needs tier 2.';

  await a.console.queue.goTo('unassigned');
  const ticketId = await a.console.queue.rows().first().getAttribute('data-ticket-id');
  if (!ticketId) throw new Error('the unassigned queue is empty');
  await a.console.queue.open(ticketId);
  await a.console.ticket.take();
  await a.console.waitUntilSynced();

  await b.console.queue.goTo('tier');
  await b.console.queue.open(ticketId);
  await expect(b.console.ticket.assignee()).toHaveText(DEMO.tier1Name);

  a.link!.cut();
  await a.console.ticket.reply(reply);
  await a.console.ticket.setStatus('pending');
  await a.console.ticket.escalate('Courier claim', summary);
  expect(await a.console.pendingChanges()).toBeGreaterThanOrEqual(3);

  await b.console.page.waitForTimeout(1_500);
  await expect(b.console.ticket.replies().filter({ hasText: reply })).toHaveCount(0);
  await expect(b.console.ticket.status()).not.toHaveAttribute('data-value', 'pending');
  await expect(b.console.ticket.escalationEntries()).toHaveCount(0);

  await a.console.reload();
  await a.console.queue.goTo('mine');
  await a.console.queue.open(ticketId);
  await expect(a.console.ticket.replies().filter({ hasText: reply })).toHaveCount(1);
  await expect(a.console.ticket.status()).toHaveAttribute('data-value', 'pending');
  expect(await a.console.pendingChanges()).toBeGreaterThanOrEqual(3);

  a.link!.restore();
  await expect(b.console.ticket.replies().filter({ hasText: reply })).toHaveCount(1, { timeout: 2_000 });
  await expect(b.console.ticket.status()).toHaveAttribute('data-value', 'pending', { timeout: 2_000 });
  await expect(b.console.ticket.tier()).toHaveAttribute('data-value', '2', { timeout: 2_000 });

  const specialist = await openAgent(DEMO.tier2);
  await specialist.console.queue.goTo('unassigned');
  await specialist.console.queue.open(ticketId);
  await expect(specialist.console.ticket.escalationSummary()).toContainText(summary);
});
