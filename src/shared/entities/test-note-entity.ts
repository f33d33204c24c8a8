// A made-up entity for the tests that show a registry entry is all pull, rebase and prune need: a note on
// a ticket's thread, first declared at Dexie version 4 (not shipped: only *.test.ts import this, through
// vi.mock of the registry, which adds it to the real entities).
import { z } from 'zod';

export const NOTE_ID = '0193a000-0000-7000-8000-0000000000f1';

export const noteDeclaration = {
  schema: z.object({ id: z.uuid(), ticketId: z.uuid(), body: z.string().max(100), version: z.number().int() }),
  replica: { table: 'notes', indexes: { 4: '&id, ticketId' } },
  server: { table: 'notes' },
  scope: { kind: 'thread', ticketColumn: 'ticket_id', ticketField: 'ticketId' },
} as const;

/** The registry module with the note entity added after the real ones. */
export function withNoteEntity<M extends { ENTITIES: object }>(registry: M): M {
  const ENTITIES = { ...registry.ENTITIES, note: noteDeclaration };
  return { ...registry, ENTITIES, ENTITY_NAMES: Object.keys(ENTITIES) };
}
