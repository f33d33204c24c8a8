import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_KEYMAP } from '../../shared/keymap';
import { en } from '../i18n/en';
import { CheatSheet } from '../keyboard/cheat-sheet';
import { agent, customer, ticket } from '../test-support/builders';
import { renderConsole, stubLayout } from '../test-support/render-console';
import { CommandPalette } from './command-palette';

describe('command palette', () => {
  it('lists every action of the key map with its key', () => {
    render(<CommandPalette onRun={() => {}} onClose={() => {}} />);
    const items = screen.getAllByTestId('palette-item');
    expect(items.map((i) => i.dataset.action)).toEqual(DEFAULT_KEYMAP.map((b) => b.action));
    const take = items.find((i) => i.dataset.action === 'ticket.take')!;
    expect(take.textContent).toContain(en.actions['ticket.take']);
    expect(within(take).getByText('a')).toBeTruthy();
    const mine = items.find((i) => i.dataset.action === 'go.mine')!;
    expect(mine.textContent).toContain('g then m');
    const palette = items.find((i) => i.dataset.action === 'palette.open')!;
    expect(palette.textContent).toMatch(/(Ctrl|⌘)\+k/);
  });

  it('filters by text, moves with arrows and runs with Enter', async () => {
    const user = userEvent.setup();
    const onRun = vi.fn();
    const onClose = vi.fn();
    render(<CommandPalette onRun={onRun} onClose={onClose} />);
    const input = screen.getByTestId('palette-input');
    expect(document.activeElement).toBe(input);
    await user.type(input, 'go to');
    expect(screen.getAllByTestId('palette-item').map((i) => i.dataset.action)).toEqual(['go.mine', 'go.unassigned', 'go.tier', 'go.escalated']);
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(onClose).toHaveBeenCalled();
    expect(onRun).toHaveBeenCalledWith('go.tier');
  });

  it('ranks whole words, then word starts, then the rest: "sign" + Enter signs out, it does not take (as-sign)', async () => {
    const user = userEvent.setup();
    const onRun = vi.fn();
    render(<CommandPalette onRun={onRun} onClose={() => {}} />);
    await user.type(screen.getByTestId('palette-input'), 'sign');
    const shown = screen.getAllByTestId('palette-item').map((i) => i.dataset.action);
    expect(shown[0]).toBe('session.logout');
    expect(shown).toContain('ticket.take');
    await user.keyboard('{Enter}');
    expect(onRun).toHaveBeenCalledWith('session.logout');
  });

  it('offers only what the host offers (no ticket actions without a ticket)', async () => {
    const user = userEvent.setup();
    const onRun = vi.fn();
    render(<CommandPalette onRun={onRun} onClose={() => {}} offered={(a) => !a.startsWith('ticket.')} />);
    const shown = screen.getAllByTestId('palette-item').map((i) => i.dataset.action);
    expect(shown.filter((a) => a?.startsWith('ticket.'))).toEqual([]);
    expect(shown).toContain('go.mine');
    await user.type(screen.getByTestId('palette-input'), 'take');
    expect(screen.queryAllByTestId('palette-item')).toEqual([]);
    await user.keyboard('{Enter}');
    expect(onRun).not.toHaveBeenCalled();
  });

  it('traps the focus and gives it back on close', async () => {
    const user = userEvent.setup();
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    const { unmount } = render(<CommandPalette onRun={() => {}} onClose={() => {}} />);
    const input = screen.getByTestId('palette-input');
    expect(document.activeElement).toBe(input);
    await user.tab();
    expect(screen.getByTestId('command-palette').contains(document.activeElement)).toBe(true);
    unmount();
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });
});

describe('cheat sheet', () => {
  it('shows every bound key', () => {
    render(<CheatSheet onClose={() => {}} />);
    const rows = screen.getByTestId('cheat-sheet').querySelectorAll('tr');
    expect(rows.length).toBe(DEFAULT_KEYMAP.filter((b) => b.keys.length > 0).length);
    expect(screen.getByText(en.actions['ticket.escalate'])).toBeTruthy();
  });
});

describe('palette in the console', () => {
  it('offers ticket actions only with a ticket under the cursor, and only those allowed on it', async () => {
    const restore = stubLayout();
    try {
      const me = agent(1);
      const tc = await renderConsole(me, { agents: [me], customers: [customer(1)], tickets: [ticket(1)] });
      // Mine is empty: nothing to act on.
      await tc.user.keyboard('{Control>}k{/Control}');
      const actions = () => screen.getAllByTestId('palette-item').map((i) => i.dataset.action ?? '');
      expect(actions().filter((a) => a.startsWith('ticket.'))).toEqual([]);
      await tc.user.keyboard('{Escape}gu');
      await waitFor(() => expect(screen.getAllByTestId('queue-row')).toHaveLength(1));
      await tc.user.keyboard('{Control>}k{/Control}');
      await waitFor(() => expect(actions()).toContain('ticket.take'));
      // A tier 1 agent never hands back nor links engineering issues.
      expect(actions()).not.toContain('ticket.handBack');
      expect(actions()).not.toContain('ticket.link');
    } finally {
      restore();
    }
  });
});
