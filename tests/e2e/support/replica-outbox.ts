// The changes an agent's console still has to send, read from its local replica (IndexedDB, the one the
// console reloads from): what the sync indicator's pending count counts, by name and arguments.
import type { Page } from '@playwright/test';

export interface UnsentChange {
  id: number;
  name: string;
  args: Record<string, unknown>;
}

/** The outbox entries for one ticket, oldest first. Each browser context holds one signed-in agent's replica. */
export function unsentChanges(page: Page, ticketId: string): Promise<UnsentChange[]> {
  return page.evaluate(async (id) => {
    const names = (await indexedDB.databases()).map((d) => d.name).filter((n) => n?.startsWith('agent-console-'));
    if (names.length !== 1) throw new Error(`expected one replica database, found: ${names.join(', ') || 'none'}`);
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const open = indexedDB.open(names[0]!);
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    try {
      const rows = await new Promise<{ id: number; name: string; args: Record<string, unknown> }[]>((ok, fail) => {
        const get = db.transaction('outbox').objectStore('outbox').index('ticketId').getAll(id);
        get.onsuccess = () => ok(get.result);
        get.onerror = () => fail(get.error);
      });
      return rows.sort((a, b) => a.id - b.id).map(({ id: n, name, args }) => ({ id: n, name, args }));
    } finally {
      db.close();
    }
  }, ticketId);
}
