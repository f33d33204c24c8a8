// Rebalancing by keyboard in happy-dom over a real replica (fake-indexeddb, the real sync loop fed by the
// fake bridge): x marks rows, Shift+A assigns every marked ticket from the picker (one `assign` mutation
// each in the outbox, with the field version the replica held), a cap asks first, an agent is told why
// not, x typed in a text box marks nothing; from the agents panel, r reassigns all of an agent's open
// tickets and c edits a cap; the board's auto-assign switch; the time since the last break and its flag.
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useBoardStore } from '../board/board-store';
import type { OutboxRow } from '../db/schema';
import { useQueueStore } from '../queue/queue-store';
import { agent, customer, ticket } from '../test-support/builders';
import { renderConsole, stubLayoutInSuite } from '../test-support/render-console';

stubLayoutInSuite();

const sup = agent(9, { name: 'Sam Super', role: 'supervisor', tier: null });
const anna = agent(1, { name: 'Anna Kovács' });
const bela = agent(2, { name: 'Béla Nagy', presence: 'busy', cap: 1 });
const HOUR = 3_600_000;
const LOADED = { timeout: 10_000 };

function seed() {
  const tickets = [1, 2, 3, 4, 5].map((n) => ticket(n));
  tickets.push(ticket(6, { assigneeId: bela.id, status: 'open' }), ticket(7, { assigneeId: bela.id, status: 'pending' }));
  return { agents: [sup, anna, bela], customers: [customer(1)], tickets };
}

const rows = () => screen.getAllByTestId('queue-row');
const selected = () => screen.getByTestId('queue-list').querySelector('[aria-selected="true"]') as HTMLElement | null;
const outbox = async (replica: { db: { outbox: { toArray(): Promise<OutboxRow[]> } } }, name: string) => (await replica.db.outbox.toArray()).filter((m) => m.name === name);
const live = () => screen.getByTestId('live-region').textContent ?? '';

