// The agent's own edit of a ticket field, shown on the next frame instead of after the local write and the
// live query's re-read (which wait behind the sync worker's transactions: 40–80 ms from the key to the
// paint). The value shown is the one the shared rule computes from the ticket on screen — the same the
// local write will store — and it gives way to the replica's row as soon as that row has moved off the
// ticket the edit started from (our write, or someone else's that came first), or when the write fails.
import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import { applyMutation } from '../../shared/apply-mutation';
import type { Actor, Ticket } from '../../shared/domain';
import type { ArgsOf } from '../../shared/mutations';

type FieldEdit = 'setStatus' | 'setPriority';
/** A saved edit is forgotten after this even if no view saw its row catch up (the view closed meanwhile). */
const AHEAD_MAX_MS = 5_000;

interface Ahead {
  seq: number;
  /** The row the edit was made on, and the row it makes. */
  base: Ticket;
  next: Ticket;
  /** The fields the edit changes. */
  fields: (keyof Ticket)[];
}

interface AheadState {
  byTicket: Readonly<Record<string, Ahead>>;
}

export const useAheadStore = create<AheadState>()(() => ({ byTicket: {} }));
let seq = 0;

function drop(ticketId: string, which: number): void {
  useAheadStore.setState((s) => {
    if (s.byTicket[ticketId]?.seq !== which) return s;
    const { [ticketId]: _gone, ...rest } = s.byTicket;
    return { byTicket: rest };
  });
}

/**
 * Shows the edit ahead of its write; returns what to call with the write's outcome. A refused write takes
 * it back at once; a saved one leaves it until the replica's row shows the change (see shownTicket).
 */
export function showAhead<N extends FieldEdit>(actor: Actor, ticket: Ticket, name: N, args: ArgsOf<N>): (saved: boolean) => void {
  let next: Ticket | undefined;
  try {
    const outcome = applyMutation(actor, new Date().toISOString(), { id: 0, name, args } as never, { ticket, customer: undefined, agent: undefined });
    next = outcome.ok ? outcome.effects.tickets.find((t) => t.id === ticket.id) : undefined;
  } catch {
    // Showing ahead is only a head start: the write goes on and the view shows its row.
    next = undefined;
  }
  if (!next) return () => undefined;
  const fields = (Object.keys(next) as (keyof Ticket)[]).filter((k) => k !== 'updatedAt' && next[k] !== ticket[k]);
  if (!fields.length) return () => undefined;
  const mine = ++seq;
  useAheadStore.setState((s) => ({ byTicket: { ...s.byTicket, [ticket.id]: { seq: mine, base: ticket, next, fields } } }));
  return (saved) => {
    if (!saved) drop(ticket.id, mine);
    else setTimeout(() => drop(ticket.id, mine), AHEAD_MAX_MS);
  };
}

/** The ticket to show: the replica's row, or the edit made on it that the row does not show yet. */
export function shownTicket(live: Ticket, ahead: Ahead | undefined): Ticket {
  if (!ahead) return live;
  // The row moved off the one the edit was made on: it now holds our write (or a later truth).
  if (ahead.fields.some((k) => live[k] !== ahead.base[k])) return live;
  return { ...live, ...Object.fromEntries(ahead.fields.map((k) => [k, ahead.next[k]])) };
}

/** Forgets an edit the replica's row has caught up with (called once the row shows it). */
export function settleAhead(live: Ticket): void {
  const ahead = useAheadStore.getState().byTicket[live.id];
  if (ahead && ahead.fields.some((k) => live[k] !== ahead.base[k])) drop(live.id, ahead.seq);
}

/** The ticket view's data with the edit shown ahead, if any; forgets the edit once the replica shows it. */
export function useShownData<T extends { ticket: Ticket }>(data: T | null | undefined): T | null | undefined {
  const id = data?.ticket.id;
  const ahead = useAheadStore((s) => (id ? s.byTicket[id] : undefined));
  useEffect(() => {
    if (data) settleAhead(data.ticket);
  }, [data, ahead]);
  return useMemo(() => (data && ahead ? { ...data, ticket: shownTicket(data.ticket, ahead) } : data), [data, ahead]);
}

/** Every edit shown ahead forgotten (sign-out, tests). */
export function resetAhead(): void {
  useAheadStore.setState({ byTicket: {} }, true);
}
