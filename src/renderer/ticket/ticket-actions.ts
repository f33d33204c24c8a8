// Every change the ticket view makes, as replica mutations. Ids come from uuidv7; compare-and-set
// writes carry the field version the agent saw, so a stale write is refused instead of overwriting.
import type { Priority, Ticket, TicketStatus, Tier } from '../../shared/domain';
import type { ArgsOf, MutationName } from '../../shared/mutations';
import { uuidv7 } from '../../shared/uuid';
import type { MutateResult, Replica } from '../db';
import { reason } from '../../shared/reasons';
import { strings } from '../i18n';
import { reasonText } from '../messages/reason-text';
import { useSyncStore } from '../sync/sync-store';
import { useUiStore } from '../app/ui-store';
import { showAhead } from './ahead';

type Mutate = Pick<Replica, 'mutate'>;
type MutateAs = Pick<Replica, 'mutate' | 'agent'>;

/** Whether a change made now can be on its way to the server: say "sent" only then. */
function canSend(): boolean {
  const state = useSyncStore.getState().status?.state;
  return state === 'online' || state === 'syncing';
}

async function run<N extends MutationName>(
  replica: Mutate,
  name: N,
  args: ArgsOf<N>,
  done: string,
  notSent = strings.announce.notSent(done),
): Promise<MutateResult> {
  let result: MutateResult;
  try {
    result = await replica.mutate(name, args);
  } catch (err) {
    // The replica itself failed (storage full, closed): not a refusal the rules made.
    console.warn('replica write failed:', err instanceof Error ? err.name : typeof err);
    result = { ok: false, code: 'error', ...reason('console_failed') };
  }
  if (result.ok) {
    useUiStore.getState().announce(canSend() ? done : notSent);
  } else {
    const text = strings.refusals.localError(reasonText(result));
    useSyncStore.getState().pushNotice(text);
    useUiStore.getState().announce(text);
  }
  return result;
}

/** A mutation with its outcome said in the live region (and a refusal in the notices): for other screens' actions too. */
export { run as mutateAndSay };

export function take(replica: Mutate, ticket: Ticket, meId: string): Promise<MutateResult> {
  return run(replica, 'assign', { ticketId: ticket.id, assigneeId: meId, baseVersion: ticket.assigneeVersion }, strings.announce.taken);
}

export async function setStatus(replica: MutateAs, ticket: Ticket, status: TicketStatus): Promise<MutateResult> {
  const args = { ticketId: ticket.id, status, baseVersion: ticket.statusVersion };
  // On screen at the next frame; the write and the live re-read follow.
  const settle = showAhead(replica.agent, ticket, 'setStatus', args);
  const res = await run(replica, 'setStatus', args, strings.announce.statusSet(strings.status[status]));
  settle(res.ok);
  return res;
}

export async function setPriority(replica: MutateAs, ticket: Ticket, priority: Priority): Promise<MutateResult> {
  const args = { ticketId: ticket.id, priority };
  const settle = showAhead(replica.agent, ticket, 'setPriority', args);
  const res = await run(replica, 'setPriority', args, strings.announce.prioritySet(strings.priority[priority]));
  settle(res.ok);
  return res;
}

export function addMessage(replica: Mutate, ticket: Ticket, kind: 'reply' | 'note', body: string): Promise<MutateResult> {
  return run(
    replica,
    'addMessage',
    { id: uuidv7(), ticketId: ticket.id, kind, body },
    kind === 'note' ? strings.announce.noteSaved : strings.announce.sent,
    kind === 'note' ? undefined : strings.announce.replyNotSent,
  );
}

export function confirmCustomer(replica: Mutate, ticket: Ticket): Promise<MutateResult> {
  return run(replica, 'confirmCustomer', { ticketId: ticket.id }, strings.customer.confirmed);
}

export function escalate(replica: Mutate, ticket: Ticket, args: { toTier: Tier; reason: string; summary: string }): Promise<MutateResult> {
  return run(
    replica,
    'escalate',
    { id: uuidv7(), ticketId: ticket.id, ...args, baseVersion: ticket.tierVersion },
    strings.announce.escalated(args.toTier),
  );
}

export function setEngineeringLink(replica: Mutate, ticket: Ticket, url: string | null): Promise<MutateResult> {
  return run(replica, 'setEngineeringLink', { ticketId: ticket.id, url }, url ? strings.announce.linkSet : strings.announce.linkCleared);
}

export function handBack(replica: Mutate, ticket: Ticket, args: { toAgentId: string | null; summary: string }): Promise<MutateResult> {
  return run(
    replica,
    'handBack',
    { id: uuidv7(), ticketId: ticket.id, ...args, baseVersion: ticket.tierVersion },
    strings.announce.handedBack,
  );
}
