// Whether a ticket is on the actor's workstation: the question authorize asks for raiseComplaint (whoever
// sees a ticket may record the customer's complaint on it). The ticket's scope keys answer it: a tier it
// has been in, or the actor as its assignee or a participant (ticket-scopes.ts), one indexed lookup.
import type { Actor } from '../../../src/shared/index';
import type { Tx } from '../db/database';
import { agentKey, tierKey } from './ticket-scopes';

export async function ticketVisible(tx: Tx, actor: Actor, ticketId: string | undefined): Promise<boolean | undefined> {
  if (!ticketId) return undefined;
  const keys = [agentKey(actor.id), ...(actor.tier ? [tierKey(actor.tier)] : [])];
  const row = await tx.selectFrom('ticket_scopes').select('scope').where('ticket_id', '=', ticketId).where('scope', 'in', keys).executeTakeFirst();
  return !!row;
}
