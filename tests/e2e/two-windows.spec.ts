import { test, expect, DEMO } from './fixtures';
import { ConsolePage } from './pages/console-page';
import { startBrowserEdition } from './support/browser-edition';
import { serverView } from './support/server-view';

// Issue 8, point 1: one sync loop per replica however many windows are open. Two windows of the same
// console (same origin, same agent, one replica): the browser's own lock registry (navigator.locks.query,
// not the console's code) must show one holder of the replica's sync lock and one waiter; a change made in
// the window that does not hold it reaches the server (the oracle, read as the supervisor); and when the
// holder's window closes, the other window's worker takes over and its changes still reach the server.
const leaderLocks = (page: ConsolePage['page']) =>
  page.evaluate(async () => {
    const q = await navigator.locks.query();
    const ours = (l: { name?: string }) => (l.name ?? '').startsWith('console-sync-leader:');
    return { held: (q.held ?? []).filter(ours).length, pending: (q.pending ?? []).filter(ours).length };
  });

async function noteOnFirstUnassigned(win: ConsolePage, text: string): Promise<string> {
  await win.queue.goTo('unassigned');
  await expect(win.queue.rows().first()).toBeVisible();
  const ticketId = await win.queue.selectedTicketId();
  await win.page.keyboard.press('Enter');
  await expect(win.ticket.view()).toHaveAttribute('data-ticket-id', ticketId);
  await win.page.keyboard.press('n');
  await win.page.keyboard.type(text);
  await win.page.keyboard.press('Control+Enter');
  await expect(win.page.getByTestId('thread').getByText(text)).toBeVisible();
  return ticketId;
}

test('two windows share one sync loop; the second takes over when the first closes', async ({ server, browser }) => {
  const edition = await startBrowserEdition(server.url);
  const context = await browser.newContext();
  try {
    const first = new ConsolePage(await context.newPage());
    await first.page.goto(edition.url);
    await first.login.signIn(DEMO.tier1, 'demo');
    await first.queue.waitUntilLoaded();
    // The second window restores the same session and opens the same replica.
    const second = new ConsolePage(await context.newPage());
    await second.page.goto(edition.url);
    await second.queue.waitUntilLoaded();
    await expect.poll(() => leaderLocks(first.page)).toEqual({ held: 1, pending: 1 });

    const truth = await serverView(server.url, DEMO.supervisor);
    const onServer = async (ticketId: string, text: string) => (await truth.ticket(ticketId)).messages.filter((m) => m.body.startsWith(text)).length;

    // The first window's worker took the lock first; a note written in the second still goes out, once.
    const early = 'written in the second window while the first one syncs';
    const t1 = await noteOnFirstUnassigned(second, early);
    await expect.poll(() => onServer(t1, early), { timeout: 15_000 }).toBe(1);
    // Both windows hear the loop's status: nothing pending.
    await expect(second.page.getByTestId('sync-indicator')).toHaveAttribute('data-pending', '0');
    await expect(first.page.getByTestId('sync-indicator')).toHaveAttribute('data-pending', '0');

    await first.page.close();
    await expect.poll(() => leaderLocks(second.page)).toEqual({ held: 1, pending: 0 });
    const late = 'written after the first window closed';
    const t2 = await noteOnFirstUnassigned(second, late);
    await expect.poll(() => onServer(t2, late), { timeout: 15_000 }).toBe(1);
    expect(await onServer(t1, early)).toBe(1);
  } finally {
    await context.close();
    await edition.stop();
  }
});
