import { describe, expect, it } from 'vitest';
import { authorize } from './authorize';
import type { Agent } from './domain';
import type { Mutation } from './mutations';
import { anna, bela, ids, supervisor, ticket } from './test-fixtures';

const assign = (assigneeId: string | null): Mutation => ({ id: 1, name: 'assign', args: { ticketId: ids.ticket, assigneeId, baseVersion: 5 } });
const agentRow = (id: string, tier: 1 | 2 | 3): Agent => ({ id, name: 'x', email: 'x@demo.local', role: 'agent', tier, presence: 'available', cap: null, presenceSince: null, version: 1 });

describe('authorize', () => {
  it('an agent works its own tier and its own tickets only', () => {
    const note: Mutation = { id: 1, name: 'addMessage', args: { id: ids.msg, ticketId: ids.ticket, kind: 'note', body: 'x' } };
    expect(authorize(anna, note, ticket({ tier: 1 }), undefined).ok).toBe(true);
    expect(authorize(anna, note, ticket({ tier: 2 }), undefined).ok).toBe(false);
    expect(authorize(anna, note, ticket({ tier: 2, assigneeId: anna.id }), undefined).ok).toBe(true);
    expect(authorize(supervisor, note, ticket({ tier: 3 }), undefined).ok).toBe(true);
  });

  it('an agent takes unassigned work but never reassigns a colleague’s ticket', () => {
    expect(authorize(anna, assign(anna.id), ticket(), agentRow(anna.id, 1)).ok).toBe(true);
    expect(authorize(anna, assign(ids.bela), ticket(), agentRow(ids.bela, 1))).toMatchObject({ ok: false, code: 'forbidden' });
    expect(authorize(anna, assign(anna.id), ticket({ assigneeId: ids.bela }), agentRow(anna.id, 1))).toMatchObject({ ok: false, code: 'forbidden' });
    expect(authorize(supervisor, assign(anna.id), ticket({ assigneeId: ids.bela }), agentRow(anna.id, 1)).ok).toBe(true);
  });

  it('a supervisor cannot assign a ticket to an agent of another tier', () => {
    expect(authorize(supervisor, assign(ids.bela), ticket({ tier: 1 }), agentRow(ids.bela, 2))).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('escalation goes to the next tier only; hand back is for specialists', () => {
    const esc = (toTier: 1 | 2 | 3): Mutation => ({ id: 1, name: 'escalate', args: { id: ids.esc, ticketId: ids.ticket, toTier, reason: 'why', summary: 'what was tried', baseVersion: 5 } });
    expect(authorize(anna, esc(2), ticket(), undefined).ok).toBe(true);
    expect(authorize(anna, esc(3), ticket(), undefined)).toMatchObject({ ok: false, code: 'invalid' });
    const back: Mutation = { id: 1, name: 'handBack', args: { id: ids.esc, ticketId: ids.ticket, toAgentId: anna.id, summary: 'fixed the flag', baseVersion: 5 } };
    expect(authorize(bela, back, ticket({ tier: 2 }), agentRow(anna.id, 1)).ok).toBe(true);
    expect(authorize(bela, back, ticket({ tier: 2 }), agentRow(anna.id, 2))).toMatchObject({ ok: false, code: 'invalid' });
    expect(authorize(anna, back, ticket({ tier: 2, assigneeId: anna.id }), agentRow(anna.id, 1))).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it("customer details: the server's knowledge decides for agents; supervisors always may", () => {
    const m = { id: 1, name: 'updateCustomer', args: { id: ids.customer, patch: { vip: true } } } as Mutation;
    expect(authorize(anna, m, undefined, undefined, { customerWorkable: false })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(authorize(anna, m, undefined, undefined, { customerWorkable: true })).toEqual({ ok: true });
    expect(authorize(supervisor, m, undefined, undefined, { customerWorkable: false })).toEqual({ ok: true });
    // A replica does not know: it lets the change through and the server decides.
    expect(authorize(anna, m, undefined, undefined)).toEqual({ ok: true });
  });

  it('engineering links are set by tier 2/3 specialists and supervisors, never tier 1', () => {
    const link: Mutation = { id: 1, name: 'setEngineeringLink', args: { ticketId: ids.ticket, url: 'https://tracker.example.com/ENG-1' } };
    const tier3: Agent = { ...agentRow(ids.bela, 3), name: 'Cili' };
    expect(authorize(anna, link, ticket({ tier: 1 }), undefined)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(authorize(anna, link, ticket({ tier: 1, assigneeId: anna.id }), undefined)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(authorize(bela, link, ticket({ tier: 2 }), undefined)).toEqual({ ok: true });
    expect(authorize({ id: tier3.id, name: tier3.name, role: 'agent', tier: 3 }, link, ticket({ tier: 3 }), undefined)).toEqual({ ok: true });
    expect(authorize(supervisor, link, ticket({ tier: 1 }), undefined)).toEqual({ ok: true });
    // Clearing a link is setting it too.
    expect(authorize(anna, { ...link, args: { ticketId: ids.ticket, url: null } }, ticket({ tier: 1 }), undefined)).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('a missing ticket is not_found, not a crash', () => {
    expect(authorize(anna, assign(anna.id), undefined, undefined)).toMatchObject({ ok: false, code: 'not_found' });
  });
});
