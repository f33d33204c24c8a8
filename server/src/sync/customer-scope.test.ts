// createTicket and the customer-in-scope rule, against a real server on SQLite and PostgreSQL: a ticket
// brings a customer's card and edit history to the workstation, so an agent opens one only for a
// customer it already reaches (a ticket it may work) or created itself; supervisors for anyone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7, type RawMutation } from '../../../src/shared/index';
import { login, pull, push, type Session } from '../../../tests/support/api-client';
import { startServer, type ServerHandle } from '../../../tests/support/server-process';

const newCustomer = (id: string, name: string): Omit<RawMutation, 'id'> => ({
  name: 'createCustomer',
  args: { id, name, email: `${id.slice(-8)}@example.com`, phone: null, language: 'en', preferredChannel: 'email' },
});
const newTicket = (customerId: string, id = uuidv7()): Omit<RawMutation, 'id'> => ({
  name: 'createTicket',
  args: { id, messageId: uuidv7(), customerId, subject: 'Scope check', channel: 'phone', priority: 'normal', body: 'call log' },
});

describe.each(['sqlite', 'postgres'] as const)('customer scope of createTicket on %s', (db) => {
  let server: ServerHandle;
  let sup: Session;
  /** A customer whose only ticket has only ever been in tier 3, with an edit in its history. */
  let tier3Customer: string;
  beforeAll(async () => {
    server = await startServer({ db, demo: true });
    sup = await login(server.url, 'supervisor@demo.local');
    tier3Customer = uuidv7();
    const dora = await login(server.url, 'specialist3@demo.local');
    expect((await push(server.url, dora, [newCustomer(tier3Customer, 'Deep Technical'), newTicket(tier3Customer)])).refused).toEqual([]);
    const edit = await push(server.url, sup, [{ name: 'updateCustomer', args: { id: tier3Customer, patch: { phone: '+44 20000000', notes: 'VIP line' } } }]);
    expect(edit.refused).toEqual([]);
  });
  afterAll(() => server?.stop());

  const changesOf = async (s: Session) => {
    const r = await pull(server.url, { ...s, clientId: uuidv7() }, null);
    if (!('changes' in r)) throw new Error('refetch');
    return r.changes;
  };

  it("refuses a tier 1 agent a ticket for a tier 3 customer's id, says only forbidden, and sends neither card nor history", async () => {
    const anna = await login(server.url, 'agent1@demo.local');
    const supView = await changesOf(sup);
    expect(supView.some((c) => c.entity === 'history' && c.value.customerId === tier3Customer)).toBe(true);
    const r = await push(server.url, anna, [newTicket(tier3Customer), newTicket(uuidv7())]);
    expect(r.refused.map((x) => x.code)).toEqual(['forbidden', 'forbidden']);
    // The same reason for a real customer and an id nobody has: nothing learnt about either.
    expect(r.refused.map((x) => [x.reason, x.params])).toEqual([['customer_out_of_reach_open', {}], ['customer_out_of_reach_open', {}]]);
    const view = await changesOf(anna);
    const leaked = view.filter(
      (c) =>
        (c.entity === 'customer' && c.value.id === tier3Customer) ||
        (c.entity === 'history' && c.value.customerId === tier3Customer) ||
        (c.entity === 'ticket' && c.value.customerId === tier3Customer),
    );
    expect(leaked).toEqual([]);
  });

  it('lets an agent open tickets for a customer it created, in the same push and in a later one', async () => {
    const janis = await login(server.url, 'agent1b@demo.local');
    const same = uuidv7();
    expect((await push(server.url, janis, [newCustomer(same, 'Walk In'), newTicket(same)])).refused).toEqual([]);
    const later = uuidv7();
    expect((await push(server.url, janis, [newCustomer(later, 'Call Back')])).refused).toEqual([]);
    expect((await push(server.url, janis, [newTicket(later)])).refused).toEqual([]);
    // Another agent of the same tier reaches that customer now through the tier 1 ticket.
    const emily = await login(server.url, 'agent1c@demo.local');
    expect((await push(server.url, emily, [newTicket(later)])).refused).toEqual([]);
    // But not the customer someone else created and nobody has a ticket for.
    const bare = uuidv7();
    expect((await push(server.url, janis, [newCustomer(bare, 'No Tickets')])).refused).toEqual([]);
    expect((await push(server.url, emily, [newTicket(bare)])).refused.map((x) => x.code)).toEqual(['forbidden']);
  });

  it('lets a specialist open a ticket for a customer of its tier, and a supervisor for anyone', async () => {
    const karlis = await login(server.url, 'specialist3b@demo.local');
    expect((await push(server.url, karlis, [newTicket(tier3Customer)])).refused).toEqual([]);
    expect((await push(server.url, sup, [newTicket(tier3Customer)])).refused).toEqual([]);
    const view = await changesOf(sup);
    expect(view.filter((c) => c.entity === 'ticket' && c.value.customerId === tier3Customer)).toHaveLength(3);
  });
});