describe('rebalancing from the keyboard', () => {
  it('marks three rows with x and assigns all three from Shift+A: three assign mutations in the outbox', async () => {
    const held = seed();
    const { user, replica } = await renderConsole(sup, held);
    await waitFor(() => expect(selected()?.dataset.ticketNumber).toBe('1'), LOADED);
    await user.keyboard('xjxjx');
    await waitFor(() => expect(screen.getByTestId('marks-count').textContent).toBe('3 tickets marked'));
    expect(live()).toBe('3 tickets marked');
    const marked = rows().filter((r) => r.dataset.marked);
    expect(marked.map((r) => r.dataset.ticketNumber)).toEqual(['1', '2', '3']);
    expect(marked[0]!.getAttribute('aria-label')).toBe('#1 Ticket subject 1 — marked');
    // x again unmarks the row under the cursor.
    await user.keyboard('x');
    await waitFor(() => expect(screen.getByTestId('marks-count').textContent).toBe('2 tickets marked'));
    await user.keyboard('x');

    await user.keyboard('A');
    const picker = await screen.findByTestId('assign-picker');
    expect(within(picker).getByRole('heading').textContent).toBe('Assign 3 tickets to…');
    await user.keyboard('anna');
    const options = within(picker).getAllByTestId('picker-option');
    expect(options.map((o) => o.dataset.value)).toEqual([anna.id]);
    expect(options[0]!.textContent).toContain('0 open / no cap');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByTestId('assign-picker')).toBeNull());

    const assigns = await outbox(replica, 'assign');
    const byId = new Map(held.tickets.map((t) => [t.id, t]));
    expect(assigns.map((m) => m.args)).toEqual(
      ['1', '2', '3'].map((n) => {
        const t = held.tickets.find((x) => String(x.number) === n)!;
        return { ticketId: t.id, assigneeId: anna.id, baseVersion: byId.get(t.id)!.assigneeVersion };
      }),
    );
    await waitFor(() => expect(live()).toContain('3 tickets assigned to Anna Kovács.'));
    expect(screen.queryByTestId('marks-bar')).toBeNull();
  });

  it('x typed into a text box marks nothing; Esc clears the marks; another queue clears them too', async () => {
    const { user } = await renderConsole(sup, seed());
    await waitFor(() => expect(selected()?.dataset.ticketNumber).toBe('1'), LOADED);
    await user.keyboard('/');
    const filter = screen.getByTestId('queue-filter');
    await waitFor(() => expect(document.activeElement).toBe(filter));
    await user.keyboard('x');
    expect((filter as HTMLInputElement).value).toBe('x');
    expect(screen.queryByTestId('marks-bar')).toBeNull();
    expect(screen.queryAllByTestId('queue-row').some((r) => r.dataset.marked)).toBe(false);
    await user.clear(filter);
    await user.keyboard('{Escape}');

    await user.keyboard('x');
    await screen.findByTestId('marks-bar');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('marks-bar')).toBeNull());
    expect(live()).toBe('Marks cleared.');
    await user.keyboard('x');
    await screen.findByTestId('marks-bar');
    await user.keyboard('gu');
    await waitFor(() => expect(screen.queryByTestId('marks-bar')).toBeNull());
  });

  it('asks before assigning above a cap, and assigns on a second Enter', async () => {
    const { user, replica } = await renderConsole(sup, seed());
    await waitFor(() => expect(selected()?.dataset.ticketNumber).toBe('1'), LOADED);
    await user.keyboard('A');
    const picker = await screen.findByTestId('assign-picker');
    expect(within(picker).getByRole('heading').textContent).toBe('Assign 1 ticket to…');
    await user.keyboard('béla');
    const option = within(picker).getByTestId('picker-option');
    expect(option.textContent).toContain('2 open / cap 1');
    expect(option.textContent).toContain('over cap');
    await user.keyboard('{Enter}');
    expect((await within(picker).findByTestId('picker-confirm')).textContent).toContain('Béla Nagy would have 3 open tickets, above their cap of 1.');
    expect(await outbox(replica, 'assign')).toEqual([]);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByTestId('assign-picker')).toBeNull());
    expect((await outbox(replica, 'assign')).map((m) => (m.args as { assigneeId: string }).assigneeId)).toEqual([bela.id]);
  });

  it('tells an agent that only supervisors assign to others, and opens nothing', async () => {
    const { user } = await renderConsole(anna, seed());
    await user.click(await screen.findByTestId('queue-tab-unassigned', {}, LOADED));
    await waitFor(() => expect(selected()?.dataset.ticketNumber).toBe('1'), LOADED);
    await user.keyboard('x');
    expect(live()).toBe('Only supervisors assign tickets to others: take a ticket with a.');
    await user.keyboard('A');
    expect(screen.queryByTestId('assign-picker')).toBeNull();
    expect(screen.queryByTestId('marks-bar')).toBeNull();
  });

  it('reassigns all of an agent’s open tickets back to the queue from the agents panel (r), and edits a cap (c)', async () => {
    const { user, replica } = await renderConsole(sup, seed());
    const row = await waitFor(() => {
      const r = screen.getAllByTestId('agent-row').find((x) => x.dataset.agentId === bela.id);
      expect(r).toBeTruthy();
      return r!;
    }, LOADED);
    row.focus();
    await user.keyboard('r');
    const dialog = await screen.findByTestId('reassign-dialog');
    await waitFor(() => expect(within(dialog).getByTestId('picker-intro').textContent).toBe('2 open tickets of Béla Nagy will move.'));
    await waitFor(() => expect(within(dialog).getAllByTestId('picker-option').map((o) => o.dataset.value)).toEqual(['unassign', 'spread', anna.id]));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByTestId('reassign-dialog')).toBeNull());
    const moved = (await outbox(replica, 'assign')).map((m) => m.args as { ticketId: string; assigneeId: string | null });
    expect(moved.map((a) => a.assigneeId)).toEqual([null, null]);
    expect(new Set(moved.map((a) => a.ticketId))).toEqual(new Set([ticket(6).id, ticket(7).id]));
    await waitFor(() => expect(live()).toContain('2 tickets back in the unassigned queue.'));

    // The second stroke of a key-map sequence (g then c) is the key map's, not this row's cap editor.
    row.focus();
    await user.keyboard('gc');
    expect(screen.queryByTestId('cap-dialog')).toBeNull();
    // (g c may have shown another supervisor screen: back to the board.)
    await user.keyboard('gb');
    // g b puts the focus on the board's first number once it is back: wait for that before moving it.
    await waitFor(() => expect((document.activeElement as HTMLElement | null)?.dataset.cell).toBe('0,0'), LOADED);
    const again = await waitFor(() => {
      const r = screen.getAllByTestId('agent-row').find((x) => x.dataset.agentId === bela.id);
      expect(r).toBeTruthy();
      return r!;
    }, LOADED);
    again.focus();
    await user.keyboard('c');
    const input = await screen.findByTestId('cap-input');
    await user.clear(input);
    await user.keyboard('0{Enter}');
    expect((await within(await screen.findByTestId('cap-dialog')).findByRole('alert', {}, LOADED)).textContent).toBe('A cap is a whole number from 1 to 500, or empty for none.');
    await user.clear(input);
    await user.keyboard('12{Enter}');
    await waitFor(() => expect(screen.queryByTestId('cap-dialog')).toBeNull());
    expect((await outbox(replica, 'setAgentCap')).map((m) => m.args)).toEqual([{ agentId: bela.id, cap: 12 }]);
  });

  it('shows the auto-assign switch per tier as replicated, and toggles it (setAutoAssign)', async () => {
    const c = await renderConsole(sup, seed());
    const one = await screen.findByTestId('auto-assign-1', {}, LOADED);
    expect(one.getAttribute('aria-checked')).toBe('false');
    await c.api.pull({ cursor: 2, lastMutationId: 0, changes: [{ entity: 'tierSetting', value: { id: '0193a000-0000-7000-8000-0000000000e2', tier: 2, autoAssign: true, version: 2 } }], refused: [] });
    await waitFor(() => expect(screen.getByTestId('auto-assign-2').getAttribute('aria-checked')).toBe('true'));
    expect(screen.getByTestId('auto-assign-2').textContent).toBe('Tier 2: on');
    one.focus();
    await c.user.keyboard(' ');
    await waitFor(async () => expect((await outbox(c.replica, 'setAutoAssign')).map((m) => m.args)).toEqual([{ tier: 1, on: true }]));
    await waitFor(() => expect(screen.getByTestId('auto-assign-1').textContent).toContain('saving…'));
  });

  it('shows the time since each agent’s last break and flags more than two hours without one', async () => {
    const now = Date.now();
    const tired = agent(3, { name: 'Cili Kiss', presence: 'busy', lastBreakEndedAt: new Date(now - 3 * HOUR).toISOString() });
    const rested = agent(4, { name: 'Dani Kovács', lastBreakEndedAt: new Date(now - HOUR / 2).toISOString() });
    const resting = agent(5, { name: 'Emőke Tóth', presence: 'break', lastBreakEndedAt: new Date(now - 5 * HOUR).toISOString() });
    await renderConsole(sup, { agents: [sup, tired, rested, resting], customers: [customer(1)], tickets: [] });
    const cell = async (id: string) =>
      waitFor(() => {
        const r = screen.getAllByTestId('agent-row').find((x) => x.dataset.agentId === id);
        expect(r).toBeTruthy();
        return r!.querySelector<HTMLElement>('[data-testid="agent-break"]')!;
      }, LOADED);
    // The oracle: 3 h, 30 min and a break now, against a limit of 2 h.
    expect((await cell(tired.id)).dataset.overdue).toBe('true');
    expect((await cell(tired.id)).textContent).toContain('no break for more than 2 hours');
    expect((await cell(rested.id)).dataset.overdue).toBe('false');
    expect((await cell(resting.id)).textContent).toBe('on a break now');
  });
});

