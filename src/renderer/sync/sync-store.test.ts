// The first-load bar's total is the first one the sync reports and never grows after (an estimate that
// rose while rows arrived made the bar run backwards); received rows only ever fill it.
import { beforeEach, describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../shared/api';
import { useSyncStore } from './sync-store';

const status = (initialLoad: SyncStatus['initialLoad']): SyncStatus => ({ state: 'online', pending: 0, lastSyncedAt: null, lastError: null, initialLoad });
const load = () => useSyncStore.getState().status?.initialLoad;

describe('first-load progress', () => {
  beforeEach(() => useSyncStore.setState({ status: null }));

  it('keeps the first total it was given while the load runs', () => {
    const { setStatus } = useSyncStore.getState();
    setStatus(status({ received: 0, total: null, done: false }));
    setStatus(status({ received: 5_000, total: 231_580, done: false }));
    setStatus(status({ received: 10_000, total: 313_800, done: false }));
    expect(load()).toEqual({ received: 10_000, total: 231_580, done: false });
    // More rows than first said: the bar is full, its total is what arrived (never below received).
    setStatus(status({ received: 240_000, total: 313_800, done: false }));
    expect(load()).toEqual({ received: 240_000, total: 240_000, done: false });
  });

  it('starts again with the next first load', () => {
    const { setStatus } = useSyncStore.getState();
    setStatus(status({ received: 5_000, total: 20_000, done: false }));
    setStatus(status(null));
    setStatus(status({ received: 1_000, total: 50_000, done: false }));
    expect(load()).toEqual({ received: 1_000, total: 50_000, done: false });
  });
});
