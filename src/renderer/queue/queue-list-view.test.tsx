import { act, render, screen } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticket } from '../../shared/test-fixtures';
import { QueueListView } from './queue-list-view';
import type { QueueRowData } from './queue-row';

// happy-dom lays nothing out: give every element a viewport-sized box so the virtualizer has a window.
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 340 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 900 });
});
afterAll(() => {
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
});

function rowAt(i: number): QueueRowData {
  return { ticket: ticket({ id: `0193a000-0000-7000-8000-${String(i).padStart(12, '0')}`, number: i + 1, subject: `Subject ${i}` }), customerName: 'Līga', pending: 0, escalation: null };
}

describe('QueueListView', () => {
  it('renders only a window of a 100k-row queue', async () => {
    render(<QueueListView label="Mine" count={100_000} rowAt={rowAt} selectedIndex={0} onSelect={() => {}} onOpen={() => {}} />);
    await act(async () => {});
    const rows = screen.getAllByTestId('queue-row');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    expect(screen.getByRole('listbox')).toHaveProperty('dataset.count', '100000');
  });
});
