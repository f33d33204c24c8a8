// Issue 11, point 5, end to end: the supervisor marks two unassigned tickets with `x`, opens the assign
// picker with Shift+A, types part of Jānis's name (without the accent) and presses Enter; the server then
// holds both tickets assigned to him. (His cap is lifted first, so the picker does not ask to confirm.)
import { login, push } from '../support/api-client';
import { test, expect, DEMO } from './fixtures';
import { serverView } from './support/server-view';

test('a supervisor marks two tickets with x, assigns both with Shift+A to an agent, and the server has them assigned', async ({ server, openAgent }) => {
  const janis = (await login(server.url, DEMO.tier1b)).agent;
  const lifted = await push(server.url, await login(server.url, DEMO.supervisor), [{ name: 'setAgentCap', args: { agentId: janis.id, cap: null } }]);
  expect(lifted.refused).toEqual([]);
  const { console: sue } = await openAgent(DEMO.supervisor);
  const page = sue.page;
  await sue.queue.goTo('unassigned');
  const first = await sue.queue.selectedTicketId();
  await page.keyboard.press('x');
  await page.keyboard.press('j');
  const second = await sue.queue.selectedTicketId();
  expect(second).not.toBe(first);
  await page.keyboard.press('x');
  await expect(page.getByTestId('marks-count')).toHaveText('2 tickets marked');
  await expect(sue.queue.rowOf(first)).toHaveAttribute('data-marked', 'true');
  await expect(sue.queue.rowOf(second)).toHaveAttribute('data-marked', 'true');

  await page.keyboard.press('Shift+A');
  const picker = page.getByTestId('assign-picker');
  await expect(picker).toBeVisible();
  await page.keyboard.type('janis');
  await expect(picker.getByTestId('picker-option')).toHaveCount(1);
  await expect(picker.getByTestId('picker-option')).toContainText('Jānis Bērziņš');
  await expect(picker.getByTestId('picker-option')).toContainText('no cap');
  await page.keyboard.press('Enter');
  await expect(picker).toHaveCount(0);
  await expect(page.getByTestId('marks-bar')).toHaveCount(0);

  const truth = await serverView(server.url);
  for (const id of [first, second]) await expect.poll(async () => (await truth.ticket(id)).ticket.assigneeId, { timeout: 10_000 }).toBe(janis.id);
});
