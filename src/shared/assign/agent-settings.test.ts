// The supervisors' workload settings as mutations (who may set them, what they change) and the presence
// clock setPresence keeps, on the shared rules both sides run.
import { describe, expect, it } from 'vitest';
import { applyMutation, targetsOf } from '../apply-mutation';
import { authorize } from '../authorize';
import type { Agent } from '../domain';
import { parseMutation, type Mutation } from '../mutations';
import { anna, ids, supervisor } from '../test-fixtures';

const NOW = '2026-11-23T11:00:00.000Z';
const EARLIER = '2026-11-23T08:00:00.000Z';
const annaRow: Agent = { id: ids.anna, name: 'Anna Kovács', email: 'anna@demo.local', role: 'agent', tier: 1, presence: 'available', cap: null, presenceSince: EARLIER, version: 3 };
const admin = { ...supervisor, role: 'admin' as const };
const m = (name: string, args: unknown): Mutation => {
  const parsed = parseMutation({ id: 1, name, args: args as never });
  if (!parsed.ok) throw new Error(`not a valid ${name}: ${parsed.reason}`);
  return parsed.mutation;
};

describe('setAgentCap and setAutoAssign', () => {
  it('are for supervisors and admins; an agent is refused with a reason', () => {
    const cap = m('setAgentCap', { agentId: ids.anna, cap: 5 });
    const auto = m('setAutoAssign', { tier: 1, on: true });
    expect(authorize(supervisor, cap, undefined, annaRow)).toEqual({ ok: true });
    expect(authorize(admin, auto, undefined, undefined)).toEqual({ ok: true });
    expect(authorize(anna, cap, undefined, annaRow)).toEqual({ ok: false, code: 'forbidden', reason: 'agent_cap_supervisors_only', params: {} });
    expect(authorize(anna, auto, undefined, undefined)).toEqual({ ok: false, code: 'forbidden', reason: 'auto_assign_supervisors_only', params: {} });
  });

  it('a cap is for an agent that exists, never a supervisor', () => {
    const cap = m('setAgentCap', { agentId: ids.sup, cap: 5 });
    expect(authorize(supervisor, cap, undefined, undefined)).toMatchObject({ ok: false, code: 'not_found', reason: 'agent_not_found' });
    const supRow: Agent = { ...annaRow, id: ids.sup, role: 'supervisor', tier: null };
    expect(authorize(supervisor, cap, undefined, supRow)).toMatchObject({ ok: false, code: 'invalid', reason: 'cap_agents_only' });
  });

  it('a cap is 1 to 500 or none', () => {
    for (const cap of [0, 501, 2.5, '5']) expect(parseMutation({ id: 1, name: 'setAgentCap', args: { agentId: ids.anna, cap } }).ok).toBe(false);
    for (const cap of [1, 500, null]) expect(parseMutation({ id: 1, name: 'setAgentCap', args: { agentId: ids.anna, cap } }).ok).toBe(true);
  });

  it('setAgentCap changes the named agent’s cap only', () => {
    const cap = m('setAgentCap', { agentId: ids.anna, cap: 7 });
    expect(targetsOf(cap, supervisor)).toEqual({ agentId: ids.anna });
    const out = applyMutation(supervisor, NOW, cap, { agent: annaRow });
    expect(out.ok && out.effects.agents).toEqual([{ ...annaRow, cap: 7 }]);
  });

  it('setAutoAssign carries the tier’s setting and touches no row', () => {
    const out = applyMutation(supervisor, NOW, m('setAutoAssign', { tier: 2, on: true }), {});
    expect(out.ok && out.effects).toMatchObject({ tickets: [], agents: [], autoAssign: { tier: 2, on: true } });
  });
});

describe('presenceSince', () => {
  it('moves when the presence changes, and stays when it is set again unchanged', () => {
    const changed = applyMutation(anna, NOW, m('setPresence', { presence: 'break' }), { agent: annaRow });
    expect(changed.ok && changed.effects.agents[0]).toEqual({ ...annaRow, presence: 'break', presenceSince: NOW });
    const same = applyMutation(anna, NOW, m('setPresence', { presence: 'available' }), { agent: annaRow });
    expect(same.ok && same.effects.agents[0]).toEqual(annaRow);
  });
});
