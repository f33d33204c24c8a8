import { test, expect, DEMO } from './fixtures';

// Forced colours (Windows high contrast) drop backgrounds and shadows: the queue's selected row, marked by a
// tint and an inset shadow, must still be marked (an outline in a system colour), and the screen must still
// pass axe. The check reads the browser's computed style under the emulated mode.
test('in forced-colours mode the selected queue row is still marked and the queue passes axe', async ({
  openAgent,
}) => {
  const { console: anna } = await openAgent(DEMO.tier1);
  const page = anna.page;
  await page.emulateMedia({ forcedColors: 'active' });
  await anna.queue.goTo('unassigned');
  await page.keyboard.press('j');
  const selected = page.locator('.queue-row.is-selected');
  await expect(selected).toHaveCount(1);
  const mark = (el: Element) => {
    const s = getComputedStyle(el);
    return { outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0, shadow: s.boxShadow };
  };
  expect(await selected.evaluate(mark)).toMatchObject({ outline: true });
  // Another row carries no such mark: the outline is what tells them apart.
  const other = page.locator('.queue-row:not(.is-selected)').first();
  expect(await other.evaluate(mark)).toMatchObject({ outline: false });
  const AxeBuilder = (await import('@axe-core/playwright')).default;
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(
    r.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' ') + ' ' + (n.failureSummary ?? '').slice(0, 160))
          .slice(0, 4)
          .join(' | ')}`,
    ),
  ).toEqual([]);
});
