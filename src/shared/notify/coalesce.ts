// Coalescing and dedup of decisions over time, on the caller's clock (timestamps passed in: pure).
// The first decision of a coalesce group shows at once (no added latency); more of the same group within
// `windowMs` of it are held, and when the window ends one notification replaces the first (same `tag`)
// with the burst's count — 20 new tickets in 10 s are one notification, "20, tier 1". A dedup key is
// taken once, shown or not (a page delivered again, or a repeat of the same ticket/event/version, is
// dropped). The state is plain data, so a caller may keep it across restarts.
//
// Use: `offer(state, decision, now)` per decision, `flush(state, now)` when `nextFlushAt(state)` is due.
import type { Decision } from './decide';
import type { Loudness, NotifyContent, Surface } from './event-types';

/** What to show now: `replaces` — update the notification with this `tag` rather than add one. */
export interface Shown {
  tag: string;
  content: NotifyContent;
  loudness: Loudness;
  surface: Surface;
  replaces: boolean;
}

interface Burst {
  key: string;
  tag: string;
  startedAt: number;
  first: Shown;
  /** The held decisions merged (count: all of the burst), or null while only the first came. */
  held: Shown | null;
}

export interface CoalescerState {
  /** Dedup keys taken, oldest first (at most `maxKeys`). */
  seen: string[];
  bursts: Burst[];
}

export interface CoalesceOptions {
  windowMs: number;
  maxKeys: number;
}
export const COALESCE_DEFAULTS: CoalesceOptions = { windowMs: 10_000, maxKeys: 5_000 };

export const emptyCoalescer = (): CoalescerState => ({ seen: [], bursts: [] });

const RANK: Record<Loudness, number> = { silent: 0, sound: 1, 'urgent-sound': 2 };

export function offer(state: CoalescerState, d: Decision, now: number, opts = COALESCE_DEFAULTS): { state: CoalescerState; show: Shown[] } {
  if (state.seen.includes(d.dedupKey)) return { state, show: [] };
  const seen = [...state.seen, d.dedupKey].slice(-opts.maxKeys);
  // Bursts whose window has ended go first, so a late decision starts a new burst.
  const flushed = flush({ seen, bursts: state.bursts }, now, opts);
  if (!d.notify) return flushed;
  const show: Shown = { tag: d.dedupKey, content: d.content, loudness: d.loudness, surface: d.surface, replaces: false };
  if (d.coalesceKey === null) return { state: flushed.state, show: [...flushed.show, show] };
  const open = flushed.state.bursts.find((b) => b.key === d.coalesceKey);
  if (!open) {
    const tag = `${d.coalesceKey}@${now}`;
    const burst: Burst = { key: d.coalesceKey, tag, startedAt: now, first: { ...show, tag }, held: null };
    return { state: { ...flushed.state, bursts: [...flushed.state.bursts, burst] }, show: [...flushed.show, burst.first] };
  }
  const before = open.held ?? open.first;
  const held: Shown = {
    tag: open.tag,
    content: merge(before.content, d.content),
    loudness: RANK[d.loudness] > RANK[before.loudness] ? d.loudness : before.loudness,
    surface: d.surface,
    replaces: true,
  };
  return { state: { ...flushed.state, bursts: flushed.state.bursts.map((b) => (b === open ? { ...b, held } : b)) }, show: flushed.show };
}

/** Ends the bursts whose window is over: each with held decisions shows once more, with its count. */
export function flush(state: CoalescerState, now: number, opts = COALESCE_DEFAULTS): { state: CoalescerState; show: Shown[] } {
  const over = state.bursts.filter((b) => now >= b.startedAt + opts.windowMs);
  if (!over.length) return { state, show: [] };
  // The update sounds only if something louder than the first came in the burst.
  const show = over.flatMap((b) => (b.held ? [{ ...b.held, loudness: RANK[b.held.loudness] > RANK[b.first.loudness] ? b.held.loudness : ('silent' as const) }] : []));
  return { state: { ...state, bursts: state.bursts.filter((b) => !over.includes(b)) }, show };
}

/** When `flush` next has something to do (null: no burst open). */
export function nextFlushAt(state: CoalescerState, opts = COALESCE_DEFAULTS): number | null {
  return state.bursts.length ? Math.min(...state.bursts.map((b) => b.startedAt + opts.windowMs)) : null;
}

/** Two notifications of one group as one: the count adds up; the ticket stays only if it is the same. */
function merge(a: NotifyContent, b: NotifyContent): NotifyContent {
  const ticket = a.ticket && b.ticket && a.ticket.id === b.ticket.id ? b.ticket : null;
  return { ...b, count: a.count + b.count, ticket } as NotifyContent;
}
