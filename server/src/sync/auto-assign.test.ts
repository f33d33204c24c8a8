// Auto-assign against a real server on SQLite and PostgreSQL: with a tier's setting off nothing is
// assigned; with it on, a run of inbound tickets (and a new ticket from an inbound message) spreads
// over the tier's available agents within their caps — checked against the tickets read back and
// counted here — and nobody on a break, busy, away or offline, nor another tier's agent, receives one.
import { describe, expect, it } from 'vitest';
import { OPEN_STATUSES, uuidv7 } from '../../../src/shared/index';
import { login, pull, push, type Session } from '../../../tests/support/api-client';
import type { ServerHandle } from '../../../tests/support/server-process';
import type { OpenedDb } from '../db/database';
import { DEMO_TENANT_ID } from '../seed/demo';
import { withDemoServer } from '../testing/demo-server';

describe.each(['sqlite', 'postgres'] as const)('auto-assign on %s', (db) => {
  let server: ServerHandle;
  let direct: OpenedDb;
  let sup: Session;
  withDemoServer(db, (d) => ({ server, direct, sup } = d));

  const post = async (path: 'tickets' | 'messages', body: Record<string, unknown>) => {
    const r = await fetch(`${server.url}/api/v1/inbound/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': server.inboundKey },
      body: JSON.stringify({ channel: 'email', subject: 'Router down', body: 'It blinks red', ...body }),
    });
    expect(r.status).toBe(200);
    return ((await r.json()) as { ticketId: string }).ticketId;
  };
  const customer = () => ({ name: 'Ada Customer', email: `c-${uuidv7()}@example.com` });
  const arrive = () => post('tickets', { customer: customer() });
  const tier1 = () => direct.db.selectFrom('agents').select(['id', 'email']).where('tenant_id', '=', DEMO_TENANT_ID).where('tier', '=', 1).orderBy('email').execute();
  /** The oracle: open tickets per assignee, counted from every ticket row read back. */
  const loads = async () => {
    const rows = await direct.db.selectFrom('tickets').select(['assignee_id', 'status']).where('tenant_id', '=', DEMO_TENANT_ID).execute();
    const n = new Map<string, number>();
    for (const r of rows) if (r.assignee_id && OPEN_STATUSES.includes(r.status as never)) n.set(r.assignee_id, (n.get(r.assignee_id) ?? 0) + 1);
    return n;
  };
  const assigneeOf = async (id: string) => (await direct.db.selectFrom('tickets').select('assignee_id').where('id', '=', id).executeTakeFirstOrThrow()).assignee_id;
  const presence = (id: string, p: string) => direct.db.updateTable('agents').set({ presence: p }).where('id', '=', id).execute();

  it('assigns nothing while the tier’s auto-assign is off (the default), even with agents available', async () => {
    for (const a of await tier1()) await presence(a.id, 'available');
    const ids = [await arrive(), await arrive(), await post('messages', { customer: customer() })];
    expect(await Promise.all(ids.map(assigneeOf))).toEqual([null, null, null]);
  });

  it('refuses the settings to an agent, with reason codes', async () => {
    const anna = await login(server.url, 'agent1@demo.local');
    const r = await push(server.url, anna, [
      { name: 'setAutoAssign', args: { tier: 1, on: true } },
      { name: 'setAgentCap', args: { agentId: anna.agent.id, cap: 50 } },
    ]);
    expect(r.refused.map((x) => [x.code, x.reason])).toEqual([
      ['forbidden', 'auto_assign_supervisors_only'],
      ['forbidden', 'agent_cap_supervisors_only'],
    ]);
  });

  it('with it on, spreads a run of arrivals over the available agents within their caps; the rest wait unassigned', async () => {
    const [anna, janis, emily, gergo] = await tier1();
    await presence(anna!.id, 'available');
    await presence(janis!.id, 'available');
    await presence(emily!.id, 'busy');
    await presence(gergo!.id, 'break');
    // Specialists available too: a tier 1 ticket is never theirs.
    await direct.db.updateTable('agents').set({ presence: 'available' }).where('tenant_id', '=', DEMO_TENANT_ID).where('tier', '=', 2).execute();
    const before = await loads();
    const room = { [anna!.id]: 2, [janis!.id]: 3 };
    const caps = Object.fromEntries(Object.entries(room).map(([id, r]) => [id, (before.get(id) ?? 0) + r]));
    const r = await push(server.url, sup, [
      { name: 'setAgentCap', args: { agentId: anna!.id, cap: caps[anna!.id] } },
      { name: 'setAgentCap', args: { agentId: janis!.id, cap: caps[janis!.id] } },
      { name: 'setAutoAssign', args: { tier: 1, on: true } },
    ]);
    expect(r.refused).toEqual([]);

    // Seven arrivals for five places: one is a new ticket from an inbound message.
    const arrivals = [await arrive(), await arrive(), await post('messages', { customer: customer() })];
    for (let i = 0; i < 4; i++) arrivals.push(await arrive());
    const assignees = await Promise.all(arrivals.map(assigneeOf));
    expect(assignees.slice(0, 5).every((a) => a === anna!.id || a === janis!.id)).toBe(true);
    expect(assignees.slice(5)).toEqual([null, null]);

    const after = await loads();
    for (const id of [anna!.id, janis!.id]) expect(after.get(id)).toBe(caps[id]);
    for (const id of [emily!.id, gergo!.id]) expect(after.get(id) ?? 0).toBe(before.get(id) ?? 0);
    const tier2 = await direct.db.selectFrom('agents').select('id').where('tenant_id', '=', DEMO_TENANT_ID).where('tier', '=', 2).execute();
    for (const { id } of tier2) expect(after.get(id) ?? 0).toBe(before.get(id) ?? 0);

    // The agents' workstations hear it: the cap and the assignment arrive by pull.
    const pulled = await pull(server.url, { ...sup, clientId: uuidv7() }, null);
    if (!('changes' in pulled)) throw new Error('refetch');
    const annaRow = pulled.changes.find((c) => c.entity === 'agent' && c.value.id === anna!.id);
    expect(annaRow?.value).toMatchObject({ cap: caps[anna!.id] });
  });
});
