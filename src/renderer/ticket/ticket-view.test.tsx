import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { agent, customer, ticket } from '../test-support/builders';
import { renderConsole, stubLayoutInSuite } from '../test-support/render-console';

stubLayoutInSuite();

const me = agent(1, { name: 'Anna Kovács' });
const other = agent(3, { name: 'Csaba Tóth' });
const vip = customer(1, { name: 'Līga Ozola', vip: true, phone: '+371 2000 0000', language: 'lv' });
/** Līga reads Latvian: a reply is signed in it (written out here, not read from the word files). */
const LATVIAN_SIGNATURE = '\n\nAr cieņu\nAnna Kovács\nKlientu atbalsts';

function seed() {
  return {
    agents: [me, other],
    customers: [vip],
    tickets: [ticket(1, { statusVersion: 11, assigneeVersion: 12, tierVersion: 13 }), ticket(2, { status: 'solved' })],
  };
}

async function openFirst() {
  const tc = await renderConsole(me, seed());
  await tc.user.keyboard('gu');
  await waitFor(() => expect(screen.getAllByTestId('queue-row')[0]?.dataset.ticketNumber).toBe('1'));
  await tc.user.keyboard('{Enter}');
  await screen.findByTestId('ticket-view');
  return tc;
}

const lastMutation = async (tc: Awaited<ReturnType<typeof openFirst>>) => (await tc.api.pushed()).at(-1);

describe('ticket view over the replica', () => {
  it('shows the customer card with the VIP badge and their other tickets', async () => {
    await openFirst();
    const card = screen.getByTestId('customer-card');
    expect(card.textContent).toContain('Līga Ozola');
    expect(screen.getByTestId('vip-badge')).toBeTruthy();
    expect(card.textContent).toContain('+371 2000 0000');
    expect(card.textContent).toContain('Ticket subject 2');
    expect(screen.getByTestId('ticket-assignee').textContent).toBe('Unassigned');
  });

  it('takes the ticket with a, sending the assignee version it saw', async () => {
    const tc = await openFirst();
    await tc.user.keyboard('a');
    await waitFor(() => expect(screen.getByTestId('ticket-assignee').textContent).toBe('Anna Kovács'));
    expect(await lastMutation(tc)).toMatchObject({ name: 'assign', args: { ticketId: ticket(1).id, assigneeId: me.id, baseVersion: 12 } });
  });

  it('replies with r and Ctrl+Enter, and notes with n, each shown as its kind', async () => {
    const tc = await openFirst();
    await tc.user.keyboard('r');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('composer-input')));
    await tc.user.keyboard('Hello, please restart the router');
    await tc.user.keyboard('{Control>}{Enter}{/Control}');
    await screen.findByTestId('message-reply');
    expect(await lastMutation(tc)).toMatchObject({ name: 'addMessage', args: { kind: 'reply', body: `Hello, please restart the router${LATVIAN_SIGNATURE}` } });
    await tc.user.keyboard('n');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('composer-input')));
    expect(screen.getByTestId('composer').dataset.mode).toBe('note');
    await tc.user.keyboard('Customer sounded upset{Control>}{Enter}{/Control}');
    const note = await screen.findByTestId('message-note');
    expect(note.textContent).toContain('Internal note');
    expect(await lastMutation(tc)).toMatchObject({ name: 'addMessage', args: { kind: 'note' } });
  });

  it('r, type, Ctrl+Enter, then n, type, Ctrl+Enter: one reply and one internal note, the focus back on the ticket', async () => {
    const tc = await openFirst();
    await tc.user.keyboard('r');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('composer-input')));
    await tc.user.keyboard('Your router is reset{Control>}{Enter}{/Control}');
    await screen.findByTestId('message-reply');
    // The send leaves the text field, so the next key is a shortcut again, not a letter of the reply.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('ticket-view')));
    await tc.user.keyboard('n');
    await waitFor(() => expect(screen.getByTestId('composer').dataset.mode).toBe('note'));
    expect(document.activeElement).toBe(screen.getByTestId('composer-input'));
    await tc.user.keyboard('Customer sounded upset{Control>}{Enter}{/Control}');
    await screen.findByTestId('message-note');
    const sent = (await tc.api.pushed()).filter((m) => m.name === 'addMessage').map((m) => m.args as { kind: string; body: string });
    expect(sent.map(({ kind, body }) => ({ kind, body }))).toEqual([
      { kind: 'reply', body: `Your router is reset${LATVIAN_SIGNATURE}` },
      { kind: 'note', body: 'Customer sounded upset' },
    ]);
  });

  it('sets the status from the s menu with a number key, and the priority with arrows and Enter', async () => {
    const tc = await openFirst();
    await tc.user.keyboard('s');
    const menu = await screen.findByTestId('status-menu');
    expect(menu.querySelector('[aria-checked="true"]')?.getAttribute('data-value')).toBe('new');
    await tc.user.keyboard('3');
    await waitFor(() => expect(screen.getByTestId('ticket-status').dataset.value).toBe('pending'));
    // The header shows the edit ahead of its write (ahead.ts): the outbox has it a moment later.
    await waitFor(async () => expect(await lastMutation(tc)).toMatchObject({ name: 'setStatus', args: { status: 'pending', baseVersion: 11 } }));
    await tc.user.keyboard('p');
    await screen.findByTestId('priority-menu');
    await tc.user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    await waitFor(() => expect(screen.getByTestId('ticket-priority').dataset.value).toBe('urgent'));
  });

  it('escalates only with a reason and a handoff summary', async () => {
    const tc = await openFirst();
    await tc.user.keyboard('e');
    const dialog = await screen.findByTestId('escalate-dialog');
    await tc.user.click(screen.getByTestId('escalate-submit'));
    expect(screen.getByTestId('escalate-summary-error').textContent).toContain('handoff summary');
    expect((await tc.api.pushed()).some((m) => m.name === 'escalate')).toBe(false);
    await tc.user.type(screen.getByTestId('escalate-reason'), 'router firmware bug');
    await tc.user.type(screen.getByTestId('escalate-summary'), 'Reset twice, replaced the cable; still reboots hourly');
    await tc.user.click(screen.getByTestId('escalate-submit'));
    await waitFor(() => expect(dialog.isConnected).toBe(false));
    expect(await lastMutation(tc)).toMatchObject({ name: 'escalate', args: { toTier: 2, reason: 'router firmware bug', baseVersion: 13 } });
    await waitFor(() => expect(screen.getByTestId('ticket-tier').dataset.value).toBe('2'));
    expect((await screen.findByTestId('escalation-summary')).textContent).toContain('Reset twice');
  });

  it('shows a refused change in words until dismissed', async () => {
    const tc = await openFirst();
    await tc.user.keyboard('a');
    await waitFor(async () => expect((await lastMutation(tc))?.name).toBe('assign'));
    const id = (await lastMutation(tc))!.id;
    await tc.api.pull({
      cursor: 2,
      lastMutationId: id,
      changes: [{ entity: 'ticket', value: ticket(1, { assigneeId: other.id, assigneeVersion: 20, version: 20 }) }],
      refused: [{ id, code: 'conflict', reason: 'taken_by', params: { who: 'Csaba Tóth' } }],
    });
    const banner = await screen.findByTestId('refusal-banner');
    expect(banner.textContent).toContain('Not saved: Csaba Tóth took this ticket');
    await waitFor(() => expect(screen.getByTestId('ticket-assignee').textContent).toBe('Csaba Tóth'));
    await tc.user.click(screen.getByTestId('refusal-dismiss'));
    expect(screen.queryByTestId('refusal-banner')).toBeNull();
  });
});
