// A client id (one workstation replica) belongs to the first agent that used it, for good.
import { reason } from '../../../src/shared/index';
import type { Tx } from '../db/database';
import type { RequestAgent } from './actor';
import { HttpError } from './errors';

/** Returns the client's last processed mutation id; refuses another agent's client id. */
export async function bindClient(tx: Tx, clientId: string, agent: RequestAgent): Promise<number> {
  const row = await tx.selectFrom('clients').selectAll().where('client_id', '=', clientId).executeTakeFirst();
  if (!row) {
    await tx
      .insertInto('clients')
      .values({ client_id: clientId, agent_id: agent.id, last_mutation_id: 0, created_at: new Date().toISOString() })
      .execute();
    return 0;
  }
  if (row.agent_id !== agent.id) {
    throw new HttpError(403, 'forbidden', reason('client_of_other_agent'));
  }
  return row.last_mutation_id;
}
