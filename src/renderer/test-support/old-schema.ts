// For upgrade tests: the replica's stores as a console of an older Dexie version declared them — every
// table's newest index string up to that version, from the entity registry and the replica's own tables.
import { replicaStoresAt } from '../../shared/entities/replica-tables';
import { LOCAL_STORES } from '../db/schema';

export function storesUpTo(version: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (let v = 1; v <= version; v++) Object.assign(out, replicaStoresAt(v), LOCAL_STORES[v]);
  return out;
}
