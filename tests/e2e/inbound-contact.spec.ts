import { test, expect, DEMO } from './fixtures';

test('a ticket posted to the inbound API appears in a connected tier 1 queue without a reload', async ({ server, openAgent }) => {
  const { console: anna } = await openAgent(DEMO.tier1);
  await anna.queue.goTo('unassigned');
  const subject = `Router keeps rebooting ${Date.now()}`;

  const res = await fetch(`${server.url}/api/v1/inbound/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': server.inboundKey },
    body: JSON.stringify({ channel: 'email', subject, body: 'It restarts every ten minutes.', customer: { name: 'Test Customer', email: 'customer@example.test' } }),
  });
  expect(res.status).toBe(200);
  const { ticketId } = (await res.json()) as { ticketId: string };

  await anna.queue.filterBy(subject);
  await expect(anna.queue.rowOf(ticketId)).toBeVisible({ timeout: 5_000 });
});
