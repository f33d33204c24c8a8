// The SLA column must not re-render the whole list every second: a row changes when its text does, so
// with every deadline more than an hour away nothing renders between minute boundaries. A fake clock
// (vitest's timers and Date) drives it; the oracle is React's own commit count and the text shown.
import { act, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SlaCountdown } from './sla-countdown';

const T0 = Date.parse('2026-12-01T09:00:00.000Z');
const at = (ms: number) => new Date(T0 + ms).toISOString();

function renderRows(dueAts: string[]) {
  let commits = 0;
  render(
    <Profiler id="rows" onRender={() => (commits += 1)}>
      {dueAts.map((d, i) => (
        <span key={i} data-testid={`row-${i}`}>
          <SlaCountdown dueAt={d} compact />
        </span>
      ))}
    </Profiler>,
  );
  return { commits: () => commits };
}

async function tick(seconds: number) {
  for (let i = 0; i < seconds; i++) await act(async () => void vi.advanceTimersByTime(1000));
}

beforeEach(() => {
  vi.useFakeTimers({ now: T0, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('SLA countdown clock', () => {
  it('does not re-render rows every second when every deadline is more than an hour away', async () => {
    // 2h 00m 45s left: the text ("2h 00m") changes 45 s from now, and then once a minute.
    const rows = renderRows(Array.from({ length: 30 }, (_, i) => at(2 * 3_600_000 + 45_000 + (i % 2) * 86_400_000)));
    const first = rows.commits();
    expect(screen.getByTestId('row-0').textContent).toBe('2h 00m');
    await tick(44);
    expect(rows.commits()).toBe(first);
    await tick(2);
    expect(screen.getByTestId('row-0').textContent).toBe('1h 59m');
    expect(rows.commits()).toBe(first + 1);
    await tick(58);
    expect(rows.commits()).toBe(first + 1);
  });

  it('counts seconds within the last hour, and turns late at the deadline', async () => {
    const rows = renderRows([at(3_000)]);
    const first = rows.commits();
    expect(screen.getByTestId('row-0').textContent).toBe('3s');
    await tick(2);
    expect(screen.getByTestId('row-0').textContent).toBe('1s');
    expect(rows.commits()).toBe(first + 2);
    await tick(3);
    expect(screen.getByTestId('row-0').textContent).toMatch(/^\ds late$/);
    expect(screen.getByTestId('row-0').querySelector('.sla-breached')).toBeTruthy();
  });
});
