// The capture keys in the whole console over a replica: `v` records the customer's rating (the header
// shows it, the outbox carries recordSurvey), `t` adds and removes tags (each an addTag/removeTag),
// and neither is offered on a colleague's ticket.
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { agent, customer, ticket } from '../test-support/builders';
import { renderConsole, stubLayoutInSuite } from '../test-support/render-console';

stubLayoutInSuite();

const me = agent(1, { name: 'Anna Kovács' });
const other = agent(3, { name: 'Csaba Tóth' });

async function openFirst(first = ticket(1, { assigneeId: me.id, tags: ['router'] })) {
  const tc = await renderConsole(me, { agents: [me, other], customers: [customer(1)], tickets: [first] });
  await tc.user.keyboard('gt');
  await waitFor(() => expect(screen.getAllByTestId('queue-row')[0]?.dataset.ticketNumber).toBe('1'));
  await tc.user.keyboard('{Enter}');
  await screen.findByTestId('ticket-view');
  return tc;
}

describe('capture on the ticket view', () => {
  it('v, 4, Ctrl+Enter: the rating is shown and goes out as recordSurvey', async () => {
    const tc = await openFirst();
    expect(screen.getByTestId('ticket-rating').textContent).toBe('No rating yet');
    const before = document.activeElement;
    await tc.user.keyboard('v');
    await screen.findByTestId('rating-dialog');
    await tc.user.keyboard('4{Tab}{Tab}Happy now{Control>}{Enter}{/Control}');
    await waitFor(() => expect(screen.getByTestId('ticket-rating').dataset.csat).toBe('4'));
    expect(screen.getByTestId('ticket-rating').textContent).toContain('CSAT 4/5');
    expect(screen.queryByTestId('rating-dialog')).toBeNull();
    expect((await tc.api.pushed()).at(-1)).toMatchObject({ name: 'recordSurvey', args: { ticketId: ticket(1).id, csat: 4, comment: 'Happy now' } });
    // The focus is back where it was when `v` opened the dialog.
    expect(document.activeElement).toBe(before);
  });

  it('t: the header shows the tags; Enter adds one and Delete removes one, each a mutation', async () => {
    const tc = await openFirst();
    const headerTags = () => Array.from(screen.getByTestId('ticket-tags').querySelectorAll('[data-tag]')).map((e) => e.getAttribute('data-tag'));
    expect(headerTags()).toEqual(['router']);
    await tc.user.keyboard('t');
    await screen.findByTestId('tags-dialog');
    await tc.user.keyboard('Billing{Enter}');
    await waitFor(() => expect(headerTags()).toEqual(['router', 'billing']));
    expect((await tc.api.pushed()).at(-1)).toMatchObject({ name: 'addTag', args: { ticketId: ticket(1).id, tag: 'billing' } });
    await tc.user.keyboard('{Backspace}{Backspace}{Delete}');
    await waitFor(() => expect(headerTags()).toEqual(['router']));
    expect((await tc.api.pushed()).at(-1)).toMatchObject({ name: 'removeTag', args: { tag: 'billing' } });
    await tc.user.keyboard('{Escape}');
    expect(screen.queryByTestId('tags-dialog')).toBeNull();
  });

  it('shows a survey’s answer as the ticket carries it', async () => {
    await openFirst(ticket(1, { assigneeId: me.id, rating: { csat: 2, nps: 3, at: '2026-11-20T10:00:00.000Z', source: 'inbound' } }));
    expect(screen.getByTestId('ticket-rating').textContent).toBe('CSAT 2/5 · NPS 3 (from a survey, Nov 20, 2026)');
  });

  it('the palette has both actions, and runs them', async () => {
    const tc = await openFirst();
    await tc.user.keyboard('{Control>}k{/Control}');
    await tc.user.keyboard('rating');
    expect(screen.getAllByTestId('palette-item').map((e) => e.textContent)).toEqual([expect.stringContaining('Record the customer’s rating')]);
    await tc.user.keyboard('{Enter}');
    await screen.findByTestId('rating-dialog');
    await tc.user.keyboard('{Escape}{Control>}k{/Control}edit tags{Enter}');
    await screen.findByTestId('tags-dialog');
  });

  it('on a colleague’s ticket the rating is not offered', async () => {
    const tc = await openFirst(ticket(1, { assigneeId: other.id }));
    expect((screen.getByTestId('action-rating') as HTMLButtonElement).disabled).toBe(true);
    await tc.user.keyboard('v');
    expect(screen.queryByTestId('rating-dialog')).toBeNull();
  });
});
