// A replica on fake-indexeddb, driven by played main events (sync.pulled, acks) through a recording API.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach } from 'vitest';
import type { Agent, Ticket } from '../../../src/shared/domain';
import type { Change } from '../../../src/shared/sync-protocol';
import { customer, ids } from '../../../src/shared/test-fixtures';
import { openReplica, type Replica } from '../../../src/renderer/db';
import { createRecordingApi, type RecordingApi } from './recording-api';

export const agent = (id: string, name: string, tier: 1 | 2 | 3 | null, role: Agent['role'] = 'agent'): Agent => ({
  id, name, email: `${name.split(' ')[0]!.toLowerCase()}@demo.local`, role, tier, presence: 'available', version: 1,
});
export const anna = agent(ids.anna, 'Anna Kovács', 1);
export const bela = agent(ids.bela, 'Béla Nagy', 1);
export const tid = (n: number) => `0193a000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;

let open: Replica[] = [];
afterEach(async () => {
  await Promise.all(open.map((r) => r.close()));
  open = [];
});

export async function setup(me = anna): Promise<{ api: RecordingApi; replica: Replica; pull(changes: Change[], cursor: number, lastMutationId?: number): Promise<void> }> {
  const api = createRecordingApi();
  const replica = await openReplica({ api, agent: me, indexedDB: new IDBFactory(), IDBKeyRange });
  open.push(replica);
  const pull = async (changes: Change[], cursor: number, lastMutationId = 0) => {
    api.emit('sync.pulled', { refetch: false, cursor, lastMutationId, changes, refused: [], more: false });
    await api.acked(cursor);
  };
  return { api, replica, pull };
}
export const rows = (tickets: Ticket[]): Change[] => [
  { entity: 'agent', value: anna },
  { entity: 'agent', value: bela },
  { entity: 'customer', value: customer() },
  ...tickets.map((value) => ({ entity: 'ticket' as const, value })),
];

