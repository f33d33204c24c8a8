import { test, expect, DEMO } from './fixtures';
import { serverView } from './support/server-view';

test('two agents take the same ticket; the loser sees who won', async ({ openAgent, server }) => {
  const truth = await serverView(server.url);
  const anna = await openAgent(DEMO.tier1);
  const janis = await openAgent(DEMO.tier1b, { cuttable: true });

  await anna.console.queue.goTo('unassigned');
  const ticketId = await anna.console.queue.rows().first().getAttribute('data-ticket-id');
  if (!ticketId) throw new Error('the unassigned queue is empty');
  await janis.console.queue.goTo('unassigned');
  await janis.console.queue.open(ticketId);
  await anna.console.queue.open(ticketId);

  // Jānis's take is still in flight (his link is down) when Anna's reaches the server first.
  janis.link!.cut();
  await janis.console.ticket.take();
  await anna.console.ticket.take();
  // Anna's take is on the server before Jānis's link returns (a pending count of 0 alone could be read
  // before her change even reached her main process).
  await expect.poll(async () => (await truth.ticket(ticketId)).ticket.assigneeId, { timeout: 10_000 }).not.toBeNull();
  await anna.console.waitUntilSynced();
  janis.link!.restore();

  await expect(janis.console.ticket.refusals()).toContainText(DEMO.tier1Name, { timeout: 15_000 });
  await expect(janis.console.ticket.assignee()).toHaveText(DEMO.tier1Name);
});
