// A complaint from the keyboard, in happy-dom over a real replica: Shift+C on the open ticket opens the
// dialog with the focus on the categories; the arrows and a number choose one; a too-short description is
// refused with the contract's words; Ctrl+Enter raises it (optimistic: the block and the queue row's
// mark show at once, and the push carries it); Esc cancels and the focus comes back; the same keys close
// an open complaint for the assignee, and are not offered to a colleague who may not close it.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../shared/domain';
import { agent, customer, ticket } from '../test-support/builders';
import { renderConsole, stubLayoutInSuite } from '../test-support/render-console';

stubLayoutInSuite();

const anna = agent(1, { name: 'Anna Kovács' });
const jani = agent(2, { name: 'Jānis Bērziņš' });
const open = (over: Partial<Ticket['complaint'] & object> = {}) => ({
  category: 'billing' as const,
  description: 'Charged twice for March',
  raisedById: jani.id,
  raisedAt: '2026-11-30T09:00:00.000Z',
  state: 'open' as const,
  closedById: null,
  closedAt: null,
  ...over,
});

async function openFirst(me = anna, tickets: Ticket[] = [ticket(1), ticket(2)]) {
  const tc = await renderConsole(me, { agents: [anna, jani], customers: [customer(1)], tickets });
  await tc.user.keyboard('gt');
  await waitFor(() => expect(screen.getAllByTestId('queue-row')[0]?.dataset.ticketNumber).toBe('1'));
  await tc.user.keyboard('{Enter}');
  await screen.findByTestId('ticket-view');
  return tc;
}

describe('the complaint dialog', () => {
  it('raises a complaint from the keyboard: category by arrows and number, description, Ctrl+Enter', async () => {
    const tc = await openFirst();
    const view = screen.getByTestId('ticket-view');
    view.focus();
    await tc.user.keyboard('{Shift>}C{/Shift}');
    const dialog = await screen.findByTestId('complaint-dialog');
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(document.activeElement).toBe(screen.getByTestId('complaint-category-service'));
    await tc.user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByTestId('complaint-category-product').getAttribute('aria-checked')).toBe('true');
    expect(document.activeElement).toBe(screen.getByTestId('complaint-category-product'));
    await tc.user.keyboard('4');
    expect(screen.getByTestId('complaint-category-billing').getAttribute('aria-checked')).toBe('true');
    // Tab to the description; a digit typed there is text, not a category.
    await tc.user.keyboard('{Tab}');
    expect(document.activeElement).toBe(screen.getByTestId('complaint-description-input'));
    await tc.user.keyboard('2x{Control>}{Enter}{/Control}');
    expect(screen.getByTestId('complaint-description-error').textContent).toBe('Describe the complaint in at least 3 characters.');
    expect(screen.getByTestId('complaint-category-billing').getAttribute('aria-checked')).toBe('true');
    await tc.user.keyboard(' charges in March{Control>}{Enter}{/Control}');
    await waitFor(() => expect(screen.queryByTestId('complaint-dialog')).toBeNull());
    // Back where it was, and the complaint shows at once (optimistic), in the block and the queue row.
    expect(document.activeElement).toBe(view);
    const block = await screen.findByTestId('complaint-block');
    expect(block.dataset.state).toBe('open');
    expect(block.textContent).toContain('Complaint: Billing · Open');
    expect(screen.getByTestId('complaint-description').textContent).toBe('2x charges in March');
    expect(block.textContent).toContain('Raised by Anna Kovács');
    const row = screen.getAllByTestId('queue-row').find((r) => r.dataset.ticketNumber === '1')!;
    await waitFor(() => expect(row.querySelector('[data-testid="complaint-marker"]')?.getAttribute('data-state')).toBe('open'));
    expect(row.getAttribute('aria-label')).toBe('#1 Ticket subject 1 — Open complaint');
    const pushed = (await tc.api.pushed()).filter((m) => m.name === 'raiseComplaint');
    expect(pushed.map((m) => m.args)).toEqual([{ ticketId: ticket(1).id, category: 'billing', description: '2x charges in March' }]);
  });

  it('cancels with Esc, giving the focus back and sending nothing', async () => {
    const tc = await openFirst();
    const view = screen.getByTestId('ticket-view');
    view.focus();
    await tc.user.keyboard('{Shift>}C{/Shift}');
    await screen.findByTestId('complaint-dialog');
    await tc.user.keyboard('{Tab}Rude{Escape}');
    await waitFor(() => expect(screen.queryByTestId('complaint-dialog')).toBeNull());
    expect(document.activeElement).toBe(view);
    expect(screen.queryByTestId('complaint-block')).toBeNull();
    expect((await tc.api.pushed()).filter((m) => m.name === 'raiseComplaint')).toEqual([]);
  });

  it('closes an open complaint for the assignee, with the same keys', async () => {
    const tc = await openFirst(anna, [ticket(1, { assigneeId: anna.id, status: 'open', complaint: open() }), ticket(2)]);
    expect(screen.getByTestId('complaint-block').textContent).toContain('Raised by Jānis Bērziņš');
    screen.getByTestId('ticket-view').focus();
    await tc.user.keyboard('{Shift>}C{/Shift}');
    const dialog = await screen.findByTestId('complaint-dialog');
    expect(dialog.textContent).toContain('Close the complaint');
    await tc.user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(screen.getByTestId('complaint-block').dataset.state).toBe('closed'));
    expect(screen.getByTestId('complaint-block').textContent).toContain('Closed by Anna Kovács');
    expect((await tc.api.pushed()).filter((m) => m.name === 'closeComplaint').map((m) => m.args)).toEqual([{ ticketId: ticket(1).id }]);
  });

  it('is in the palette and the cheat sheet, with its key', async () => {
    const tc = await openFirst();
    screen.getByTestId('ticket-view').focus();
    await tc.user.keyboard('{Control>}k{/Control}');
    await tc.user.keyboard('complaint');
    const items = await screen.findAllByTestId('palette-item');
    expect(items.map((i) => i.textContent)).toEqual(expect.arrayContaining([expect.stringContaining('Raise or close a complaint'), expect.stringContaining('Open the complaint list')]));
    await tc.user.keyboard('{Escape}');
    await tc.user.keyboard('?');
    const sheet = await screen.findByTestId('cheat-sheet');
    expect(sheet.querySelector('[data-action="ticket.complaint"]')?.textContent).toBe('CRaise or close a complaint');
    expect(sheet.querySelector('[data-action="go.complaints"]')?.textContent).toBe('g then cOpen the complaint list');
  });

  it('is not offered to close a colleague’s ticket’s complaint (the rules say so)', async () => {
    const tc = await openFirst(jani, [ticket(1, { assigneeId: anna.id, status: 'open', complaint: open() }), ticket(2)]);
    expect((screen.getByTestId('action-complaint') as HTMLButtonElement).disabled).toBe(true);
    screen.getByTestId('ticket-view').focus();
    await tc.user.keyboard('{Shift>}C{/Shift}');
    await waitFor(() => expect(screen.getByTestId('live-region').textContent).not.toBe(''));
    expect(screen.queryByTestId('complaint-dialog')).toBeNull();
  });
});
