// What the sync loop keeps in the replica's meta table: the client id, the cursor and the acknowledged
// mutation id (written by the rebase with the page they belong to), and a first sync's snapshot token with
// its progress, so a reload continues the snapshot instead of starting it over.
import { uuidv7 } from '../../shared/uuid';
import type { ReplicaDb } from '../db/schema';

export interface SyncMeta {
  clientId: string;
  cursor: number | null;
  ackedMutationId: number;
  snapshot: string | null;
  snapshotReceived: number;
  snapshotTotal: number | null;
}

const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

export async function readSyncMeta(db: ReplicaDb): Promise<SyncMeta> {
  const [clientId, cursor, acked, snap] = await db.meta.bulkGet(['clientId', 'cursor', 'ackedMutationId', 'snapshot']);
  const s = snap?.value as { token?: unknown; received?: unknown; total?: unknown } | null | undefined;
  return {
    clientId: typeof clientId?.value === 'string' ? clientId.value : await ensureClientId(db),
    cursor: num(cursor?.value),
    ackedMutationId: num(acked?.value) ?? 0,
    snapshot: typeof s?.token === 'string' ? s.token : null,
    snapshotReceived: num(s?.received) ?? 0,
    snapshotTotal: num(s?.total),
  };
}

/** The replica's client id, made once (UUIDv7) and kept for the replica's life. */
export function ensureClientId(db: ReplicaDb): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const existing = (await db.meta.get('clientId'))?.value;
    if (typeof existing === 'string') return existing;
    const id = uuidv7();
    await db.meta.put({ key: 'clientId', value: id });
    return id;
  });
}

export async function saveSnapshot(db: ReplicaDb, s: { token: string; received: number; total: number | null } | null): Promise<void> {
  if (s) await db.meta.put({ key: 'snapshot', value: s });
  else await db.meta.delete('snapshot');
}
