// Issue 10, point 3, in the console: presence from the keyboard (b, a number), shown in the top bar, synced
// as setPresence; automatic away after the agent's idle minutes and back on return, each said in words.
// The idle signal is the desktop's (window.consoleIdle), driven by hand here.
import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agent, customer, ticket } from '../test-support/builders';
import { renderConsole, stubLayoutInSuite } from '../test-support/render-console';
import { useSyncStore } from '../sync/sync-store';
import { useIdleAwayStore } from './use-idle-away';
import { INITIAL_IDLE } from './idle-away';

stubLayoutInSuite();

const me = agent(1, { name: 'Anna Kovács', presence: 'available' });

/** A stand-in for main's powerMonitor through the preload: the test says when the agent is idle. */
function fakeDesktopIdle() {
  const idle = new Set<() => void>();
  const active = new Set<() => void>();
  const watched: number[] = [];
  const api = {
    watch: (m: number) => void watched.push(m),
    onIdle: (cb: () => void) => (idle.add(cb), () => void idle.delete(cb)),
    onActive: (cb: () => void) => (active.add(cb), () => void active.delete(cb)),
  };
  return { api, watched, goIdle: () => idle.forEach((f) => f()), comeBack: () => active.forEach((f) => f()) };
}

let desktop: ReturnType<typeof fakeDesktopIdle>;
beforeEach(() => {
  desktop = fakeDesktopIdle();
  (globalThis as { consoleIdle?: unknown }).consoleIdle = desktop.api;
});
afterEach(() => {
  delete (globalThis as { consoleIdle?: unknown }).consoleIdle;
  localStorage.clear();
  useIdleAwayStore.setState({ state: INITIAL_IDLE });
});

async function open() {
  const tc = await renderConsole(me, { agents: [me], customers: [customer(1)], tickets: [ticket(1)] });
  await waitFor(() => expect((screen.getByTestId('presence-picker') as HTMLSelectElement).value).toBe('available'));
  return tc;
}

const presencesSent = async (tc: Awaited<ReturnType<typeof open>>) =>
  (await tc.api.pushed()).filter((m) => m.name === 'setPresence').map((m) => (m.args as { presence: string }).presence);

describe('presence', () => {
  it('is set with b and a number key, shown in the top bar and sent as setPresence', async () => {
    const tc = await open();
    await tc.user.keyboard('b');
    const menu = await screen.findByTestId('presence-menu');
    expect([...menu.querySelectorAll('[role="menuitemradio"]')].map((li) => li.getAttribute('data-value'))).toEqual(['available', 'busy', 'break', 'away']);
    await tc.user.keyboard('3');
    await waitFor(() => expect((screen.getByTestId('presence-picker') as HTMLSelectElement).value).toBe('break'));
    await waitFor(async () => expect(await presencesSent(tc)).toEqual(['break']));
    expect(screen.getByTestId('live-region').textContent).toContain('You are now: On a break.');
  });

  it('goes away after the idle minutes and comes back to what it was, saying so each time', async () => {
    const tc = await open();
    await waitFor(() => expect(desktop.watched).toEqual([10]));
    act(() => desktop.goIdle());
    await waitFor(() => expect((screen.getByTestId('presence-picker') as HTMLSelectElement).value).toBe('away'));
    expect(useSyncStore.getState().notices.map((n) => n.text)).toContain('No input for 10 minutes: you are set to Away.');
    act(() => desktop.comeBack());
    await waitFor(() => expect((screen.getByTestId('presence-picker') as HTMLSelectElement).value).toBe('available'));
    expect(useSyncStore.getState().notices.map((n) => n.text)).toContain('Welcome back: you are Available again.');
    await waitFor(async () => expect(await presencesSent(tc)).toEqual(['away', 'available']));
  });

  it('never changes a break on its own', async () => {
    const tc = await open();
    await tc.user.keyboard('b3');
    await waitFor(() => expect((screen.getByTestId('presence-picker') as HTMLSelectElement).value).toBe('break'));
    act(() => desktop.goIdle());
    act(() => desktop.comeBack());
    // The break was sent; nothing after it (wait for the break to be pushed, then look at all that was).
    await waitFor(async () => expect(await presencesSent(tc)).toEqual(['break']));
    expect((screen.getByTestId('presence-picker') as HTMLSelectElement).value).toBe('break');
  });

  it('takes the idle minutes from settings, refuses minutes out of bounds, and keeps them for the agent', async () => {
    const tc = await open();
    await tc.user.keyboard('{Control>},{/Control}');
    await screen.findByTestId('settings');
    const field = screen.getByTestId('idle-minutes') as HTMLInputElement;
    await tc.user.clear(field);
    await tc.user.type(field, '0{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('Enter a number of minutes from 1 to 240.');
    await tc.user.clear(field);
    await tc.user.type(field, '5{Enter}');
    await waitFor(() => expect(desktop.watched.at(-1)).toBe(5));
    expect(JSON.parse(localStorage.getItem(`console.presence.${me.id}`)!)).toEqual({ on: true, minutes: 5 });
    await tc.user.click(screen.getByTestId('notify-on-new_ticket'));
    expect(JSON.parse(localStorage.getItem(`console.notify.${me.id}`)!).events.new_ticket).toEqual({ on: false, sound: true });
  });
});
