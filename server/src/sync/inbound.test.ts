// Inbound contacts against a real server on SQLite and PostgreSQL: the new customer's language, and a
// match by a claimed e-mail or phone that the ticket marks unverified until an agent confirms it.
import { describe, expect, it } from 'vitest';
import { uuidv7, type Change, type Customer, type HistoryEntry, type Ticket } from '../../../src/shared/index';
import { login, pull, push, type Session } from '../../../tests/support/api-client';
import type { ServerHandle } from '../../../tests/support/server-process';
import type { OpenedDb } from '../db/database';
import { DEMO_TENANT_ID } from '../seed/demo';
import { withDemoServer } from '../testing/demo-server';

interface Pulled {
  tickets: Map<string, Ticket>;
  customers: Map<string, Customer>;
  history: HistoryEntry[];
}

describe.each(['sqlite', 'postgres'] as const)('inbound contacts on %s', (db) => {
  let server: ServerHandle;
  let direct: OpenedDb;
  let sup: Session;
  withDemoServer(db, (d) => ({ server, direct, sup } = d));

  const contact = async (customer: Record<string, string>, channel = 'email') => {
    const r = await fetch(`${server.url}/api/v1/inbound/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': server.inboundKey },
      body: JSON.stringify({ channel, subject: 'Inbound check', body: 'Hello there', customer: { name: 'Claimed Name', ...customer } }),
    });
    expect(r.status).toBe(200);
    return (await r.json()) as { ticketId: string; customerId: string };
  };
  const view = async (s: Session): Promise<Pulled> => {
    const r = await pull(server.url, { ...s, clientId: uuidv7() }, null);
    if (!('changes' in r)) throw new Error('refetch');
    const of = <E extends Change['entity']>(e: E) => r.changes.flatMap((c) => (c.entity === e ? [c.value as Extract<Change, { entity: E }>['value']] : []));
    return { tickets: new Map(of('ticket').map((t) => [t.id, t])), customers: new Map(of('customer').map((c) => [c.id, c])), history: of('history') };
  };
  const setDefaultLanguage = (language: string) => direct.db.updateTable('tenants').set({ default_language: language }).where('id', '=', DEMO_TENANT_ID).execute();

  it("gives a new customer the language the contact names, else the organisation's, never one guessed from the address", async () => {
    const named = await contact({ email: `named-${uuidv7()}@example.lv`, language: 'lv' });
    await setDefaultLanguage('hu');
    const unnamed = await contact({ email: `unnamed-${uuidv7()}@example.lv` });
    await setDefaultLanguage('en');
    const english = await contact({ phone: '+371 2999 1234' });
    const { customers } = await view(sup);
    expect([named, unnamed, english].map((c) => customers.get(c.customerId)?.language)).toEqual(['lv', 'hu', 'en']);
  });

  it('marks a ticket whose customer was matched only by a claimed e-mail or phone as unverified; a new customer or an agent’s ticket is not', async () => {
    const before = await view(sup);
    const known = [...before.customers.values()].find((c) => c.email && c.phone)!;
    const byEmail = await contact({ email: known.email!.toUpperCase() });
    const byPhone = await contact({ phone: known.phone! }, 'phone');
    const fresh = await contact({ email: `someone-${uuidv7()}@example.com` });
    const anna = await login(server.url, 'agent1@demo.local');
    const own = uuidv7();
    expect((await push(server.url, anna, [{ name: 'createTicket', args: { id: own, messageId: uuidv7(), customerId: fresh.customerId, subject: 'Called in', channel: 'phone', priority: 'low', body: 'call log' } }])).refused).toEqual([]);
    const after = await view(sup);
    expect([byEmail, byPhone].map((c) => c.customerId)).toEqual([known.id, known.id]);
    expect([byEmail, byPhone, fresh].map((c) => after.tickets.get(c.ticketId)?.customerUnverified)).toEqual([true, true, false]);
    expect(after.tickets.get(own)?.customerUnverified).toBe(false);
    // The contact's claimed name does not rename the customer it was matched to.
    expect(after.customers.get(known.id)?.name).toBe(known.name);
  });

  it('lets whoever may work the ticket confirm the customer, with a history entry; others are refused', async () => {
    const known = [...(await view(sup)).customers.values()].find((c) => c.email)!;
    const { ticketId } = await contact({ email: known.email! });
    const bela = await login(server.url, 'specialist2@demo.local');
    const anna = await login(server.url, 'agent1@demo.local');
    const refused = await push(server.url, bela, [{ name: 'confirmCustomer', args: { ticketId } }]);
    expect(refused.refused.map((r) => r.code)).toEqual(['forbidden']);
    expect((await view(sup)).tickets.get(ticketId)?.customerUnverified).toBe(true);
    expect((await push(server.url, anna, [{ name: 'confirmCustomer', args: { ticketId } }])).refused).toEqual([]);
    // Confirming again changes nothing and writes no second entry.
    expect((await push(server.url, anna, [{ name: 'confirmCustomer', args: { ticketId } }])).refused).toEqual([]);
    const mine = await view(anna);
    expect(mine.tickets.get(ticketId)?.customerUnverified).toBe(false);
    const entries = mine.history.filter((h) => h.ticketId === ticketId);
    expect(entries).toMatchObject([{ field: 'customerUnverified', oldValue: true, newValue: false, byAgentId: anna.agent.id }]);
  });
});
