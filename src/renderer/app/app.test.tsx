import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SessionInfo } from '../../shared/api';
import { openReplica } from '../db';
import { agent } from '../test-support/builders';
import { createFakeConsoleApi, type FakeConsoleApi } from '../test-support/fake-console-api';
import { stubLayoutInSuite } from '../test-support/render-console';
import { useComplaintListStore } from '../complaints/complaint-list-store';
import { useMarksStore } from '../rebalance/marks-store';
import { knownTags, rememberTags } from '../ticket/tags-known';
import { App, type OpenReplica } from './app';

stubLayoutInSuite();

const me = agent(1, { name: 'Anna Kovács' });
let n = 0;
const opener = (api: FakeConsoleApi): OpenReplica => (_api, a) => openReplica({ sync: api.startSync, agent: a, dbName: `app-test-${Date.now()}-${++n}` });

describe('app', () => {
  it('restores a session from session.info and shows the console with the sync state', async () => {
    const api = createFakeConsoleApi({ agent: me });
    render(<App api={api} open={opener(api)} />);
    expect((await screen.findByTestId('signed-in-as')).textContent).toContain('Anna Kovács');
    await api.showStatus({ state: 'offline', pending: 2, lastSyncedAt: null, lastError: { reason: 'unreachable', params: {} }, initialLoad: { received: 1200, total: 4800, done: false } });
    await waitFor(() => expect(screen.getByTestId('sync-indicator').dataset.state).toBe('offline'));
    expect(screen.getByTestId('sync-pending').textContent).toBe('2 pending');
    expect(screen.getByTestId('sync-error').textContent).toMatch(/^Offline: the server cannot be reached/);
    expect(screen.getByTestId('initial-load').textContent).toContain('1,200 of 4,800');
    const bar = screen.getByTestId('initial-load').querySelector('progress')!;
    expect([bar.value, bar.max]).toEqual([1200, 4800]);
    const pullsBefore = api.requests.filter((r) => r.name === 'sync.pull').length;
    await userEvent.setup().click(screen.getByTestId('sync-retry'));
    // Retry means a pull now, not at the next poll.
    await waitFor(() => expect(api.requests.filter((r) => r.name === 'sync.pull').length).toBeGreaterThan(pullsBefore));
  });

  it('signs in, then signs out back to the login screen', async () => {
    const user = userEvent.setup();
    const info = (): SessionInfo => ({ agent: me, serverUrl: 'http://127.0.0.1:1', secureStorage: false, edition: 'browser' });
    const api = createFakeConsoleApi({ agent: null, login: info });
    render(<App api={api} open={opener(api)} />);
    await user.type(await screen.findByTestId('login-email'), 'agent1@demo.local');
    await user.type(screen.getByTestId('login-password'), 'demo{Enter}');
    await screen.findByTestId('signed-in-as');
    expect(screen.getByTestId('insecure-storage-warning')).toBeTruthy();
    // What the agent's work left in the page: a marked ticket, a tag seen, a complaint filter.
    useMarksStore.getState().toggle('0193a000-0000-7000-8000-000000000001', 'unassigned:1');
    rememberTags(['refund']);
    useComplaintListStore.setState({ cursorId: '0193a000-0000-7000-8000-000000000001' });
    await user.click(screen.getByTestId('logout'));
    await screen.findByTestId('login-email');
    expect(api.requests.some((r) => r.name === 'session.logout')).toBe(true);
    // Nothing of it stays for the next agent at this workstation.
    expect(useMarksStore.getState().marked.size).toBe(0);
    expect(knownTags()).toEqual([]);
    expect(useComplaintListStore.getState()).toEqual(useComplaintListStore.getInitialState());
  });
});
