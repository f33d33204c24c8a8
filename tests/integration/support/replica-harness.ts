// A replica on fake-indexeddb with its real sync loop in-process, over the renderer tests' scripted main
// (each pull answers the page the test serves).
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach } from 'vitest';
import type { Agent, Ticket } from '../../../src/shared/domain';
import type { Change } from '../../../src/shared/sync-protocol';
import { customer, ids } from '../../../src/shared/test-fixtures';
import { openReplica, type Replica } from '../../../src/renderer/db';
import { createFakeConsoleApi, type FakeConsoleApi } from '../../../src/renderer/test-support/fake-console-api';

export const agent = (id: string, name: string, tier: 1 | 2 | 3 | null, role: Agent['role'] = 'agent'): Agent => ({
  id, name, email: `${name.split(' ')[0]!.toLowerCase()}@demo.local`, role, tier, presence: 'available', cap: null, presenceSince: null, version: 1,
});
export const anna = agent(ids.anna, 'Anna Kovács', 1);
export const bela = agent(ids.bela, 'Béla Nagy', 1);
export const tid = (n: number) => `0193a000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;

let open: Replica[] = [];
afterEach(async () => {
  await Promise.all(open.map((r) => r.close()));
  open = [];
});

export async function setup(me = anna): Promise<{ api: FakeConsoleApi; replica: Replica; pull(changes: Change[], cursor: number, lastMutationId?: number): Promise<void> }> {
  const api = createFakeConsoleApi({ agent: me });
  const replica = await openReplica({ sync: api.startSync, agent: me, indexedDB: new IDBFactory(), IDBKeyRange });
  open.push(replica);
  const pull = (changes: Change[], cursor: number, lastMutationId = 0) => api.pull({ cursor, lastMutationId, changes });
  return { api, replica, pull };
}
export const rows = (tickets: Ticket[]): Change[] => [
  { entity: 'agent', value: anna },
  { entity: 'agent', value: bela },
  { entity: 'customer', value: customer() },
  ...tickets.map((value) => ({ entity: 'ticket' as const, value })),
];

