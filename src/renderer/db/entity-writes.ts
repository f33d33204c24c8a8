// Server rows landing in the replica, per entity of the registry (shared/entities/registry.ts): a pulled
// slice and the shadows a rebase restores both come through here. An entity whose rows keep derived
// fields in step (ticket index fields and counters, filter words, escalated marks) has its writer in
// ticket-rows.ts; every other entity is a plain put into its table.
import { ENTITIES, ENTITY_NAMES, type EntityName } from '../../shared/entities/registry';
import type { ReplicaDb } from './schema';
import { writeCustomers, writeEscalations, writeTickets, type TicketWrite } from './ticket-rows';

type Writer = (db: ReplicaDb, puts: never[], deletes: string[], opts?: TicketWrite) => Promise<void>;
const WRITERS: Partial<Record<EntityName, Writer>> = { customer: writeCustomers, ticket: writeTickets, escalation: writeEscalations };

/** Rows to put and ids to delete, per entity. */
export type EntityBatch = Record<EntityName, { puts: unknown[]; deletes: string[] }>;

export function emptyBatch(): EntityBatch {
  return Object.fromEntries(ENTITY_NAMES.map((n) => [n, { puts: [], deletes: [] }])) as unknown as EntityBatch;
}

/**
 * Writes a batch: the entities with a writer in the registry's order (customers before tickets: a
 * ticket's words carry the name; escalations after them: they mark tickets), and the plain tables at the
 * same time — no writer reads them, and the database is never left waiting while the next table's
 * requests are prepared (a first sync's page: tickets and messages go in together).
 */
export async function writeBatch(db: ReplicaDb, batch: EntityBatch, opts: Pick<TicketWrite, 'deferWords'> = {}): Promise<void> {
  // The tickets' writer reads no customer this batch brings.
  const names = new Map((batch.customer.puts as { id: string; name: string }[]).map((c) => [c.id, c.name]));
  const ticketWrite: TicketWrite = { names, ...opts };
  const derived: [Writer, EntityName][] = [];
  const plain: Promise<void>[] = [];
  for (const name of ENTITY_NAMES) {
    const { puts, deletes } = batch[name];
    if (!puts.length && !deletes.length) continue;
    const write = WRITERS[name];
    if (write) derived.push([write, name]);
    else plain.push(writePlain(db, name, puts, deletes));
  }
  const inOrder = async () => {
    for (const [write, name] of derived) await write(db, batch[name].puts as never[], batch[name].deletes, name === 'ticket' ? ticketWrite : undefined);
  };
  await Promise.all([inOrder(), ...plain]);
}

async function writePlain(db: ReplicaDb, name: EntityName, puts: unknown[], deletes: string[]): Promise<void> {
  const table = db.table(ENTITIES[name].replica.table);
  if (puts.length) await table.bulkPut(puts);
  if (deletes.length) await table.bulkDelete(deletes);
}
