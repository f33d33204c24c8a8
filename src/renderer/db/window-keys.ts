// Where a queue window starts and ends, read straight from IndexedDB. Dexie's live queries watch every
// range they read, so a window read as "100 rows from the top of the queue" watches the whole queue and an
// edit anywhere in 100,000 tickets re-reads it. A native key cursor is invisible to Dexie: the window
// probes its edges with one, then reads (and so watches) only its own [first, last] range.
import Dexie from 'dexie';
import type { ReplicaDb } from './schema';

type Key = IDBValidKey;

/** The deps the database was made with (tests pass fake-indexeddb's), else the browser's. */
function keyRangeOf(db: ReplicaDb): typeof IDBKeyRange {
  const deps = (db as unknown as { _deps?: { IDBKeyRange?: typeof IDBKeyRange } })._deps;
  return deps?.IDBKeyRange ?? Dexie.dependencies.IDBKeyRange;
}

/**
 * The index keys at the given places (ascending, ≥ 0) of [lower, upper] on `index`; undefined past the end.
 * null when the database is not open yet: the caller then reads the way Dexie would.
 * A Dexie.Promise, so awaiting it inside a live query keeps the query's zone (later reads stay watched).
 */
export function keysAt(db: ReplicaDb, table: string, index: string, lower: unknown, upper: unknown, places: number[]): Promise<(Key | undefined)[] | null> {
  return new Dexie.Promise<(Key | undefined)[] | null>((ok, fail) => {
    if (!db.isOpen()) return ok(null);
    const found: (Key | undefined)[] = places.map(() => undefined);
    const tx = db.backendDB().transaction(table, 'readonly');
    const req = tx.objectStore(table).index(index).openKeyCursor(keyRangeOf(db).bound(lower as Key, upper as Key));
    let at = 0;
    let i = 0;
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor) return ok(found);
      while (i < places.length && places[i] === at) found[i++] = cursor.key;
      if (i === places.length) return ok(found);
      const step = places[i]! - at;
      at = places[i]!;
      cursor.advance(step);
    };
    req.onerror = () => fail(req.error);
  });
}
