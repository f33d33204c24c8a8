// The receiving tier sees which tickets were escalated to it, by whom and from where, and has a queue of
// them (g e). The oracle is the escalation rows the test hands in.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Escalation } from '../../shared/domain';
import { agent, customer, ticket, uid } from '../test-support/builders';
import { renderConsole, stubLayoutInSuite } from '../test-support/render-console';

stubLayoutInSuite();

const anna = agent(1, { name: 'Anna Kovács' });
const bela = agent(2, { name: 'Béla Nagy', tier: 2 });
const numbers = () => screen.getAllByTestId('queue-row').map((r) => Number(r.dataset.ticketNumber));

describe('escalated to my tier', () => {
  it('marks escalated rows with the tier and the agent, and g e shows only those', async () => {
    const tickets = [1, 2, 3, 4].map((n) => ticket(n, { tier: 2 }));
    const escalations: Escalation[] = [1, 3].map((n) => ({
      id: uid('e', n), ticketId: ticket(n).id, kind: 'escalate', fromTier: 1, toTier: 2, reason: 'needs tier 2',
      summary: 'tried the usual things', byAgentId: anna.id, createdAt: '2026-11-20T10:00:00.000Z', version: 50 + n,
    }));
    const tc = await renderConsole(bela, { agents: [anna, bela], customers: [customer(1)], tickets });
    await tc.api.pull({ cursor: 2, lastMutationId: 0, changes: escalations.map((value) => ({ entity: 'escalation' as const, value })), refused: [] });
    await waitFor(() => expect(screen.getByTestId('queue-count-escalated').textContent).toBe('2'));
    expect(screen.getByTestId('queue-tab-escalated').textContent).toContain('Escalated to tier 2');

    await tc.user.keyboard('gu');
    await waitFor(() => expect(numbers()).toEqual([1, 2, 3, 4]));
    const marked = screen.getAllByTestId('queue-row').filter((r) => within(r).queryByTestId('escalated-mark'));
    expect(marked.map((r) => Number(r.dataset.ticketNumber))).toEqual([1, 3]);
    const mark = within(marked[0]!).getByTestId('escalated-mark');
    expect(mark.getAttribute('aria-label')).toBe('Escalated from tier 1 by Anna Kovács');
    expect(mark.textContent).toContain('T1');

    await tc.user.keyboard('ge');
    await waitFor(() => expect(numbers()).toEqual([1, 3]));
    expect(screen.getByTestId('queue-tab-escalated').getAttribute('aria-current')).toBe('page');
  });

  it('tier 1 has no escalated queue', async () => {
    const tc = await renderConsole(anna, { agents: [anna], customers: [customer(1)], tickets: [ticket(1)] });
    await waitFor(() => expect(screen.getByTestId('queue-count-tier').textContent).toBe('1'));
    expect(screen.queryByTestId('queue-tab-escalated')).toBeNull();
    await tc.user.keyboard('ge');
    await waitFor(() => expect(screen.getByTestId('live-region').textContent).toContain('Tier 1 receives no escalations'));
  });
});