describe('the spread', () => {
  it('spreads an agent’s open tickets by the auto-assign rule: only to available agents below their caps', async () => {
    const cili = agent(3, { name: 'Cili Kiss', cap: 1 });
    const dani = agent(4, { name: 'Dani Tóth', presence: 'away' });
    const held = seed();
    const { user, replica } = await renderConsole(sup, { ...held, agents: [sup, anna, bela, cili, dani] });
    const row = await waitFor(() => {
      const r = screen.getAllByTestId('agent-row').find((x) => x.dataset.agentId === bela.id);
      expect(r).toBeTruthy();
      return r!;
    }, LOADED);
    row.focus();
    await user.keyboard('r');
    const dialog = await screen.findByTestId('reassign-dialog');
    await waitFor(() => expect(within(dialog).getAllByTestId('picker-option').map((o) => o.dataset.value)).toContain(cili.id));
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(screen.queryByTestId('reassign-dialog')).toBeNull());
    // Two tickets; Anna and Cili (cap 1) are available and empty, Dani away: one each, by the rule.
    const to = (await outbox(replica, 'assign')).map((m) => (m.args as { assigneeId: string }).assigneeId).sort();
    expect(to).toEqual([anna.id, cili.id].sort());
  });
});

describe('the board and an open dialog', () => {
  it('a board that mounts under a dialog leaves the focus in the dialog (g b asked before it opened)', async () => {
    const { user } = await renderConsole(sup, seed());
    await waitFor(() => expect(selected()?.dataset.ticketNumber).toBe('1'), LOADED);
    await user.keyboard('{Enter}');
    await screen.findByTestId('ticket-view', {}, LOADED);
    await user.keyboard('?');
    const sheet = await screen.findByTestId('cheat-sheet');
    await waitFor(() => expect(sheet.contains(document.activeElement), 'the sheet took the focus').toBe(true));
    // The board is asked for (as g b does) and mounts behind the dialog when the ticket closes.
    act(() => {
      useBoardStore.getState().focusBoard();
      useQueueStore.getState().closeTicket();
    });
    await screen.findByTestId('board-open-1', {}, LOADED);
    await waitFor(() => expect(screen.getByTestId('board-open-1').textContent).toMatch(/\d/));
    expect(sheet.contains(document.activeElement), 'the focus is still in the sheet').toBe(true);
  });
});

describe('the cheat sheet', () => {
  it('lists x, Shift+A and, for a supervisor, the agent row keys', async () => {
    const { user } = await renderConsole(sup, seed());
    await waitFor(() => expect(selected()?.dataset.ticketNumber).toBe('1'), LOADED);
    await user.keyboard('?');
    const sheet = await screen.findByTestId('cheat-sheet');
    expect(within(sheet).getByText('Mark or unmark the ticket (for assigning several at once)').closest('tr')?.textContent).toContain('x');
    expect(within(sheet).getByText('Assign the marked tickets (or this one) to an agent').closest('tr')?.textContent).toContain('A');
    expect(within(sheet).getByTestId('agent-row-keys').textContent).toContain('Reassign all their open tickets');
  });
});
