// Signing out leaves nothing of the agent on the workstation once everything is synced, and never drops
// unsent changes without the agent's say. The oracle is IndexedDB itself (which databases exist, what an
// outbox holds), read with the raw API, not through the replica under test.
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Agent } from '../../shared/domain';
import { uuidv7 } from '../../shared/uuid';
import { App, type OpenReplica } from '../app/app';
import { openReplica, replicaDbName, type Replica } from '../db';
import { createReplicaDb } from '../db/schema';
import { agent } from '../test-support/builders';
import { createFakeConsoleApi } from '../test-support/fake-console-api';
import { stubLayoutInSuite } from '../test-support/render-console';

stubLayoutInSuite();

let n = 100;
function setup() {
  const me: Agent = agent(++n, { name: `Agent ${n}` });
  const api = createFakeConsoleApi({ agent: me });
  let replica: Replica | null = null;
  const open: OpenReplica = async (_a, ag) => (replica = await openReplica({ sync: api.startSync, agent: ag }));
  render(<App api={api} open={open} />);
  return {
    me,
    api,
    name: replicaDbName(me.id),
    async ready() {
      await screen.findByTestId('signed-in-as');
      return replica!;
    },
  };
}

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name ?? '');
}

async function outboxSize(name: string): Promise<number> {
  const db = await new Promise<IDBDatabase>((ok, fail) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
  try {
    return await new Promise<number>((ok, fail) => {
      const req = db.transaction('outbox').objectStore('outbox').count();
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
  } finally {
    db.close();
  }
}

const newCustomer = (replica: Replica) =>
  replica.mutate('createCustomer', { id: uuidv7(), name: 'Ilze Bērziņa', email: 'ilze@example.lv', phone: null, language: 'lv', preferredChannel: 'email' });

describe('sign-out', () => {
  it('erases the replica at once when nothing is unsent', async () => {
    const s = setup();
    await s.ready();
    expect(await databaseNames()).toContain(s.name);
    await userEvent.setup().click(screen.getByTestId('logout'));
    await screen.findByTestId('login-email');
    await waitFor(async () => expect(await databaseNames()).not.toContain(s.name));
    expect(s.api.requests.some((r) => r.name === 'session.logout')).toBe(true);
    expect(screen.queryByTestId('sign-out-dialog')).toBeNull();
  });

  it('with unsent changes asks first; Esc stays signed in with everything in place', async () => {
    const s = setup();
    const replica = await s.ready();
    expect((await newCustomer(replica)).ok).toBe(true);
    const user = userEvent.setup();
    await user.click(screen.getByTestId('logout'));
    const pending = await screen.findByTestId('sign-out-pending');
    expect(pending.dataset.count).toBe('1');
    expect(pending.textContent).toContain('1 change has not reached the server');
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('sign-out-dialog')).toBeNull();
    expect(screen.getByTestId('signed-in-as')).toBeTruthy();
    expect(s.api.requests.some((r) => r.name === 'session.logout')).toBe(false);
    expect(await outboxSize(s.name)).toBe(1);
  });

  it('keep: signs out, leaves the replica with its outbox and says so on the login screen', async () => {
    const s = setup();
    const replica = await s.ready();
    await newCustomer(replica);
    await newCustomer(replica);
    const user = userEvent.setup();
    await user.click(screen.getByTestId('logout'));
    await user.click(await screen.findByTestId('sign-out-keep'));
    expect((await screen.findByTestId('login-error')).textContent).toContain('2 changes not yet synced are kept');
    expect(s.api.requests.some((r) => r.name === 'session.logout')).toBe(true);
    expect(await databaseNames()).toContain(s.name);
    expect(await outboxSize(s.name)).toBe(2);
  });

  it('discard: only after a second confirmation, then the replica is gone', async () => {
    const s = setup();
    const replica = await s.ready();
    await newCustomer(replica);
    const user = userEvent.setup();
    await user.click(screen.getByTestId('logout'));
    await user.click(await screen.findByTestId('sign-out-discard'));
    expect(await databaseNames()).toContain(s.name);
    await user.click(screen.getByTestId('sign-out-back'));
    await user.click(screen.getByTestId('sign-out-discard'));
    await user.click(screen.getByTestId('sign-out-discard-yes'));
    await screen.findByTestId('login-email');
    await waitFor(async () => expect(await databaseNames()).not.toContain(s.name));
  });

  it('wait: asks main to sync, and signs out and erases once the server has processed everything', async () => {
    const s = setup();
    const replica = await s.ready();
    await newCustomer(replica);
    const user = userEvent.setup();
    await user.click(screen.getByTestId('logout'));
    await s.api.pushed();
    const pullsBefore = s.api.requests.filter((r) => r.name === 'sync.pull').length;
    await user.click(await screen.findByTestId('sign-out-wait'));
    // Waiting means trying now: the loop pulls at once rather than at its next poll.
    await waitFor(() => expect(s.api.requests.filter((r) => r.name === 'sync.pull').length).toBeGreaterThan(pullsBefore));
    expect((await screen.findByTestId('sign-out-waiting')).textContent).toContain('Sending 1 change');
    expect(s.api.requests.some((r) => r.name === 'session.logout')).toBe(false);
    // Main's pull brings the server's word that mutation 1 was processed.
    await act(() => s.api.pull({ cursor: 7, lastMutationId: 1, changes: [], refused: [] }));
    await screen.findByTestId('login-email');
    await waitFor(async () => expect(await databaseNames()).not.toContain(s.name));
    expect(s.api.requests.some((r) => r.name === 'session.logout')).toBe(true);
  });

  it('a session that ends on the server with nothing unsent erases the replica', async () => {
    const synced = setup();
    await synced.ready();
    act(() => synced.api.emit('session.changed', { agent: null, serverUrl: 'http://127.0.0.1:1', secureStorage: true, edition: 'browser' }));
    await screen.findByTestId('login-email');
    await waitFor(async () => expect(await databaseNames()).not.toContain(synced.name));
  });

  it('a session that ends with unsent changes keeps them and tells the agent to sign in again', async () => {
    const s = setup();
    const replica = await s.ready();
    await newCustomer(replica);
    act(() => s.api.emit('session.changed', { agent: null, serverUrl: 'http://127.0.0.1:1', secureStorage: true, edition: 'browser' }));
    expect((await screen.findByTestId('login-error')).textContent).toContain('Your session ended. 1 change');
    expect(await outboxSize(s.name)).toBe(1);
  });

  it("signing in erases other agents' replicas that hold nothing unsent, and keeps ones that do", async () => {
    const empty = replicaDbName(agent(900).id);
    const kept = replicaDbName(agent(901).id);
    const a = createReplicaDb(empty);
    await a.open();
    a.close();
    const b = createReplicaDb(kept);
    await b.outbox.add({ id: 1, name: 'setPresence', args: { presence: 'break' }, ticketId: '', at: new Date().toISOString() });
    b.close();
    const s = setup();
    await s.ready();
    await waitFor(async () => expect(await databaseNames()).not.toContain(empty));
    const names = await databaseNames();
    expect(names).toContain(kept);
    expect(names).toContain(s.name);
    expect(await outboxSize(kept)).toBe(1);
  });
});
