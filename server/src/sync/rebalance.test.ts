// Rebalancing on the server, on SQLite and PostgreSQL: a ticket a supervisor creates in the console is
// auto-assigned by the same rule as an inbound one (in the creating push); the auto-assign switch reaches
// every workstation as a tierSetting row; breaks are recorded by setPresence (sign-in ends time offline,
// leaving a break ends the break).
import { describe, expect, it } from 'vitest';
import { uuidv7, type Change } from '../../../src/shared/index';
import { login, pull, push, type Session } from '../../../tests/support/api-client';
import type { ServerHandle } from '../../../tests/support/server-process';
import type { OpenedDb } from '../db/database';
import { DEMO_TENANT_ID } from '../seed/demo';
import { withDemoServer } from '../testing/demo-server';

describe.each(['sqlite', 'postgres'] as const)('rebalancing on %s', (db) => {
  let server: ServerHandle;
  let direct: OpenedDb;
  let sup: Session;
  withDemoServer(db, (d) => ({ server, direct, sup } = d));

  const anyCustomer = async () => (await direct.db.selectFrom('customers').select('id').where('tenant_id', '=', DEMO_TENANT_ID).orderBy('id').executeTakeFirstOrThrow()).id;
  const tier1 = () => direct.db.selectFrom('agents').select(['id', 'email']).where('tenant_id', '=', DEMO_TENANT_ID).where('tier', '=', 1).orderBy('email').execute();
  const presence = (id: string, p: string) => direct.db.updateTable('agents').set({ presence: p }).where('id', '=', id).execute();
  const createTicket = async (customerId: string) => {
    const id = uuidv7();
    const r = await push(server.url, sup, [{ name: 'createTicket', args: { id, messageId: uuidv7(), customerId, subject: 'Called about the router', channel: 'phone', priority: 'normal', body: 'Blinks red.' } }]);
    expect(r.refused).toEqual([]);
    return (await direct.db.selectFrom('tickets').select(['assignee_id', 'status']).where('id', '=', id).executeTakeFirstOrThrow());
  };
  const changesSince = async (s: Session, cursor: number | null) => {
    const r = await pull(server.url, s, cursor);
    if (!('changes' in r)) throw new Error('refetch');
    return r;
  };
  const settingOf = (changes: Change[], tier: number) => changes.find((c) => c.entity === 'tierSetting' && c.value.tier === tier)?.value;

  it('auto-assigns a ticket a supervisor creates, as an inbound one, only while the tier’s switch is on', async () => {
    const customerId = await anyCustomer();
    const [first, ...others] = await tier1();
    for (const a of others) await presence(a.id, 'away');
    await presence(first!.id, 'available');
    expect((await createTicket(customerId)).assignee_id).toBeNull();
    const on = await push(server.url, sup, [
      { name: 'setAgentCap', args: { agentId: first!.id, cap: null } },
      { name: 'setAutoAssign', args: { tier: 1, on: true } },
    ]);
    expect(on.refused).toEqual([]);
    // The only available tier 1 agent, with no cap: theirs, and open.
    expect(await createTicket(customerId)).toEqual({ assignee_id: first!.id, status: 'open' });
    await presence(first!.id, 'break');
    expect((await createTicket(customerId)).assignee_id).toBeNull();
    expect((await push(server.url, sup, [{ name: 'setAutoAssign', args: { tier: 1, on: false } }])).refused).toEqual([]);
  });

  it('replicates the switch per tier to every workstation, agents’ too, as it changes', async () => {
    const agent = await login(server.url, 'agent1@demo.local');
    const first = await changesSince(agent, null);
    // Each tier has its row once the organisation has used the switch (tier 1 above); none says on.
    expect(settingOf(first.changes, 1)).toMatchObject({ tier: 1, autoAssign: false });
    expect((await push(server.url, sup, [{ name: 'setAutoAssign', args: { tier: 2, on: true } }])).refused).toEqual([]);
    const next = await changesSince(agent, first.cursor);
    expect(settingOf(next.changes, 2)).toMatchObject({ tier: 2, autoAssign: true });
    const bit = (await direct.db.selectFrom('tenants').select('auto_assign_tiers').where('id', '=', DEMO_TENANT_ID).executeTakeFirstOrThrow()).auto_assign_tiers;
    expect(bit & (1 << 2)).not.toBe(0);
    expect((await push(server.url, sup, [{ name: 'setAutoAssign', args: { tier: 2, on: false } }])).refused).toEqual([]);
    expect(settingOf((await changesSince(agent, next.cursor)).changes, 2)).toMatchObject({ autoAssign: false });
  });

  it('records when a break ends (and sign-in, the end of time offline), and pulls it to the board', async () => {
    const [, , emily] = await tier1();
    await presence(emily!.id, 'offline');
    const signedIn = new Date().toISOString();
    const anna = await login(server.url, emily!.email);
    const lastBreak = async () => (await direct.db.selectFrom('agents').select('last_break_ended_at').where('id', '=', anna.agent.id).executeTakeFirstOrThrow()).last_break_ended_at;
    const atSignIn = await lastBreak();
    expect(atSignIn! >= signedIn).toBe(true);
    await push(server.url, anna, [{ name: 'setPresence', args: { presence: 'break' } }]);
    expect(await lastBreak()).toBe(atSignIn);
    const back = new Date().toISOString();
    await push(server.url, anna, [{ name: 'setPresence', args: { presence: 'available' } }]);
    const ended = await lastBreak();
    expect(ended! >= back).toBe(true);
    const board = await changesSince({ ...sup, clientId: uuidv7() }, null);
    expect(board.changes.find((c) => c.entity === 'agent' && c.value.id === anna.agent.id)?.value).toMatchObject({ presence: 'available', lastBreakEndedAt: ended });
  });
});
