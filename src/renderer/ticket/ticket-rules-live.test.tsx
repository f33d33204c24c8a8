// The ticket view follows the shared rules live: a ticket escalated out of the agent's tier turns read
// only at once, and the engineering link is shown and set from the keyboard by those allowed to.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { agent, customer, ticket } from '../test-support/builders';
import { renderConsole, stubLayoutInSuite } from '../test-support/render-console';

stubLayoutInSuite();

const anna = agent(1, { name: 'Anna Kovács' });
const bela = agent(2, { name: 'Béla Nagy', tier: 2 });
const disabled = (testId: string) => (screen.getByTestId(testId) as HTMLButtonElement).disabled;

async function openFirst(me: typeof anna, tier: 1 | 2) {
  const tc = await renderConsole(me, { agents: [anna, bela], customers: [customer(1)], tickets: [ticket(1, { tier }), ticket(2, { tier })] });
  await tc.user.keyboard('gu');
  await waitFor(() => expect(screen.getAllByTestId('queue-row')[0]?.dataset.ticketNumber).toBe('1'));
  await tc.user.keyboard('{Enter}');
  await screen.findByTestId('ticket-view');
  return tc;
}

describe('the ticket view follows the rules live', () => {
  it('after tier 1 escalates, Take, Status, Priority, Escalate and the composer are off, and it says why', async () => {
    const tc = await openFirst(anna, 1);
    expect(disabled('action-status')).toBe(false);
    await tc.user.keyboard('e');
    await screen.findByTestId('escalate-dialog');
    await tc.user.keyboard('Courier claim{Tab}Parcel shows delivered; customer has nothing{Control>}{Enter}{/Control}');
    await waitFor(() => expect(screen.getByTestId('ticket-tier').dataset.value).toBe('2'));
    expect(screen.getByTestId('ticket-read-only').textContent).toBe('Escalated to tier 2 — read only for you');
    for (const id of ['action-take', 'action-status', 'action-priority', 'action-escalate']) expect(disabled(id)).toBe(true);
    expect((screen.getByTestId('composer-input') as HTMLTextAreaElement).disabled).toBe(true);
    const before = (await tc.api.pushed()).length;
    await tc.user.keyboard('s');
    expect(screen.queryByTestId('status-menu')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('live-region').textContent).toBe('You cannot do that on this ticket.'));
    expect((await tc.api.pushed()).length).toBe(before);
  });

  it('tier 1 is offered no engineering link: no button, and l does nothing', async () => {
    const tc = await openFirst(anna, 1);
    expect(screen.queryByTestId('action-link')).toBeNull();
    await tc.user.keyboard('l');
    expect(screen.queryByTestId('link-dialog')).toBeNull();
  });

  it('tier 2 links an engineering issue with l (http(s) only, in the words for the contract reasons) and it shows as a real link', async () => {
    const tc = await openFirst(bela, 2);
    expect(within(screen.getByTestId('engineering-link')).getByText('none linked')).toBeTruthy();
    await tc.user.keyboard('l');
    const input = await screen.findByTestId('link-url');
    expect(document.activeElement).toBe(input);
    await tc.user.keyboard('javascript:alert(1){Enter}');
    expect(screen.getByTestId('link-url-error').textContent).toBe('A link must be a full http:// or https:// address, without a user name or password.');
    expect((await tc.api.pushed()).some((m) => m.name === 'setEngineeringLink')).toBe(false);
    await tc.user.clear(input);
    await tc.user.keyboard('https://issues.example.com/browse/ENG-42{Enter}');
    await waitFor(() => expect(screen.queryByTestId('link-dialog')).toBeNull());
    expect((await tc.api.pushed()).at(-1)).toMatchObject({ name: 'setEngineeringLink', args: { ticketId: ticket(1).id, url: 'https://issues.example.com/browse/ENG-42' } });
    const a = (await screen.findByTestId('engineering-link-anchor')) as HTMLAnchorElement;
    expect(a.getAttribute('href')).toBe('https://issues.example.com/browse/ENG-42');
    expect(a.target).toBe('_blank');
    expect(a.rel).toContain('noopener');

    // And clears it again from the same dialog.
    await tc.user.keyboard('l');
    await tc.user.click(await screen.findByTestId('link-remove'));
    await waitFor(() => expect(screen.queryByTestId('engineering-link-anchor')).toBeNull());
    expect((await tc.api.pushed()).at(-1)).toMatchObject({ name: 'setEngineeringLink', args: { url: null } });
  });
});
