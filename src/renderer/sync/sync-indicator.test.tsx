// The indicator tells the agent when the console's own background service is gone, in its own words.
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SyncIndicator } from './sync-indicator';
import { useSyncStore } from './sync-store';

describe('sync indicator', () => {
  afterEach(() => useSyncStore.setState({ status: null }));

  it('shows the service-gone state with what it means for the agent’s changes', () => {
    useSyncStore.getState().setStatus({ state: 'service_gone', pending: 2, lastSyncedAt: null, lastError: null, initialLoad: null });
    render(<SyncIndicator onRetry={() => {}} />);
    expect(screen.getByTestId('sync-indicator').getAttribute('data-state')).toBe('service_gone');
    expect(screen.getByTestId('sync-state').textContent).toBe('Service stopped');
    expect(screen.getByTestId('sync-error').textContent).toMatch(/background service stopped — your changes are saved on this workstation/);
  });
});
