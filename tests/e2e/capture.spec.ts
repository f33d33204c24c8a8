// Issue 11, point 3, end to end: Anna takes a ticket, records the caller's "4 out of 5" from the keyboard
// (v, 4, Ctrl+Enter), and the server's KPI report counts it — asked of the server, not of her replica.
// Then she adds two tags and removes one (t, type, Enter, Backspace, Delete), and the server has them.
import { login, snapshot } from '../support/api-client';
import { test, expect, DEMO } from './fixtures';

interface KpiRow {
  group: number | string | null;
  csatPct: number | null;
  csatAnswers: number;
}

test('a rating recorded from the keyboard is counted by the server’s CSAT, and tags edited on the ticket reach the server', async ({ server, openAgent }) => {
  const { console: anna } = await openAgent(DEMO.tier1);
  const page = anna.page;
  const sup = await login(server.url, DEMO.supervisor);
  const tier1Csat = async (): Promise<KpiRow | undefined> => {
    const from = new Date(Date.now() - 86_400_000).toISOString();
    const to = new Date(Date.now() + 3_600_000).toISOString();
    const res = await fetch(`${server.url}/api/v1/reports/kpis?${new URLSearchParams({ from, to, groupBy: 'tier' })}`, { headers: { authorization: `Bearer ${sup.token}` } });
    expect(res.status).toBe(200);
    return ((await res.json()) as { rows: KpiRow[] }).rows.find((r) => r.group === 1);
  };
  const answersBefore = (await tier1Csat())?.csatAnswers ?? 0;

  await anna.queue.goTo('unassigned');
  const ticketId = await anna.queue.selectedTicketId();
  await page.keyboard.press('Enter');
  await anna.ticket.take();
  await expect(anna.ticket.assignee()).toHaveText(DEMO.tier1Name);

  await test.step('v, 4, Ctrl+Enter: the header shows it and the server’s CSAT counts it', async () => {
    await page.keyboard.press('v');
    await expect(page.getByTestId('rating-dialog')).toBeVisible();
    await page.keyboard.press('4');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Rated 4 on the call');
    await page.keyboard.press('Control+Enter');
    await expect(page.getByTestId('rating-dialog')).toBeHidden();
    await expect(page.getByTestId('ticket-rating')).toHaveAttribute('data-csat', '4');
    await anna.waitUntilSynced();
    await expect.poll(async () => (await tier1Csat())?.csatAnswers ?? 0).toBe(answersBefore + 1);
  });

  await test.step('t: two tags added, one removed, and the server has the one left', async () => {
    const annaApi = await login(server.url, DEMO.tier1);
    const before = (await snapshot(server.url, annaApi)).tickets.get(ticketId)!.tags;
    await page.keyboard.press('t');
    await expect(page.getByTestId('tags-input')).toBeFocused();
    await page.keyboard.type('callback');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Warranty');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('tags-list').locator('[data-tag="warranty"]')).toBeVisible();
    // Backspace in the empty box goes to the last tag; Delete removes it.
    await page.keyboard.press('Backspace');
    await expect(page.getByTestId('tags-list').locator('[data-tag="warranty"]')).toBeFocused();
    await page.keyboard.press('Delete');
    await expect(page.getByTestId('tags-list').locator('[data-tag="warranty"]')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('tags-dialog')).toBeHidden();
    await expect(page.getByTestId('ticket-tags').locator('[data-tag="callback"]')).toBeVisible();
    await anna.waitUntilSynced();
    await expect.poll(async () => (await snapshot(server.url, annaApi)).tickets.get(ticketId)?.tags).toEqual([...before, 'callback']);
  });
});
