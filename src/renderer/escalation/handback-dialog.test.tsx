import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Escalation } from '../../shared/domain';
import { agent, ticket, uid } from '../test-support/builders';
import { escalatedBy, HandBackDialog } from './handback-dialog';

const anna = agent(1, { name: 'Anna Kovács' });
const zoe = agent(4, { name: 'Zoë Berg' });
const bela = agent(2, { name: 'Béla Nagy', tier: 2 });
const agents = new Map([anna, zoe, bela].map((a) => [a.id, a]));
const esc = (n: number, over: Partial<Escalation>): Escalation => ({
  id: uid('e', n), ticketId: ticket(1).id, kind: 'escalate', fromTier: 1, toTier: 2, reason: 'needs tier 2',
  summary: 'tried everything', byAgentId: anna.id, createdAt: `2026-11-23T1${n}:00:00.000Z`, version: n, ...over,
});

describe('hand back', () => {
  it('picks the tier 1 agent who escalated last', () => {
    expect(escalatedBy([esc(1, {}), esc(2, { kind: 'handback', byAgentId: bela.id, fromTier: 2, toTier: 1 }), esc(3, { byAgentId: zoe.id })], agents)).toBe(zoe.id);
    expect(escalatedBy([esc(1, { byAgentId: bela.id, fromTier: 2, toTier: 3 })], agents)).toBeNull();
  });

  it('defaults the follow-up agent and requires a summary', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(async () => true);
    render(<HandBackDialog ticket={ticket(1, { tier: 2 })} escalations={[esc(1, {})]} agents={agents} onSubmit={onSubmit} onClose={() => {}} />);
    expect((screen.getByTestId('handback-agent') as HTMLSelectElement).value).toBe(anna.id);
    // Only tier 1 agents can take the follow-up.
    expect(screen.queryByRole('option', { name: 'Béla Nagy' })).toBeNull();
    await user.click(screen.getByTestId('handback-submit'));
    expect(screen.getByTestId('handback-summary-error').textContent).toBe('The handoff summary must say what was done (10 characters at least).');
    await user.type(screen.getByTestId('handback-summary'), 'Firmware 2.2 fixes it; tell the customer');
    await user.click(screen.getByTestId('handback-submit'));
    expect(onSubmit).toHaveBeenCalledWith({ toAgentId: anna.id, summary: 'Firmware 2.2 fixes it; tell the customer' });
  });
});

describe('hand back from the keyboard', () => {
  it('submits with Ctrl+Enter, as the escalation dialog does', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn(async () => true);
    render(<HandBackDialog ticket={ticket(1, { tier: 2 })} escalations={[esc(1, {})]} agents={agents} onSubmit={onSubmit} onClose={() => {}} />);
    expect(document.activeElement).toBe(screen.getByTestId('handback-summary'));
    await user.keyboard('Firmware 2.2 fixes it; tell the customer{Control>}{Enter}{/Control}');
    expect(onSubmit).toHaveBeenCalledWith({ toAgentId: anna.id, summary: 'Firmware 2.2 fixes it; tell the customer' });
  });
});
