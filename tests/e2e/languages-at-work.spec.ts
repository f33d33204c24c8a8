// Issue 9, points 3 and 5, end to end in Chromium against the real server: an agent whose console speaks
// Hungarian answers a Latvian customer — the template and the signature go out in Latvian — and then moves
// the queue filter to another key in settings; the language and the key are still theirs after a reload.
import { test, expect, DEMO } from './fixtures';
import { serverView } from './support/server-view';

test('a Hungarian console replies in Latvian to a Latvian customer, and a remapped key survives a reload', async ({ server, openAgent }) => {
  const { console: anna } = await openAgent(DEMO.tier1);
  const page = anna.page;
  const subject = `Rēķins nav saņemts ${Date.now()}`;

  const res = await fetch(`${server.url}/api/v1/inbound/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': server.inboundKey },
    body: JSON.stringify({ channel: 'email', subject, body: 'Labdien, rēķins nav pienācis.', customer: { name: 'Inese Kalniņa', email: `inese.${Date.now()}@example.lv`, language: 'lv' } }),
  });
  expect(res.status).toBe(200);
  const { ticketId } = (await res.json()) as { ticketId: string };

  await test.step('the console is switched to Hungarian in settings (Ctrl+,)', async () => {
    await page.keyboard.press('Control+,');
    await expect(page.getByTestId('settings')).toBeVisible();
    await expect(page.getByTestId('settings-language-picker')).toBeFocused();
    await page.getByTestId('settings-language-picker').selectOption('hu');
    await expect(page.locator('html')).toHaveAttribute('lang', 'hu');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('settings')).toHaveCount(0);
  });

  await test.step('the reply: a Latvian template, signed in Latvian, under Hungarian words', async () => {
    await anna.queue.goTo('unassigned');
    await anna.queue.open(ticketId, subject);
    await expect(anna.ticket.view()).toHaveAttribute('data-ticket-id', ticketId);
    await page.keyboard.press('r');
    await expect(anna.ticket.composerInput()).toBeFocused();
    await expect(page.getByTestId('composer-language')).toHaveText('Az ügyfél nyelve: Lett. A sablonok és az aláírás is ezen a nyelven szólnak.');
    await page.keyboard.press('Control+i');
    await expect(page.getByTestId('template-menu')).toContainText('Sablon beillesztése (nyelv: Lett)');
    await page.keyboard.press('1');
    await expect(anna.ticket.composerInput()).toBeFocused();
    await expect(anna.ticket.composerInput()).toHaveValue(/^Labdien, Inese Kalniņa!\n\nPaldies, ka sazinājāties ar mums\./);
    await page.keyboard.press('Control+Enter');

    const truth = await serverView(server.url, DEMO.supervisor);
    const reply = async () => (await truth.ticket(ticketId)).messages.find((m) => m.kind === 'reply')?.body;
    await expect.poll(reply, { timeout: 15_000 }).toMatch(/^Labdien, Inese Kalniņa!\n\nPaldies, ka sazinājāties ar mums\./);
    expect(await reply()).toMatch(/\n\nAr cieņu\nAnna Kovács\nKlientu atbalsts$/);
  });

  await test.step('the filter moves from / to f; the old key no longer takes the focus', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+,');
    await page.getByTestId('change-queue.filter').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('f');
    await expect(page.locator('[data-testid="settings"] tr[data-action="queue.filter"] [data-testid="current-keys"]')).toHaveText('f');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('settings')).toHaveCount(0);
    await page.keyboard.press('/');
    await expect(anna.queue.filter()).not.toBeFocused();
    await page.keyboard.press('f');
    await expect(anna.queue.filter()).toBeFocused();
  });

  await test.step('after a reload the language and the key are still hers', async () => {
    await anna.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'hu');
    await page.keyboard.press('f');
    await expect(anna.queue.filter()).toBeFocused();
  });
});
