// The supervisors' complaint list in happy-dom over a real replica: `g c` shows it with the focus on
// it; its rows are the complaints newest first and its counts per category equal a plain count over the
// tickets the test pulled; the filters narrow both; j/k move, Enter opens the ticket and Esc comes back;
// a pulled change moves a complaint; "as of" while offline; an agent is told it is for supervisors.
import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { COMPLAINT_CATEGORIES, type Complaint, type ComplaintCategory } from '../../shared/complaint';
import type { Ticket } from '../../shared/domain';
import { agent, customer, ticket } from '../test-support/builders';
import { renderConsole, stubLayoutInSuite } from '../test-support/render-console';
import { useComplaintListStore } from './complaint-list-store';

stubLayoutInSuite();
beforeEach(() => useComplaintListStore.setState(useComplaintListStore.getInitialState(), true));

const sup = agent(9, { name: 'Sam Super', role: 'supervisor', tier: null });
const anna = agent(1, { name: 'Anna Kovács' });
const bela = agent(2, { name: 'Béla Nagy', tier: 2 });
const LOADED = { timeout: 10_000 };
const at = (h: number) => new Date(Date.parse('2026-11-30T00:00:00.000Z') + h * 3_600_000).toISOString();
const complaint = (h: number, category: ComplaintCategory, closed = false): Complaint => ({
  category,
  description: `Complaint at ${h}`,
  raisedById: anna.id,
  raisedAt: at(h),
  state: closed ? 'closed' : 'open',
  closedById: closed ? sup.id : null,
  closedAt: closed ? at(h + 1) : null,
});

function rows(): Ticket[] {
  return [
    ticket(1, { complaint: complaint(3, 'billing'), assigneeId: anna.id, status: 'open' }),
    ticket(2),
    ticket(3, { complaint: complaint(5, 'staff') }),
    ticket(4, { tier: 2, complaint: complaint(1, 'billing'), assigneeId: bela.id, status: 'open' }),
    ticket(5, { complaint: complaint(4, 'product', true) }),
    ticket(6),
    ticket(7, { complaint: complaint(2, 'waiting_time'), assigneeId: anna.id, status: 'open' }),
  ];
}

/** The oracle: a plain count over the rows as the test made them. */
const countOf = (ts: Ticket[], pick: (c: Complaint, t: Ticket) => boolean) =>
  Object.fromEntries(COMPLAINT_CATEGORIES.map((k) => [k, String(ts.filter((t) => t.complaint && t.complaint.category === k && pick(t.complaint, t)).length)]));
const shownCounts = () => Object.fromEntries(COMPLAINT_CATEGORIES.map((k) => [k, screen.getByTestId(`complaints-count-${k}`).textContent]));
const shownNumbers = () => screen.queryAllByTestId('complaints-item').map((r) => within(r).getByText(/^#\d+$/, { exact: false }).textContent!.replace(/\D/g, ''));

async function showList(held = rows()) {
  const c = await renderConsole(sup, { agents: [sup, anna, bela], customers: [customer(1)], tickets: held });
  await screen.findByTestId('board', {}, LOADED);
  await c.user.keyboard('gc');
  await screen.findByTestId('complaints-items', {}, LOADED);
  return c;
}

describe('the complaint list', () => {
  it('shows the open complaints newest first with counts per category that equal a plain count', async () => {
    const held = rows();
    await showList(held);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('complaints-items')));
    expect(shownNumbers()).toEqual(['3', '1', '7', '4']);
    await waitFor(() => expect(shownCounts()).toEqual(countOf(held, (c) => c.state === 'open')));
    expect(screen.getByTestId('complaints-count-total').textContent).toBe('4');
    const first = screen.getAllByTestId('complaints-item')[0]!;
    expect(first.getAttribute('aria-label')).toBe('#3 Ticket subject 3 — Staff, Open; Assignee (the ticket’s): Unassigned; Raised: ' + first.querySelector('.muted')!.textContent);
  });

  it('narrows rows and counts by state, category and the ticket’s assignee', async () => {
    const held = rows();
    const c = await showList(held);
    await c.user.selectOptions(screen.getByTestId('complaints-agent'), anna.id);
    await waitFor(() => expect(shownNumbers()).toEqual(['1', '7']));
    expect(shownCounts()).toEqual(countOf(held, (x, t) => x.state === 'open' && t.assigneeId === anna.id));
    await c.user.selectOptions(screen.getByTestId('complaints-agent'), '*');
    await c.user.selectOptions(screen.getByTestId('complaints-state'), 'all');
    await c.user.selectOptions(screen.getByTestId('complaints-category'), 'billing');
    await waitFor(() => expect(shownNumbers()).toEqual(['1', '4']));
    expect(shownCounts()).toEqual(countOf(held, () => true));
    await c.user.selectOptions(screen.getByTestId('complaints-category'), '');
    await c.user.selectOptions(screen.getByTestId('complaints-state'), 'closed');
    await waitFor(() => expect(shownNumbers()).toEqual(['5']));
    expect(screen.getAllByTestId('complaints-item')[0]!.dataset.state).toBe('closed');
  });

  it('moves with j and k, opens the ticket with Enter, and comes back with Esc', async () => {
    const c = await showList();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('complaints-items')));
    const selected = () => screen.getAllByTestId('complaints-item').find((r) => r.getAttribute('aria-selected') === 'true')?.dataset.ticketId;
    expect(selected()).toBe(ticket(3).id);
    await c.user.keyboard('jj');
    expect(selected()).toBe(ticket(7).id);
    await c.user.keyboard('k');
    expect(selected()).toBe(ticket(1).id);
    // The queue did not move with these keys: they were the list's.
    expect(screen.getByTestId('complaints-items').getAttribute('aria-activedescendant')).toContain(ticket(1).id);
    await c.user.keyboard('{Enter}');
    const view = await screen.findByTestId('ticket-view');
    expect(view.dataset.ticketId).toBe(ticket(1).id);
    expect(screen.getByTestId('complaint-block').textContent).toContain('Billing');
    await c.user.keyboard('{Escape}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('complaints-items')), LOADED);
    expect(selected()).toBe(ticket(1).id);
  });

  it('follows a pulled change, and says "as of" while not online', async () => {
    const held = rows();
    const c = await showList(held);
    const closed = { ...held[0]!, complaint: complaint(3, 'billing', true), version: 50 };
    await c.pull({ tickets: [closed] }, 2);
    await waitFor(() => expect(shownNumbers()).toEqual(['3', '7', '4']));
    expect(screen.getByTestId('complaints-count-billing').textContent).toBe('1');
    const pulledAt = (await c.replica.db.meta.get('pulledAt'))?.value as string;
    await act(() => c.api.showStatus({ state: 'offline', pending: 0, lastSyncedAt: pulledAt, lastError: null, initialLoad: null }));
    await waitFor(() => expect(screen.getByTestId('complaints-as-of').textContent).toMatch(/^As of \d/));
    expect(shownNumbers()).toEqual(['3', '7', '4']);
  });

  it('is never mounted for an agent, who is told it is for supervisors', async () => {
    const c = await renderConsole(anna, { agents: [anna], customers: [customer(1)], tickets: rows() });
    await screen.findAllByTestId('queue-row');
    await c.user.keyboard('gc');
    await waitFor(() => expect(screen.getByTestId('live-region').textContent).toBe('The complaint list is for supervisors.'));
    expect(screen.queryByTestId('complaint-list')).toBeNull();
  });
});
