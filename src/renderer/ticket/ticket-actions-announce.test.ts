// A change is announced as sent only while something can send it: offline, or with the console's
// background service gone, the agent hears that it is saved on this workstation and not sent.
import { afterEach, describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../shared/api';
import { agent, ticket as aTicket } from '../test-support/builders';
import { useUiStore } from '../app/ui-store';
import { useSyncStore } from '../sync/sync-store';
import { addMessage, setPriority } from './ticket-actions';

const ticket = aTicket(1);
const replica = { mutate: async () => ({ ok: true as const }), agent: agent(1) };
const status = (state: SyncStatus['state']): SyncStatus => ({ state, pending: 0, lastSyncedAt: null, lastError: null, initialLoad: null });
const heard = () => useUiStore.getState().announcement;

describe('announcing a change', () => {
  afterEach(() => useSyncStore.setState({ status: null }));

  it('says "Reply sent." only while online or syncing', async () => {
    for (const state of ['online', 'syncing'] as const) {
      useSyncStore.getState().setStatus(status(state));
      await addMessage(replica, ticket, 'reply', 'hello');
      expect(heard(), state).toBe('Reply sent.');
    }
  });

  it('says saved on this workstation, not sent, while offline, service gone or not yet connected', async () => {
    for (const state of ['offline', 'service_gone', 'connecting'] as const) {
      useSyncStore.getState().setStatus(status(state));
      await addMessage(replica, ticket, 'reply', 'hello');
      expect(heard(), state).toBe('Reply saved on this workstation, not sent yet.');
      await setPriority(replica, ticket, 'high');
      expect(heard(), state).toMatch(/^Priority set to .+\. Saved on this workstation, not sent yet\.$/);
    }
  });
});
