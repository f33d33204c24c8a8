import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Escalation, Message } from '../../shared/domain';
import { ids, ticket, T0 } from '../../shared/test-fixtures';
import { EscalateDialog } from '../escalation/escalate-dialog';
import { Composer } from './composer';
import { Thread } from './thread';

const msg = (n: number, kind: Message['kind'], body: string): Message => ({
  id: `0193a000-0000-7000-8000-0000000001${String(n).padStart(2, '0')}`,
  ticketId: ids.ticket,
  kind,
  authorId: ids.anna,
  authorName: kind === 'customer' ? 'Līga Ozola' : 'Anna Kovács',
  channel: 'email',
  body,
  createdAt: new Date(Date.parse(T0) + n * 60_000).toISOString(),
  version: n,
});

describe('thread', () => {
  it('shows each kind of message distinctly, and escalations with their summary, in time order', () => {
    const esc: Escalation = {
      id: ids.esc, ticketId: ids.ticket, kind: 'escalate', fromTier: 1, toTier: 2, reason: 'needs a specialist',
      summary: 'Reset the router twice; firmware 2.1', byAgentId: ids.anna, createdAt: new Date(Date.parse(T0) + 150_000).toISOString(), version: 9,
    };
    render(
      <Thread
        messages={[msg(1, 'customer', 'It reboots'), msg(2, 'reply', 'Try a reset'), msg(3, 'note', 'Probably firmware'), msg(4, 'call', 'Called back')]}
        escalations={[esc]}
        agents={new Map()}
      />,
    );
    const thread = screen.getByTestId('thread');
    const kinds = Array.from(thread.children).map((el) => (el as HTMLElement).dataset.kind);
    expect(kinds).toEqual(['customer', 'reply', 'escalate', 'note', 'call']);
    const note = screen.getByTestId('message-note');
    expect(note.textContent).toContain('Internal note');
    expect(note.className).toContain('msg-note');
    expect(screen.getByTestId('message-reply').className).not.toContain('msg-note');
    expect(screen.getByTestId('message-call').textContent).toContain('Call log');
    expect(screen.getByTestId('escalation-summary').textContent).toBe('Reset the router twice; firmware 2.1');
  });
});

describe('composer', () => {
  it('sends with Ctrl+Enter and clears, and says so when empty', async () => {
    const user = userEvent.setup();
    const onSend = vi.fn(async () => true);
    render(<Composer ticketId="t1" onSend={onSend} />);
    const input = screen.getByTestId('composer-input');
    await user.click(input);
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(onSend).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('The message is empty.');
    await user.type(input, 'Hello Līga');
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(onSend).toHaveBeenCalledWith('reply', 'Hello Līga');
    expect((input as HTMLTextAreaElement).value).toBe('');
  });

  it('switches to an internal note that looks different', async () => {
    const user = userEvent.setup();
    const onSend = vi.fn(async () => true);
    render(<Composer ticketId="t1" onSend={onSend} />);
    await user.click(screen.getByTestId('composer-mode-note'));
    expect(screen.getByTestId('composer').className).toContain('composer-note');
    await user.type(screen.getByTestId('composer-input'), 'for tier 2');
    await user.click(screen.getByTestId('composer-send'));
    expect(onSend).toHaveBeenCalledWith('note', 'for tier 2');
  });
});

describe('composer says who will read it', () => {
  it('shows a banner, a send button and a field label that name the audience, and leaves the field after a send', async () => {
    const user = userEvent.setup();
    const onSend = vi.fn(async () => true);
    const onSent = vi.fn();
    render(<Composer ticketId="t1" onSend={onSend} onSent={onSent} />);
    const audience = () => screen.getByTestId('composer-audience');
    expect(audience().textContent).toContain('Reply — the customer will see this');
    expect(screen.getByTestId('composer-send').textContent).toBe('Send to customer');
    expect(screen.getByRole('textbox', { name: 'Reply to the customer' })).toBeTruthy();
    await user.click(screen.getByTestId('composer-mode-note'));
    expect(audience().textContent).toContain('Internal note — only colleagues see this');
    expect(screen.getByTestId('composer-send').textContent).toBe('Save internal note');
    const input = screen.getByRole('textbox', { name: 'Internal note for colleagues' });
    await user.type(input, 'for tier 2{Control>}{Enter}{/Control}');
    expect(onSend).toHaveBeenCalledWith('note', 'for tier 2');
    expect(onSent).toHaveBeenCalledTimes(1);
    expect(document.activeElement).not.toBe(input);
  });
});

describe('escalate dialog', () => {
  it('requires a reason and a handoff summary, in the words for the contract reasons', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(async () => true);
    const onClose = vi.fn();
    render(<EscalateDialog ticket={ticket()} toTier={2} onSubmit={onSubmit} onClose={onClose} />);
    expect(document.activeElement).toBe(screen.getByTestId('escalate-reason'));
    await user.click(screen.getByTestId('escalate-submit'));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByTestId('escalate-reason-error').textContent).toBe('Give a reason for the escalation (3 characters at least).');
    expect(screen.getByTestId('escalate-summary-error').textContent).toBe('The handoff summary must say what was tried (10 characters at least).');
    await user.type(screen.getByTestId('escalate-reason'), 'needs tier 2');
    await user.type(screen.getByTestId('escalate-summary'), 'short');
    await user.click(screen.getByTestId('escalate-submit'));
    expect(onSubmit).not.toHaveBeenCalled();
    await user.type(screen.getByTestId('escalate-summary'), ' — reset twice, logs attached');
    await user.click(screen.getByTestId('escalate-submit'));
    expect(onSubmit).toHaveBeenCalledWith({ toTier: 2, reason: 'needs tier 2', summary: 'short — reset twice, logs attached' });
    expect(onClose).toHaveBeenCalled();
  });
});
