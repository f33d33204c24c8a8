import { test, expect, DEMO } from './fixtures';

test('an agent cut off from the backend replies, sets pending, reloads and escalates; the other agent sees it all within 2 s of the link returning', async ({ openAgent }) => {
  const a = await openAgent(DEMO.tier1, { cuttable: true });
  const b = await openAgent(DEMO.tier1b);
  const reply = 'We are checking the courier records for you.';
  const summary = 'Parcel shows delivered, customer has nothing; courier claim needs tier 2.';

  await a.console.queue.goTo('unassigned');
  const ticketId = await a.console.queue.rows().first().getAttribute('data-ticket-id');
  if (!ticketId) throw new Error('the unassigned queue is empty');
  const number = await a.console.queue.numberOf(ticketId);
  await a.console.queue.open(ticketId);
  await a.console.ticket.take();
  await a.console.waitUntilSynced();

  await b.console.queue.goTo('tier');
  await b.console.queue.open(ticketId, number);
  await expect(b.console.ticket.assignee()).toHaveText(DEMO.tier1Name);

  a.link!.cut();
  await a.console.ticket.reply(reply);
  await a.console.ticket.setStatus('pending');
  expect(await a.console.pendingChanges()).toBeGreaterThanOrEqual(2);

  await b.console.page.waitForTimeout(1_500);
  await expect(b.console.ticket.replies().filter({ hasText: reply })).toHaveCount(0);
  await expect(b.console.ticket.status()).not.toHaveAttribute('data-value', 'pending');
  await expect(b.console.ticket.escalationEntries()).toHaveCount(0);

  await a.console.reload();
  await a.console.queue.goTo('mine');
  await a.console.queue.open(ticketId, number);
  await expect(a.console.ticket.replies().filter({ hasText: reply })).toHaveCount(1);
  await expect(a.console.ticket.status()).toHaveAttribute('data-value', 'pending');
  expect(await a.console.pendingChanges()).toBeGreaterThanOrEqual(2);
  // Escalating hands the ticket to tier 2 unassigned (and reopens it, per the contract's escalate rule),
  // so it leaves A's queues: A escalates after the reload check, still cut off.
  await a.console.ticket.escalate('Courier claim', summary);
  expect(await a.console.pendingChanges()).toBeGreaterThanOrEqual(3);

  a.link!.restore();
  await expect(b.console.ticket.replies().filter({ hasText: reply })).toHaveCount(1, { timeout: 2_000 });
  await expect(b.console.ticket.tier()).toHaveAttribute('data-value', '2', { timeout: 2_000 });
  await expect(b.console.ticket.escalationEntries()).toHaveCount(1, { timeout: 2_000 });
  await expect(b.console.ticket.status()).toHaveAttribute('data-value', 'open');

  const specialist = await openAgent(DEMO.tier2);
  await specialist.console.queue.goTo('unassigned');
  await specialist.console.queue.open(ticketId, number);
  await expect(specialist.console.ticket.escalationSummary()).toContainText(summary);
});
