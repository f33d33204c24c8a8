// The tables a pulled slice's transaction must hold: those of the entities it puts or deletes, what their
// writers read or keep in step (ticket-rows.ts), and the replica's own tables the rebase reads or writes
// (outbox and shadows to see that nothing is pending, meta for the cursor, counters). A slice of messages
// then leaves the tickets free for a window's read.
import { ENTITIES, type EntityName } from '../../shared/entities/registry';
import type { Change } from '../../shared/sync-protocol';

/** Beyond its own table: what an entity's writer reads or writes (ticket-rows.ts). */
const ALSO: Partial<Record<EntityName, readonly string[]>> = {
  customer: ['tickets', 'counters', 'words'],
  ticket: ['customers', 'escalations', 'counters', 'words'],
  escalation: ['tickets', 'customers', 'counters', 'words'],
};

const REBASE_OWN = ['outbox', 'shadows', 'meta', 'counters'] as const;

export function tablesWritten(changes: readonly Change[]): string[] {
  const names = new Set<EntityName>(changes.map((c) => (c.entity === 'delete' ? c.value.kind : c.entity)));
  const out = new Set<string>(REBASE_OWN);
  for (const n of names) {
    out.add(ENTITIES[n].replica.table);
    for (const t of ALSO[n] ?? []) out.add(t);
  }
  return [...out];
}
