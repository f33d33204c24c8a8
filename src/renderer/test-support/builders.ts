// Rows for renderer tests, shaped as the server sends them in a pulled batch.
import type { Change } from '../../shared/sync-protocol';
import type { Agent, Customer, Ticket } from '../../shared/domain';
import { customer as fixtureCustomer, ticket as fixtureTicket } from '../../shared/test-fixtures';

export const uid = (prefix: string, n: number): string => `0193a000-0000-7000-8${prefix.padStart(3, '0')}-${String(n).padStart(12, '0')}`;

export function agent(n: number, over: Partial<Agent> = {}): Agent {
  return { id: uid('a', n), name: `Agent ${n}`, email: `agent${n}@demo.local`, role: 'agent', tier: 1, presence: 'available', cap: null, presenceSince: null, version: 1, ...over };
}

export function customer(n: number, over: Partial<Customer> = {}): Customer {
  return fixtureCustomer({ id: uid('c', n), name: `Customer ${n}`, email: `c${n}@example.com`, ...over });
}

/** Ticket n of a queue; a later n has a later first-response deadline (so a lower place in the queue). */
export function ticket(n: number, over: Partial<Ticket> = {}): Ticket {
  const due = new Date(Date.parse('2030-01-01T00:00:00.000Z') + n * 60_000).toISOString();
  return fixtureTicket({
    id: uid('d', n),
    number: n,
    subject: `Ticket subject ${n}`,
    customerId: uid('c', 1),
    firstResponseDueAt: due,
    resolutionDueAt: '2030-02-01T00:00:00.000Z',
    version: n,
    statusVersion: n,
    assigneeVersion: n,
    tierVersion: n,
    ...over,
  });
}

export function changes(rows: { agents?: Agent[]; customers?: Customer[]; tickets?: Ticket[] }): Change[] {
  return [
    ...(rows.agents ?? []).map((value) => ({ entity: 'agent' as const, value })),
    ...(rows.customers ?? []).map((value) => ({ entity: 'customer' as const, value })),
    ...(rows.tickets ?? []).map((value) => ({ entity: 'ticket' as const, value })),
  ];
}
