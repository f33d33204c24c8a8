// Assigning tickets as replica mutations: one `assign` each, with the assignee field version the replica
// holds (compare-and-set: a ticket someone else took meanwhile is refused visibly, not overwritten). They
// go through the outbox like every change, so they work offline. A local refusal is shown as a notice.
import type { Ticket } from '../../shared/domain';
import type { Replica } from '../db';
import { ticketsByIds } from '../db/rebalance-queries';
import { reasonText } from '../messages/reason-text';
import { strings } from '../i18n';
import { useSyncStore } from '../sync/sync-store';

export interface AssignOutcome {
  done: number;
  failed: number;
}

type Mutate = Pick<Replica, 'mutate' | 'db'>;

/** Each move in order; a ticket already where it should go is left alone (and counted done). */
export async function assignEach(replica: Mutate, moves: readonly { ticketId: string; agentId: string | null }[]): Promise<AssignOutcome> {
  const tickets = new Map((await ticketsByIds(replica.db, moves.map((m) => m.ticketId))).map((t) => [t.id, t]));
  const out: AssignOutcome = { done: 0, failed: 0 };
  for (const { ticketId, agentId } of moves) {
    const t: Ticket | undefined = tickets.get(ticketId);
    if (!t) {
      out.failed++;
      continue;
    }
    if (t.assigneeId === agentId) {
      out.done++;
      continue;
    }
    let result;
    try {
      result = await replica.mutate('assign', { ticketId, assigneeId: agentId, baseVersion: t.assigneeVersion });
    } catch (err) {
      // The replica itself failed (storage full, closed): stop, nothing half-said.
      console.warn('replica write failed:', err instanceof Error ? err.name : typeof err);
      out.failed += 1;
      continue;
    }
    if (result.ok) out.done++;
    else {
      out.failed++;
      useSyncStore.getState().pushNotice(strings.refusals.localError(reasonText(result)));
    }
  }
  return out;
}

/** Whether what was just saved can be on its way to the server ("saved here" otherwise). */
export function canSend(): boolean {
  const state = useSyncStore.getState().status?.state;
  return state === 'online' || state === 'syncing';
}

/** The live region's sentence for a finished run. */
export function outcomeText(done: string, o: AssignOutcome): string {
  const said = canSend() ? done : strings.picker.notSent(done);
  return o.failed ? `${said} ${strings.picker.failed(o.failed)}` : said;
}
