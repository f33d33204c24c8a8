// A ticket whose contact only claimed an existing customer's e-mail or phone (an inbound match) says so
// on the customer card, and the agent who checked who they are talking to confirms it with `c`.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useQueueStore } from '../queue/queue-store';
import { agent, customer, ticket } from '../test-support/builders';
import { renderConsole, stubLayoutInSuite } from '../test-support/render-console';

stubLayoutInSuite();

const me = agent(1, { name: 'Anna Kovács' });
const claimed = customer(1, { name: 'Līga Ozola', vip: true, notes: 'Account closed for fraud in 2025.' });

async function open(over: Parameters<typeof ticket>[1]) {
  const tc = await renderConsole(me, { agents: [me], customers: [claimed], tickets: [ticket(1, over)] });
  await tc.user.keyboard('gu');
  await waitFor(() => expect(screen.getAllByTestId('queue-row')[0]?.dataset.ticketNumber).toBe('1'));
  await tc.user.keyboard('{Enter}');
  await screen.findByTestId('ticket-view');
  return tc;
}

describe('customer identity on the ticket', () => {
  it('marks a claimed match as not verified, and c confirms it with one confirmCustomer', async () => {
    const tc = await open({ customerUnverified: true });
    const warning = screen.getByTestId('identity-unverified');
    expect(warning.textContent).toContain('Identity not verified');
    expect(screen.getByTestId('customer-card').dataset.verified).toBe('false');
    await tc.user.keyboard('c');
    await waitFor(() => expect(screen.queryByTestId('identity-unverified')).toBeNull());
    expect((await tc.api.pushed()).filter((m) => m.name === 'confirmCustomer')).toEqual([
      expect.objectContaining({ name: 'confirmCustomer', args: { ticketId: ticket(1).id } }),
    ]);
    expect(screen.getByTestId('customer-card').dataset.verified).toBe('true');
  });

  it('shows no warning and c does nothing on a ticket whose customer is known', async () => {
    const tc = await open({ customerUnverified: false });
    expect(screen.queryByTestId('identity-unverified')).toBeNull();
    await tc.user.keyboard('c');
    expect((await tc.api.pushed()).some((m) => m.name === 'confirmCustomer')).toBe(false);
  });

  it('shows the warning without the confirm button to an agent who may not work the ticket', async () => {
    await renderConsole(me, { agents: [me], customers: [claimed], tickets: [ticket(1, { customerUnverified: true, tier: 2 })] });
    useQueueStore.getState().openTicket(ticket(1).id);
    expect((await screen.findByTestId('identity-unverified')).textContent).toContain('Identity not verified');
    expect(screen.queryByTestId('identity-confirm')).toBeNull();
  });
});
