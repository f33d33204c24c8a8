import { test, expect, DEMO } from './fixtures';

// Issue 7, point 8: the console at 1440×900, as the lower end of an agent's screen. What can be measured
// is asserted; the screenshots are kept with the test's output for a look.
const SIZE = { width: 1440, height: 900 };

test('at 1440×900 the ticket actions sit on one line, addresses and the offline message are whole, truncated subjects have a tooltip', async ({ openAgent }, info) => {
  const bela = await openAgent(DEMO.tier2, { cuttable: true });
  const { page } = bela.console;
  await page.setViewportSize(SIZE);
  await bela.console.queue.goTo('unassigned');
  await expect(bela.console.queue.rows().first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(bela.console.ticket.view()).toBeVisible();
  await page.screenshot({ path: info.outputPath('ticket-1440.png') });

  await test.step('every action button of a tier 2 ticket on one line', async () => {
    const buttons = page.getByRole('toolbar', { name: 'Ticket actions' }).getByRole('button');
    expect(await buttons.count()).toBeGreaterThanOrEqual(5);
    const tops = await buttons.evaluateAll((els) => els.map((e) => (e as HTMLElement).offsetTop));
    expect(new Set(tops).size).toBe(1);
  });

  await test.step('an e-mail address breaks only after its @, never inside a word', async () => {
    const parts = page.getByTestId('customer-email').locator('.email-part');
    expect(await parts.count()).toBe(2);
    const lines = await parts.evaluateAll((els) => els.map((e) => e.getClientRects().length));
    expect(lines).toEqual([1, 1]);
  });

  await test.step('a subject cut short in the queue has its full text as a tooltip', async () => {
    const cells = page.locator('[data-testid="queue-row"] .col-subject');
    const cut = await cells.evaluateAll((els) =>
      els.filter((e) => e.scrollWidth > e.clientWidth).map((e) => ({ title: e.getAttribute('title') ?? '', text: e.textContent ?? '' })),
    );
    for (const c of cut) expect(c.title.length).toBeGreaterThan(0);
    const title = page.getByTestId('ticket-title');
    expect(await title.getAttribute('title')).toBeTruthy();
  });
  await test.step('the offline message is shown whole', async () => {
    bela.link!.cut();
    await page.getByTestId('sync-retry').click();
    await expect(bela.console.syncIndicator()).toHaveAttribute('data-state', 'offline', { timeout: 20_000 });
    const error = page.getByTestId('sync-error');
    await expect(error).toBeVisible();
    const box = await error.evaluate((e) => ({ sw: e.scrollWidth, cw: e.clientWidth, sh: e.scrollHeight, ch: e.clientHeight }));
    expect(box.sw).toBeLessThanOrEqual(box.cw);
    expect(box.sh).toBeLessThanOrEqual(box.ch);
    await expect(error).toContainText('will sync when it is back');
    // Room is made by wrapping the message, not by squeezing the top bar's names and buttons onto two lines.
    const bar = page.locator('header.topbar');
    const squeezed = await bar.locator('.brand, .who, button').evaluateAll((els) =>
      els.filter((e) => e.getClientRects().length > 1 || e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent),
    );
    expect(squeezed).toEqual([]);
    const heights = await bar.getByRole('button').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().height)));
    expect(new Set(heights).size).toBe(1);
    await page.screenshot({ path: info.outputPath('offline-1440.png') });
  });
});

test('a supervisor lands on the whole tier, not on an empty Mine', async ({ openAgent }) => {
  const { console: sup } = await openAgent(DEMO.supervisor);
  await sup.page.setViewportSize(SIZE);
  await expect(sup.queue.tab('tier')).toHaveAttribute('aria-current', 'page');
  expect(await sup.queue.countOf('tier')).toBeGreaterThan(0);
  await expect(sup.queue.rows().first()).toBeVisible();
});

// The top bar in the longer languages at 1280 px, offline: the sync message keeps room for its words (the
// actions move to a second row instead), and the workspace stays on the screen.
for (const [language, locale] of [
  ['Hungarian', 'hu-HU'],
  ['Latvian', 'lv-LV'],
] as const) {
  test.describe(`in ${language} at 1280×800`, () => {
    test.use({ locale });
    test('offline, the sync message is not squeezed into a column and the workspace stays on screen', async ({ openAgent }, info) => {
      const anna = await openAgent(DEMO.tier1, { cuttable: true });
      const { page } = anna.console;
      await page.setViewportSize({ width: 1280, height: 800 });
      anna.link!.cut();
      await page.getByTestId('sync-retry').click();
      await expect(anna.console.syncIndicator()).toHaveAttribute('data-state', 'offline', { timeout: 20_000 });
      const error = page.getByTestId('sync-error');
      await expect(error).toBeVisible();
      const box = await error.evaluate((e) => ({ w: e.clientWidth, sw: e.scrollWidth, sh: e.scrollHeight, ch: e.clientHeight }));
      expect(box.w).toBeGreaterThanOrEqual(200);
      expect(box.sw).toBeLessThanOrEqual(box.w);
      expect(box.sh).toBeLessThanOrEqual(box.ch);
      const barHeight = await page.locator('header.topbar').evaluate((e) => e.getBoundingClientRect().height);
      expect(barHeight).toBeLessThan(200);
      await expect(anna.console.queue.rows().first()).toBeInViewport();
      await page.screenshot({ path: info.outputPath(`offline-1280-${locale}.png`) });
    });
  });
}
