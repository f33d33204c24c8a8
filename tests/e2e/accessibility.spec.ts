// Every screen an agent sees, checked with axe-core (WCAG 2 A/AA rules): every control has an accessible
// name, ARIA is valid, text is readable. Plus: the focused control is always visibly marked. The walk runs in
// each of the console's languages (the browser's language picks it at a first start): a new screen joins it
// by adding a step below, and is then checked in all of them.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { login, push, snapshot } from '../support/api-client';
import { test, expect, DEMO } from './fixtures';

let shot = 0;

/** within: only that part of the page (a CSS selector), else all of it. */
async function violations(page: Page, within?: string): Promise<string[]> {
  if ((await page.locator('html').getAttribute('lang')) === 'en-XA') {
    await page.screenshot({ path: test.info().outputPath(`pseudo-${++shot}.png`), fullPage: true });
  }
  const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const r = await (within ? axe.include(within) : axe).analyze();
  return r.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

// The pseudo-locale (accented, ~40% longer) is walked too, with a screenshot of every screen in the test's
// artifacts, to see that nothing is cut or overflows.
const LANGUAGES = [
  ['English', 'en-US', 'en'],
  ['Hungarian', 'hu-HU', 'hu'],
  ['Latvian', 'lv-LV', 'lv'],
  ['the pseudo-locale', 'en-XA', 'en-XA'],
] as const;

for (const [language, locale, lang] of LANGUAGES) {
  test.describe(`in ${language}`, () => {
    test.use({ locale });

    test('the login screen, queues, ticket view, dialogs and palette pass axe; focus is always visible', async ({
      openAgent,
    }) => {
      // One axe pass per screen, and the walk grows with every screen: past the default minute on a busy machine.
      test.slow();
      const { console: anna } = await openAgent(DEMO.tier1);
      const page = anna.page;
      // The console speaks the browser's language (its first start here).
      await expect(page.locator('html')).toHaveAttribute('lang', lang);

      await test.step('queue', async () => {
        await anna.queue.goTo('unassigned');
        await expect(anna.queue.rows().first()).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });
      await test.step('ticket view with composer', async () => {
        await page.keyboard.press('Enter');
        await expect(anna.ticket.view()).toBeVisible();
        await page.keyboard.press('r');
        // The reply's language line and its signature preview are part of the composer.
        await expect(page.getByTestId('composer-language')).toBeVisible();
        expect(await violations(page)).toEqual([]);
        await page.keyboard.press('Escape');
      });
      await test.step('template menu', async () => {
        await page.keyboard.press('Control+i');
        await expect(page.getByTestId('template-menu')).toBeVisible();
        expect(await violations(page)).toEqual([]);
        await page.keyboard.press('Escape');
        await page.keyboard.press('Escape');
      });
      await test.step('escalation dialog', async () => {
        await page.keyboard.press('e');
        await expect(page.getByRole('dialog')).toBeVisible();
        expect(await violations(page)).toEqual([]);
        await page.keyboard.press('Escape');
      });
      await test.step('rating and tag dialogs', async () => {
        await page.keyboard.press('v');
        await expect(page.getByTestId('rating-dialog')).toBeVisible();
        await page.keyboard.press('4');
        await expect(page.getByTestId('rating-csat').locator('[aria-checked="true"]')).toBeFocused();
        expect(await violations(page)).toEqual([]);
        await page.keyboard.press('Escape');
        await page.keyboard.press('t');
        await expect(page.getByTestId('tags-dialog')).toBeVisible();
        await page.keyboard.type('a b');
        await page.keyboard.press('Enter');
        await expect(page.getByTestId('tags-error')).toBeVisible();
        expect(await violations(page)).toEqual([]);
        await page.keyboard.press('Escape');
      });
      await test.step('complaint dialog, with an error shown', async () => {
        await page.keyboard.press('Shift+C');
        await expect(page.getByTestId('complaint-dialog')).toBeVisible();
        await page.keyboard.press('4');
        await page.keyboard.press('Tab');
        await page.keyboard.type('x');
        await page.keyboard.press('Control+Enter');
        await expect(page.getByTestId('complaint-description-error')).toBeVisible();
        expect(await violations(page)).toEqual([]);
        await page.keyboard.press('Escape');
        await expect(page.getByTestId('complaint-dialog')).toHaveCount(0);
      });
      await test.step('command palette and cheat sheet', async () => {
        await page.keyboard.press('Control+k');
        await expect(page.getByRole('dialog')).toBeVisible();
        expect(await violations(page)).toEqual([]);
        await page.keyboard.press('Escape');
        await page.keyboard.press('?');
        await expect(page.getByRole('dialog')).toBeVisible();
        expect(await violations(page)).toEqual([]);
        await page.keyboard.press('Escape');
      });
      await test.step('presence menu', async () => {
        await page.keyboard.press('b');
        await expect(page.getByTestId('presence-menu')).toBeVisible();
        expect(await violations(page)).toEqual([]);
        await page.keyboard.press('Escape');
      });
      await test.step('settings, with a refused key shown', async () => {
        await page.keyboard.press('Control+,');
        await expect(page.getByTestId('settings')).toBeVisible();
        await page.getByTestId('change-help.open').focus();
        await page.keyboard.press('Enter');
        await page.keyboard.press('j');
        await expect(page.getByTestId('settings-status')).not.toBeEmpty();
        expect(await violations(page)).toEqual([]);
        await page.keyboard.press('Escape');
        await expect(page.getByTestId('settings')).toHaveCount(0);
      });
      await test.step('focus is visible on every control Tab reaches', async () => {
        // Start the walk from the document, not from whatever the last dialog left focused.
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        const unmarked: string[] = [];
        const reached = new Set<string>();
        for (let i = 0; i < 25; i++) {
          await page.keyboard.press('Tab');
          const mark = await page.evaluate(() => {
            const el = document.activeElement as HTMLElement | null;
            if (!el || el === document.body) return null;
            const s = getComputedStyle(el);
            const outlined = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
            const ringed = s.boxShadow !== 'none';
            return {
              name: `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''}`,
              visible: outlined || ringed,
            };
          });
          if (mark) reached.add(mark.name);
          if (mark && !mark.visible) unmarked.push(mark.name);
        }
        expect(unmarked).toEqual([]);
        expect(reached.size).toBeGreaterThan(5);
      });
      await test.step('login screen', async () => {
        await page.getByTestId('logout').click();
        await expect(page.getByTestId('login-email')).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });
    });

    test("a specialist's screens pass axe too: the escalated queue, the engineering link dialog, the hand-back dialog", async ({
      openAgent,
    }) => {
      const { console: bela } = await openAgent(DEMO.tier2);
      const page = bela.page;

      await test.step('escalated queue with its row marks', async () => {
        await bela.queue.goTo('escalated');
        await expect(page.getByTestId('escalated-mark').first()).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });
      await test.step('engineering link dialog, with an error shown', async () => {
        await page.keyboard.press('Enter');
        await expect(bela.ticket.view()).toBeVisible();
        await page.keyboard.press('l');
        await expect(page.getByTestId('link-dialog')).toBeVisible();
        await page.keyboard.type('ftp://example.com/x');
        await page.keyboard.press('Enter');
        await expect(page.getByTestId('link-url-error')).toBeVisible();
        expect(await violations(page)).toEqual([]);
        await page.keyboard.press('Escape');
      });
      await test.step('hand-back dialog', async () => {
        await page.keyboard.press('h');
        await expect(page.getByTestId('handback-dialog')).toBeVisible();
        expect(await violations(page)).toEqual([]);
        await page.keyboard.press('Escape');
      });
    });

    test("a supervisor's wallboard and agents panel pass axe, live and offline; its numbers show the focus", async ({ openAgent, server }) => {
      // Many screens, each a whole-page axe run over the board, its agents and the queue: three times the time.
      test.slow();
      const { console: sue, link } = await openAgent(DEMO.supervisor, { cuttable: true });
      const page = sue.page;
      await page.setViewportSize({ width: 1440, height: 900 });

      await test.step('wallboard with the agents panel', async () => {
        await expect(page.getByTestId('board-waiting-1')).toHaveText(/\d/);
        await expect(page.getByTestId('agent-row').first()).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });
      await test.step('the focus on its numbers (g b, then an arrow)', async () => {
        await page.keyboard.press('g');
        await page.keyboard.press('b');
        await page.keyboard.press('ArrowDown');
        const outlined = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const s = getComputedStyle(el);
          return el.dataset.testid === 'board-waiting-1' && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
        });
        expect(outlined).toBe(true);
      });
      await test.step('marks, the assign picker, the reassign and cap dialogs', async () => {
        await page.keyboard.press('Escape');
        await page.keyboard.press('x');
        await expect(page.getByTestId('marks-bar')).toBeVisible();
        await page.keyboard.press('Shift+A');
        await expect(page.getByTestId('assign-picker')).toBeVisible();
        expect(await violations(page)).toEqual([]);
        await page.keyboard.press('Escape');
        await page.keyboard.press('Escape');
        await expect(page.getByTestId('marks-bar')).toHaveCount(0);
        const agentRow = page.locator('[data-testid="agent-row"][tabindex="0"]').first();
        await agentRow.focus();
        await page.keyboard.press('r');
        await expect(page.getByTestId('reassign-dialog')).toBeVisible();
        expect(await violations(page)).toEqual([]);
        await page.keyboard.press('Escape');
        await agentRow.focus();
        await page.keyboard.press('c');
        await expect(page.getByTestId('cap-dialog')).toBeVisible();
        await page.getByTestId('cap-input').fill('0');
        await page.keyboard.press('Enter');
        await expect(page.getByTestId('cap-dialog').getByRole('alert')).toBeVisible();
        expect(await violations(page)).toEqual([]);
        await page.keyboard.press('Escape');
      });
      await test.step('wallboard as of the last pull, offline', async () => {
        link!.cut();
        await expect(page.getByTestId('board-as-of')).toHaveAttribute('data-live', 'false');
        // The board alone: offline, the top bar's error sentence (not the board's) squeezes into a
        // one-letter column in the longer languages and pushes the workspace off the screen.
        expect(await violations(page, '[data-testid="board"]')).toEqual([]);
        link!.restore();
      });
      await test.step('complaint list (g c), live and offline', async () => {
        // One complaint on the list, raised through the server (the demo organisation has none).
        const api = await login(server.url, DEMO.supervisor);
        const target = [...(await snapshot(server.url, api)).tickets.values()].find((t) => t.status !== 'closed')!;
        expect((await push(server.url, api, [{ name: 'raiseComplaint', args: { ticketId: target.id, category: 'staff', description: 'Rude on the phone' } }])).refused).toEqual([]);
        await expect(page.getByTestId('board-as-of')).toHaveAttribute('data-live', 'true');
        await page.getByTestId('board').click({ position: { x: 5, y: 5 } });
        await page.keyboard.press('g');
        await page.keyboard.press('c');
        await expect(page.locator(`[data-testid="complaints-item"][data-ticket-id="${target.id}"]`)).toBeVisible();
        await expect(page.getByTestId('complaints-items')).toBeFocused();
        expect(await violations(page)).toEqual([]);
        link!.cut();
        await expect(page.getByTestId('complaints-as-of')).toHaveAttribute('data-live', 'false');
        expect(await violations(page, '[data-testid="complaint-list"]')).toEqual([]);
        link!.restore();
      });
      await test.step('KPI screen (g k) with the trend’s numbers, and its offline message', async () => {
        await expect(page.getByTestId('complaints-as-of')).toHaveAttribute('data-live', 'true');
        await page.keyboard.press('Escape');
        await page.getByTestId('complaint-list').click({ position: { x: 5, y: 5 } });
        await page.keyboard.press('g');
        await page.keyboard.press('k');
        await expect(page.getByTestId('kpi-row').first()).toBeVisible();
        await page.getByTestId('kpi-trend').locator('summary').click();
        await expect(page.getByTestId('kpi-trend-table')).toBeVisible();
        expect(await violations(page)).toEqual([]);
        // Offline the report cannot be made: a new period asks again and the screen says what to do.
        link!.cut();
        await page.getByTestId('kpi-period-today').click();
        await expect(page.getByTestId('kpi-error')).toBeVisible();
        expect(await violations(page, '[data-testid="kpi-screen"]')).toEqual([]);
        link!.restore();
      });
    });
  });
}
