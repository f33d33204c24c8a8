// A ticket's whole thread (escalations, messages, the ticket's history), for tickets a pull sends whole:
// the snapshot's tickets, and tickets that entered a scope since the cursor. `upTo` leaves out rows newer
// than the answer's version (a later answer brings them); without it there is no bound at all (the
// version columns are PostgreSQL integers: no "infinite" stand-in fits them).
import type { Change } from '../../../../src/shared/index';
import type { Tx } from '../../db/database';
import { escalationFromRow, historyFromRow, messageFromRow } from '../rows';

export async function threadsOf(tx: Tx, ticketIds: string[], upTo?: number): Promise<Change[]> {
  if (ticketIds.length === 0) return [];
  const [escalations, messages, history] = await Promise.all([
    tx.selectFrom('escalations').selectAll().where('ticket_id', 'in', ticketIds).$if(upTo !== undefined, (q) => q.where('version', '<=', upTo ?? 0)).execute(),
    tx.selectFrom('messages').selectAll().where('ticket_id', 'in', ticketIds).$if(upTo !== undefined, (q) => q.where('version', '<=', upTo ?? 0)).execute(),
    tx.selectFrom('history').selectAll().where('ticket_id', 'in', ticketIds).$if(upTo !== undefined, (q) => q.where('version', '<=', upTo ?? 0)).execute(),
  ]);
  return [
    ...escalations.map((e): Change => ({ entity: 'escalation', value: escalationFromRow(e) })),
    ...messages.map((m): Change => ({ entity: 'message', value: messageFromRow(m) })),
    ...history.map((h): Change => ({ entity: 'history', value: historyFromRow(h) })),
  ];
}
