// The agent's own edit of a ticket field, shown on the next frame instead of after the local write and the
// live query's re-read (which wait behind the sync worker's transactions: 40–80 ms from the key to the
// paint). The fields shown are the ones the shared rule computes from the ticket on screen — the same the
// local write stores, since writes run in order — laid over the replica's row until the view has read
// that row again after the write (then the row holds the write, or a later truth), and taken back at once
// when the write fails. Several quick edits are laid over the row in the order they were made.
import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import { applyMutation } from '../../shared/apply-mutation';
import type { Actor, Ticket } from '../../shared/domain';
import type { ArgsOf } from '../../shared/mutations';

type FieldEdit = 'setStatus' | 'setPriority';
/** A saved edit is forgotten after this even if no view read its row again (the view closed meanwhile). */
const AHEAD_MAX_MS = 5_000;

interface Ahead {
  seq: number;
  fields: Partial<Ticket>;
  /** The write has committed. */
  saved: boolean;
}

interface AheadState {
  byTicket: Readonly<Record<string, readonly Ahead[]>>;
}

export const useAheadStore = create<AheadState>()(() => ({ byTicket: {} }));
let seq = 0;

function update(ticketId: string, fn: (list: readonly Ahead[]) => readonly Ahead[]): void {
  useAheadStore.setState((s) => {
    const next = fn(s.byTicket[ticketId] ?? []);
    const { [ticketId]: _old, ...rest } = s.byTicket;
    return { byTicket: next.length ? { ...rest, [ticketId]: next } : rest };
  });
}
const drop = (ticketId: string, which: ReadonlySet<number>) => update(ticketId, (list) => list.filter((a) => !which.has(a.seq)));

/** Shows the edit ahead of its write; returns what to call with the write's outcome. */
export function showAhead<N extends FieldEdit>(actor: Actor, ticket: Ticket, name: N, args: ArgsOf<N>): (saved: boolean) => void {
  let next: Ticket | undefined;
  try {
    const outcome = applyMutation(actor, new Date().toISOString(), { id: 0, name, args } as never, { ticket, customer: undefined, agent: undefined });
    next = outcome.ok ? outcome.effects.tickets.find((t) => t.id === ticket.id) : undefined;
  } catch {
    // Showing ahead is only a head start: the write goes on and the view shows its row.
    next = undefined;
  }
  const changed = next ? (Object.keys(next) as (keyof Ticket)[]).filter((k) => k !== 'updatedAt' && next[k] !== ticket[k]) : [];
  if (!next || !changed.length) return () => undefined;
  const mine = ++seq;
  const fields = Object.fromEntries(changed.map((k) => [k, next[k]])) as Partial<Ticket>;
  update(ticket.id, (list) => [...list, { seq: mine, fields, saved: false }]);
  return (saved) => {
    if (!saved) return drop(ticket.id, new Set([mine]));
    update(ticket.id, (list) => list.map((a) => (a.seq === mine ? { ...a, saved: true } : a)));
    setTimeout(() => drop(ticket.id, new Set([mine])), AHEAD_MAX_MS);
  };
}

/** The ticket to show: the replica's row with the edits it may not hold yet laid over it, in order. */
export function shownTicket(live: Ticket, aheads: readonly Ahead[] | undefined): Ticket {
  if (!aheads?.length) return live;
  return aheads.reduce<Ticket>((t, a) => ({ ...t, ...a.fields }), live);
}

/**
 * The ticket view's data with the edits shown ahead. An edit is forgotten once the view has read the row
 * again after its write committed: the data it held when the write was saved is remembered, and the
 * next, different read holds the write.
 */
export function useShownData<T extends { ticket: Ticket }>(data: T | null | undefined): T | null | undefined {
  const id = data?.ticket.id;
  const aheads = useAheadStore((s) => (id ? s.byTicket[id] : undefined));
  useEffect(() => {
    if (!id || !aheads) return;
    const read = new Set<number>();
    for (const a of aheads) {
      if (!a.saved) continue;
      const seenAt = readAtSave.get(a);
      if (seenAt === undefined) readAtSave.set(a, data);
      else if (seenAt !== data) read.add(a.seq);
    }
    if (read.size) drop(id, read);
  }, [id, data, aheads]);
  return useMemo(() => (data && aheads ? { ...data, ticket: shownTicket(data.ticket, aheads) } : data), [data, aheads]);
}
/** For each saved edit, the view's data when it learnt of the save. */
const readAtSave = new WeakMap<Ahead, unknown>();

/** Every edit shown ahead forgotten (sign-out, tests). */
export function resetAhead(): void {
  useAheadStore.setState({ byTicket: {} }, true);
}
