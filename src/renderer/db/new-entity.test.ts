// Adding an entity to the registry is the only step the replica needs: with a made-up "note" entity
// declared there (test-note-entity.ts, through vi.mock), the replica opens a notes table at the version
// the entry names, a pulled page's notes are written and deleted by the rebase, a refetch forgets them
// and prune removes them with their ticket — no other file knows notes exist.
import { describe, expect, it, vi } from 'vitest';
import type * as Registry from '../../shared/entities/registry';
import { ENTITY_VALUES } from '../../shared/entities/test-values';
import { NOTE_ID } from '../../shared/entities/test-note-entity';
import type { Actor } from '../../shared/domain';
import { HISTORY_DAYS } from '../../shared/history';
import { Change } from '../../shared/sync-protocol';
import { pruneBeyondHistory } from './prune';
import { applyPulled, resetForRefetch } from './rebase';
import { createReplicaDb } from './schema';

vi.mock('../../shared/entities/registry', async (importOriginal) => {
  const { withNoteEntity } = await import('../../shared/entities/test-note-entity');
  return withNoteEntity(await importOriginal<typeof Registry>());
});

const me: Actor = { id: ENTITY_VALUES.agent.id, name: 'Anna Kovács', role: 'agent', tier: 1 };
const note = { id: NOTE_ID, ticketId: ENTITY_VALUES.ticket.id, body: 'called back', version: 2 };
const changes = (...cs: unknown[]) => cs.map((c) => Change.parse(c));
let n = 0;

async function open() {
  const db = createReplicaDb(`new-entity-${++n}`);
  await db.open();
  return db;
}

describe('an entity added to the registry only', () => {
  it('travels in the change union, as a row and as a delete', () => {
    expect(Change.parse({ entity: 'note', value: note })).toEqual({ entity: 'note', value: note });
    expect(Change.safeParse({ entity: 'delete', value: { kind: 'note', id: NOTE_ID } }).success).toBe(true);
  });

  it('gets its table and index in the replica, at the version it names', async () => {
    const db = await open();
    const idb = db.backendDB();
    // The note names version 4; the replica opens at its newest version (later ones add other tables).
    expect(db.verno).toBeGreaterThanOrEqual(4);
    expect(idb.version).toBe(db.verno * 10); // Dexie opens version n as IndexedDB version 10·n
    expect([...idb.transaction('notes', 'readonly').objectStore('notes').indexNames]).toEqual(['ticketId']);
    await db.delete();
  });

  it('is written and deleted by a pulled page, and forgotten by a refetch', async () => {
    const db = await open();
    const page = (cursor: number, cs: unknown[]) => applyPulled(db, me, { cursor, lastMutationId: 0, changes: changes(...cs) });
    await page(2, [{ entity: 'ticket', value: ENTITY_VALUES.ticket }, { entity: 'note', value: note }]);
    expect(await db.table('notes').get(NOTE_ID)).toEqual(note);
    await page(3, [{ entity: 'delete', value: { kind: 'note', id: NOTE_ID } }]);
    expect(await db.table('notes').count()).toBe(0);
    await page(4, [{ entity: 'note', value: note }]);
    await resetForRefetch(db, me);
    expect(await db.table('notes').count()).toBe(0);
    await db.delete();
  });

  it('leaves with its ticket when prune removes the ticket', async () => {
    const db = await open();
    const now = new Date('2026-11-23T12:00:00.000Z');
    const old = new Date(now.getTime() - (HISTORY_DAYS + 3) * 86_400_000).toISOString();
    const closed = { ...ENTITY_VALUES.ticket, status: 'closed', updatedAt: old };
    await applyPulled(db, me, { cursor: 2, lastMutationId: 0, changes: changes({ entity: 'ticket', value: closed }, { entity: 'note', value: note }) });
    expect(await pruneBeyondHistory(db, now)).toBe(1);
    expect(await db.table('notes').count()).toBe(0);
    await db.delete();
  });
});
