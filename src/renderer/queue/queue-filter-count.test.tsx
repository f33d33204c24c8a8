// The filter's match count never shows a number that belongs to another filter: while the new filter's
// rows load it says it is searching, then the count of the rows the list loaded.
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { QueueFilter } from './queue-tabs';
import { useQueueStore } from './queue-store';

describe('queue filter count', () => {
  it('says "Searching…" while the rows of a new filter load, never the last filter\'s count', async () => {
    render(<QueueFilter />);
    const user = userEvent.setup();
    await user.type(screen.getByTestId('queue-filter'), 'r');
    act(() => useQueueStore.getState().syncRows({ count: 42, offset: 0, ids: [] }));
    expect(screen.getByRole('status').textContent).toBe('42 matches');
    await user.type(screen.getByTestId('queue-filter'), 'efund');
    expect(screen.getByRole('status').textContent).toBe('Searching…');
    act(() => useQueueStore.getState().syncRows({ count: 3, offset: 0, ids: ['a', 'b', 'c'] }));
    expect(screen.getByRole('status').textContent).toBe('3 matches');
  });

  it('shows the first rows of a filter still counting its matches, and says "Searching…", never their number', async () => {
    render(<QueueFilter />);
    const user = userEvent.setup();
    await user.type(screen.getByTestId('queue-filter'), 'service');
    act(() => useQueueStore.getState().syncRows({ count: 100, offset: 0, ids: ['a', 'b'], partial: true }));
    expect(screen.getByRole('status').textContent).toBe('Searching…');
    act(() => useQueueStore.getState().syncRows({ count: 500, offset: 0, ids: ['a', 'b'] }));
    expect(screen.getByRole('status').textContent).toBe('first 500 matches: type more to narrow');
  });
});
