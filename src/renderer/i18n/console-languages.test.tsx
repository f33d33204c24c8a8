// The signed-in console switches language in place: the words change, the session is not started again
// (no second session.info, no second replica), and every locale renders the console without a failure.
import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { openReplica } from '../db';
import { App, type OpenReplica } from '../app/app';
import { agent } from '../test-support/builders';
import { createFakeConsoleApi, type FakeConsoleApi } from '../test-support/fake-console-api';
import { stubLayoutInSuite } from '../test-support/render-console';
import { useLocaleStore } from './locale-store';
import { LOCALES } from './locales';

stubLayoutInSuite();

const me = agent(1, { name: 'Anna Kovács' });
let n = 0;
let opened = 0;
const opener = (api: FakeConsoleApi): OpenReplica => (_api, a) => {
  opened += 1;
  return openReplica({ sync: api.startSync, agent: a, dbName: `i18n-console-${Date.now()}-${++n}` });
};

afterEach(() => {
  opened = 0;
  useLocaleStore.setState({ locale: 'en', agentId: null });
  // Each agent's choice is kept on the workstation: start every test without one.
  localStorage.clear();
});

describe('the console in each language', () => {
  it('switches the words in place without starting the session again', async () => {
    const api = createFakeConsoleApi({ agent: me });
    render(<App api={api} open={opener(api)} />);
    const who = await screen.findByTestId('signed-in-as');
    expect(who.textContent).toBe('Anna Kovács · Tier 1');
    act(() => useLocaleStore.getState().setLocale('hu'));
    expect(screen.getByTestId('signed-in-as').textContent).toBe('Anna Kovács · 1. szint');
    act(() => useLocaleStore.getState().setLocale('lv'));
    expect(screen.getByTestId('signed-in-as').textContent).toBe('Anna Kovács · 1. līmenis');
    await waitFor(() => expect(screen.getByTestId('logout').textContent).toBe('Izrakstīties'));
    expect(api.requests.filter((r) => r.name === 'session.info')).toHaveLength(1);
    expect(opened).toBe(1);
  });

  it("signs in in the agent's own language as chosen earlier on this workstation, whatever the OS says", async () => {
    const first = createFakeConsoleApi({ agent: me });
    const view = render(<App api={first} open={opener(first)} />);
    await screen.findByTestId('signed-in-as');
    act(() => useLocaleStore.getState().setLocale('lv'));
    view.unmount();
    useLocaleStore.setState({ locale: 'hu', agentId: null });
    const again = createFakeConsoleApi({ agent: me });
    render(<App api={again} open={opener(again)} />);
    await waitFor(() => expect(screen.getByTestId('signed-in-as').textContent).toBe('Anna Kovács · 1. līmenis'));
  });

  it.each(LOCALES)('renders the signed-in console in %s', async (locale) => {
    useLocaleStore.setState({ locale });
    const api = createFakeConsoleApi({ agent: me });
    render(<App api={api} open={opener(api)} />);
    expect((await screen.findByTestId('signed-in-as')).textContent).toContain('Anna Kovács · ');
    expect(document.documentElement.lang).toBe(locale === 'pseudo' ? 'en-XA' : locale);
  });
});
