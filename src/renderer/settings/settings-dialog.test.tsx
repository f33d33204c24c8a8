// Issue 9, point 5: the key map is remappable in settings, conflicts refused, kept per agent. Driven from
// the keyboard through the whole console (real dispatcher, real replica), as an agent would.
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useKeymapStore } from '../keyboard/keymap-store';
import { agent, customer, ticket } from '../test-support/builders';
import { renderConsole, stubLayoutInSuite } from '../test-support/render-console';

stubLayoutInSuite();

const me = agent(1, { name: 'Anna Kovács' });
const seed = () => ({ agents: [me], customers: [customer(1)], tickets: [ticket(1), ticket(2)] });

afterEach(() => {
  localStorage.clear();
  useKeymapStore.getState().forAgent(null);
});

async function openSettings() {
  const tc = await renderConsole(me, seed());
  await tc.user.keyboard('gu');
  await waitFor(() => expect(screen.getAllByTestId('queue-row').length).toBeGreaterThan(0));
  await tc.user.keyboard('{Control>},{/Control}');
  await screen.findByTestId('settings');
  return tc;
}

const row = (action: string) => document.querySelector<HTMLElement>(`[data-testid="settings"] tr[data-action="${action}"]`)!;
const status = () => screen.getByTestId('settings-status').textContent;

describe('remapping keys in settings', () => {
  it('gives the filter a new key; the old one stops working, the new one works, and it is kept for this agent', async () => {
    const tc = await openSettings();
    screen.getByTestId('change-queue.filter').focus();
    await tc.user.keyboard('{Enter}');
    expect(screen.getByTestId('change-queue.filter').getAttribute('aria-pressed')).toBe('true');
    await tc.user.keyboard('f');
    expect(status()).toBe('“Filter the queue”: f.');
    expect(row('queue.filter').querySelector('[data-testid="current-keys"]')!.textContent).toBe('f');
    expect(JSON.parse(localStorage.getItem(`console.keys.${me.id}`)!)).toEqual({ 'queue.filter': ['f'] });

    await tc.user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByTestId('settings')).toBeNull());
    await tc.user.keyboard('/');
    expect(document.activeElement).not.toBe(screen.getByTestId('queue-filter'));
    await tc.user.keyboard('f');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('queue-filter')));
  });

  it("refuses another action's key and names that action; the old key stays", async () => {
    const tc = await openSettings();
    screen.getByTestId('change-help.open').focus();
    await tc.user.keyboard('{Enter}j');
    expect(status()).toBe('j is already the key for “Next ticket”. Choose another key, or change that one first.');
    expect(row('help.open').querySelector('[data-testid="current-keys"]')!.textContent).toBe('?');
    expect(localStorage.getItem(`console.keys.${me.id}`)).toBeNull();
    // The start of a sequence is refused too: "g" would swallow g m, g u, g t.
    await tc.user.keyboard('{Enter}g');
    expect(status()).toContain('“Go to Mine”');
  });

  it('wants Ctrl for an action that works while typing, and Esc while reading keeps the key and the dialog', async () => {
    const tc = await openSettings();
    screen.getByTestId('change-palette.open').focus();
    await tc.user.keyboard('{Enter}q');
    expect(status()).toBe('This action also works while you type, so its key needs Ctrl (⌘ on a Mac).');
    await tc.user.keyboard('{Enter}{Escape}');
    expect(status()).toBe('Key unchanged.');
    expect(screen.getByTestId('settings')).toBeTruthy();
    await tc.user.keyboard('{Enter}{Control>}p{/Control}');
    expect(status()).toBe('“Command palette”: Ctrl+p.');
  });

  it('gives a default back, one by one or all at once', async () => {
    const tc = await openSettings();
    screen.getByTestId('change-queue.filter').focus();
    await tc.user.keyboard('{Enter}f');
    await tc.user.click(screen.getByTestId('default-queue.filter'));
    expect(status()).toBe('“Filter the queue”: back to /.');
    expect(JSON.parse(localStorage.getItem(`console.keys.${me.id}`)!)).toEqual({});
    screen.getByTestId('change-sync.now').focus();
    await tc.user.keyboard('{Enter}y');
    expect(row('sync.now').querySelector('[data-testid="current-keys"]')!.textContent).toBe('y');
    await tc.user.click(screen.getByTestId('reset-keys'));
    expect(status()).toBe('Every key is back to its default.');
    expect(row('sync.now').querySelector('[data-testid="current-keys"]')!.textContent).toBe('none (command palette)');
  });

  it("brings the agent's keys back at the next sign-in, and drops a stored set that would collide", async () => {
    localStorage.setItem(`console.keys.${me.id}`, JSON.stringify({ 'queue.filter': ['f'] }));
    await openSettings();
    expect(row('queue.filter').querySelector('[data-testid="current-keys"]')!.textContent).toBe('f');
    useKeymapStore.getState().forAgent(null);
    localStorage.setItem(`console.keys.${me.id}`, JSON.stringify({ 'queue.filter': ['j'] }));
    useKeymapStore.getState().forAgent(me.id);
    expect(useKeymapStore.getState().keymap.find((b) => b.action === 'queue.filter')?.keys).toEqual(['/']);
  });
});
