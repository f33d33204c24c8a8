// Nothing of a signed-out agent stays on the workstation: a replica is erased at sign-out once its outbox
// is empty. A replica kept on purpose (the agent signed out with changes not yet synced) waits for that
// agent's next sign-in. This sweep removes every other agent's replica that holds nothing unsent — ones
// left by a version that never erased them, or kept ones whose changes were sent since.
import { createReplicaDb, replicaDbName } from './schema';

const PREFIX = replicaDbName('');

export interface LeftoverDeps {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

/** Replicas on this workstation other than `keepAgentId`'s, and how many unsent changes each holds. */
export async function otherReplicas(keepAgentId: string | null, deps: LeftoverDeps = {}): Promise<{ name: string; pending: number }[]> {
  const factory = deps.indexedDB ?? globalThis.indexedDB;
  if (!factory?.databases) return [];
  const keep = keepAgentId ? replicaDbName(keepAgentId) : null;
  const names = (await factory.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith(PREFIX) && n !== keep);
  const found: { name: string; pending: number }[] = [];
  for (const name of names) {
    const db = createReplicaDb(name, deps);
    try {
      await db.open();
      found.push({ name, pending: await db.outbox.count() });
    } finally {
      db.close();
    }
  }
  return found;
}

/** Erases every other agent's replica with an empty outbox; returns how many it erased. */
export async function eraseLeftoverReplicas(keepAgentId: string | null, deps: LeftoverDeps = {}): Promise<number> {
  let erased = 0;
  for (const r of await otherReplicas(keepAgentId, deps)) {
    if (r.pending > 0) continue;
    await createReplicaDb(r.name, deps).delete();
    erased++;
  }
  return erased;
}
