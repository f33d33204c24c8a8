// A ticket's whole thread (the rows of every thread entity of the registry: escalations, messages, the
// ticket's history), for tickets a pull sends whole: the snapshot's tickets, and tickets that entered a
// scope since the cursor. `upTo` leaves out rows newer than the answer's version (a later answer brings
// them); without it there is no bound at all (the version columns are PostgreSQL integers: no "infinite"
// stand-in fits them).
import type { Change } from '../../../../src/shared/index';
import type { Tx } from '../../db/database';
import { THREAD_ENTITIES, changeOf } from './entity-queries';

export async function threadsOf(tx: Tx, ticketIds: string[], upTo?: number): Promise<Change[]> {
  if (ticketIds.length === 0) return [];
  const parts = await Promise.all(
    THREAD_ENTITIES.map(async ({ name, table, ticket }) => {
      const rows = await tx
        .selectFrom(table as 'history')
        .selectAll()
        .where(`${table}.${ticket}` as 'history.ticket_id', 'in', ticketIds)
        .$if(upTo !== undefined, (q) => q.where(`${table}.version` as 'history.version', '<=', upTo ?? 0))
        .execute();
      return rows.map((r) => changeOf(name, r));
    }),
  );
  return parts.flat();
}
