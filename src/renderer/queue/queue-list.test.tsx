import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { queuePage } from '../db/queries';
import { agent, customer, ticket } from '../test-support/builders';
import { renderConsole, stubLayoutInSuite } from '../test-support/render-console';

stubLayoutInSuite();

const me = agent(1, { name: 'Anna Kovács' });
const specialist = agent(2, { name: 'Béla Nagy', tier: 2 });

/** 40 unassigned tier 1 tickets given in reverse, 3 of mine, 2 in tier 2. */
function seed() {
  const unassigned = Array.from({ length: 40 }, (_, i) => ticket(40 - i));
  const mine = [101, 102, 103].map((n) => ticket(n, { assigneeId: me.id, status: 'open' }));
  const tier2 = [201, 202].map((n) => ticket(n, { tier: 2 }));
  return { agents: [me, specialist], customers: [customer(1)], tickets: [...unassigned, ...mine, ...tier2] };
}

const numbers = () => screen.getAllByTestId('queue-row').map((r) => Number(r.dataset.ticketNumber));
const selected = () => screen.getByTestId('queue-list').querySelector('[aria-selected="true"]') as HTMLElement | null;

describe('queue list over the replica', () => {
  it('shows the counts of all three queues and the rows in queuePage order', async () => {
    const { user, replica } = await renderConsole(me, seed());
    // Each count is its own live query: they come in one by one.
    await waitFor(() => expect(screen.getByTestId('queue-count-mine').textContent).toBe('3'));
    await waitFor(() => expect(screen.getByTestId('queue-count-unassigned').textContent).toBe('40'));
    await waitFor(() => expect(screen.getByTestId('queue-count-tier').textContent).toBe('43'));
    // The rows are their own live query: they may come a moment after the counts.
    await waitFor(() => expect(numbers()).toEqual([101, 102, 103]));

    await user.click(screen.getByTestId('queue-tab-unassigned'));
    await waitFor(() => expect(numbers()[0]).toBe(1));
    const page = await queuePage(replica.db, me, { kind: 'unassigned', tier: 1 }, { offset: 0, limit: numbers().length });
    expect(numbers()).toEqual(page.map((t) => t.number));
    // Soonest first-response deadline first.
    expect(numbers().slice(0, 5)).toEqual([1, 2, 3, 4, 5]);
    const first = screen.getAllByTestId('queue-row')[0]!;
    expect(within(first).getByText('Ticket subject 1')).toBeTruthy();
    expect(within(first).getByText('Customer 1')).toBeTruthy();
  });

  it('moves the selection with j/k, opens with Enter, goes back with Esc, and switches queues with g-sequences', async () => {
    const { user } = await renderConsole(me, seed());
    await waitFor(() => expect(numbers()).toEqual([101, 102, 103]));
    // The first row is selected once the rows are in (an effect after their paint).
    await waitFor(() => expect(selected()?.dataset.ticketNumber).toBe('101'));
    await user.keyboard('jj');
    expect(selected()?.dataset.ticketNumber).toBe('103');
    await user.keyboard('j');
    expect(selected()?.dataset.ticketNumber).toBe('103');
    await user.keyboard('k');
    expect(selected()?.dataset.ticketNumber).toBe('102');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByTestId('ticket-title').textContent).toContain('Ticket subject 102'));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('ticket-view')).toBeNull());

    await user.keyboard('gu');
    await waitFor(() => expect(numbers()[0]).toBe(1));
    expect(screen.getByTestId('queue-tab-unassigned').getAttribute('aria-current')).toBe('page');
    await user.keyboard('gt');
    await waitFor(() => expect(screen.getByTestId('queue-list').dataset.count).toBe('43'));
    await user.keyboard('gm');
    await waitFor(() => expect(screen.getByTestId('queue-list').dataset.count).toBe('3'));
  });

  it('after Take on Unassigned the highlight never sits on another ticket than the open one; j then opens the next', async () => {
    const { user } = await renderConsole(me, seed());
    await user.keyboard('gu');
    await waitFor(() => expect(selected()?.dataset.ticketNumber).toBe('1'));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByTestId('ticket-title').textContent).toContain('Ticket subject 1'));
    await user.keyboard('a');
    await waitFor(() => expect(screen.getByTestId('queue-count-unassigned').textContent).toBe('39'));
    await waitFor(() => expect(numbers()[0]).toBe(2));
    const open = screen.getByTestId('ticket-view').dataset.ticketId;
    expect(open).toBe(ticket(1).id);
    // The taken ticket left this queue: no row may claim to be the one on screen.
    expect(selected()).toBeNull();
    await user.keyboard('j');
    await waitFor(() => expect(screen.getByTestId('ticket-title').textContent).toContain('Ticket subject 2'));
    expect(selected()?.dataset.ticketId).toBe(screen.getByTestId('ticket-view').dataset.ticketId);
  });

  it('g m on the queue already shown keeps Enter working', async () => {
    const { user } = await renderConsole(me, seed());
    await waitFor(() => expect(selected()?.dataset.ticketNumber).toBe('101'));
    await user.keyboard('gm');
    await waitFor(() => expect(selected()?.dataset.ticketNumber).toBe('101'));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByTestId('ticket-view').dataset.ticketId).toBe(ticket(101, { assigneeId: me.id }).id));
  });

  it('with a ticket open, j and k open the next and previous one, and the highlight follows', async () => {
    const { user } = await renderConsole(me, seed());
    await waitFor(() => expect(selected()?.dataset.ticketNumber).toBe('101'));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByTestId('ticket-title').textContent).toContain('Ticket subject 101'));
    await user.keyboard('j');
    await waitFor(() => expect(screen.getByTestId('ticket-title').textContent).toContain('Ticket subject 102'));
    expect(selected()?.dataset.ticketNumber).toBe('102');
    await user.keyboard('k');
    await waitFor(() => expect(screen.getByTestId('ticket-title').textContent).toContain('Ticket subject 101'));
    expect(selected()?.dataset.ticketNumber).toBe('101');
  });

  it('filters by text with /, and keys typed into the filter are text, not shortcuts', async () => {
    const { user } = await renderConsole(me, seed());
    await user.keyboard('gu');
    await waitFor(() => expect(numbers()[0]).toBe(1));
    await user.keyboard('/');
    expect(document.activeElement).toBe(screen.getByTestId('queue-filter'));
    await user.keyboard('subject 3');
    await waitFor(() => expect(numbers().every((n) => String(n).startsWith('3'))).toBe(true));
    expect(numbers()).toContain(3);
    await waitFor(() => expect(screen.getByText(`${numbers().length} matches`)).toBeTruthy());
    expect(numbers().length).toBeGreaterThan(1);
    expect(screen.getByTestId('queue-tab-unassigned').getAttribute('aria-current')).toBe('page');
    expect(screen.queryByTestId('ticket-view')).toBeNull();
  });

  it('keeps only a window of a long queue in the DOM and pages through it', async () => {
    const many = Array.from({ length: 600 }, (_, i) => ticket(i + 1));
    const { user } = await renderConsole(me, { agents: [me], customers: [customer(1)], tickets: many });
    await user.keyboard('gu');
    await waitFor(() => expect(screen.getByTestId('queue-count-unassigned').textContent).toBe('600'));
    await waitFor(() => expect(numbers()[0]).toBe(1));
    expect(screen.getAllByTestId('queue-row').length).toBeLessThan(40);
    const list = screen.getByTestId('queue-list');
    await act(async () => {
      list.scrollTop = 400 * 34;
      list.dispatchEvent(new Event('scroll'));
    });
    await waitFor(() => expect(numbers()).toContain(401));
    expect(screen.getAllByTestId('queue-row').length).toBeLessThan(40);
  });
});
