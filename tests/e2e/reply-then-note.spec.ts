import { test, expect, DEMO } from './fixtures';
import { serverView } from './support/server-view';

/** Anna's signature under a reply, in each language a customer may read (written out here, not read from the product). */
const SIGNATURE = {
  en: 'Kind regards,\nAnna Kovács\nCustomer support',
  hu: 'Üdvözlettel:\nAnna Kovács\nÜgyfélszolgálat',
  lv: 'Ar cieņu\nAnna Kovács\nKlientu atbalsts',
} as const;

// Issue 7, point 1: an internal note once went to the customer as a public reply. The exact keys: open a
// ticket, `r`, type, Ctrl+Enter, then `n`, type, Ctrl+Enter. The server (read as the supervisor, not
// through this console) must hold one reply with the first text and one note with the second.
test('r, type, Ctrl+Enter, n, type, Ctrl+Enter sends one reply and saves one internal note', async ({ server, openAgent }) => {
  const replyText = 'We have reset your line, please try again.';
  const noteText = 'Customer was rude on the phone; keep it short.';
  const { console: anna } = await openAgent(DEMO.tier1);
  const page = anna.page;

  await anna.queue.goTo('unassigned');
  await expect(anna.queue.rows().first()).toBeVisible();
  const ticketId = await anna.queue.selectedTicketId();
  await page.keyboard.press('Enter');
  await expect(anna.ticket.view()).toHaveAttribute('data-ticket-id', ticketId);
  await anna.ticket.take();
  await expect(anna.ticket.assignee()).toHaveText(DEMO.tier1Name);

  await page.keyboard.press('r');
  await expect(anna.ticket.composerInput()).toBeFocused();
  await page.keyboard.type(replyText);
  await page.keyboard.press('Control+Enter');
  await expect(anna.ticket.replies().filter({ hasText: replyText })).toHaveCount(1);
  await page.keyboard.press('n');
  await page.keyboard.type(noteText);
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('thread').getByText(noteText)).toBeVisible();

  // Wait on the server, not on this console: both texts have arrived, whatever they arrived as.
  const truth = await serverView(server.url, DEMO.supervisor);
  const ours = async () =>
    (await truth.ticket(ticketId)).messages
      .filter((m) => m.body.includes(replyText) || m.body.includes(noteText))
      .map((m) => ({ kind: m.kind, body: m.body }))
      .sort((x, y) => x.body.localeCompare(y.body));
  await expect.poll(async () => (await ours()).length, { timeout: 15_000 }).toBe(2);
  // The reply goes out signed, in the language of this ticket's customer (whatever the console's is).
  const language = (await truth.ticket(ticketId)).customer?.language ?? 'en';
  expect(await ours()).toEqual(
    [
      { kind: 'reply', body: `${replyText}\n\n${SIGNATURE[language]}` },
      { kind: 'note', body: noteText },
    ].sort((x, y) => x.body.localeCompare(y.body)),
  );
  const replies = (await truth.ticket(ticketId)).messages.filter((m) => m.kind === 'reply');
  expect(replies.filter((m) => m.body.startsWith('n') && m.body.includes(noteText))).toEqual([]);

  // The composer said where each went, in words, as it went.
  await page.keyboard.press('r');
  await expect(anna.ticket.composer()).toContainText('Reply — the customer will see this');
  await expect(page.getByTestId('composer-send')).toHaveText('Send to customer');
});
