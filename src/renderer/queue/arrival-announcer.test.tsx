// New work is said in the live region: tickets that reach the replica open and unassigned in the tier on
// screen after the console opened. The rows the console opened with are not. The oracle is the number of
// tickets the test hands in, with the English catalogue message formatted here on its own.
import { screen, waitFor } from '@testing-library/react';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/catalogues/en';
import { agent, customer, ticket } from '../test-support/builders';
import { renderConsole, stubLayoutInSuite } from '../test-support/render-console';

stubLayoutInSuite();

const anna = agent(1, { name: 'Anna Kovács' });
const said = (n: number, tier: number) => String(new IntlMessageFormat(en['announce.arrived'], 'en').format({ n, tier }));
const live = () => screen.getByTestId('live-region').textContent ?? '';

describe('new tickets in my tier', () => {
  it('says how many arrived, and nothing for the tickets there when the console opened or for other tiers', async () => {
    const tc = await renderConsole(anna, { agents: [anna], customers: [customer(1)], tickets: [1, 2, 3].map((n) => ticket(n)) });
    await waitFor(() => expect(screen.getByTestId('queue-count-unassigned').textContent).toBe('3'));
    expect(live()).toBe('');
    // A known ticket changed, one for tier 2, one a colleague already took: none is new work in tier 1 (nor
    // anything to notify Anna of — one assigned to her would be, and would be said here).
    await tc.api.pull({ cursor: 2, changes: [ticket(1, { priority: 'high', version: 90 }), ticket(7, { tier: 2 }), ticket(8, { assigneeId: agent(2).id })].map((value) => ({ entity: 'ticket' as const, value })) });
    expect(live()).toBe('');
    await tc.api.pull({ cursor: 3, changes: [4, 5].map((n) => ({ entity: 'ticket' as const, value: ticket(n) })) });
    await waitFor(() => expect(live()).toBe(said(2, 1)));
    expect(said(2, 1)).toBe('2 new tickets waiting in tier 1.');
  });
});
