// The notify host: one per replica (use-notify-host.ts holds a Web Lock for it). It hears what pulled pages
// mean for the agent (the loop's 'notify' batches) and their refused changes, watches the SLA deadlines of
// the replica on the injected clock (so warnings fire offline, and once across restarts), judges each event
// with the pure policy (decide), coalesces bursts, words what is shown in the agent's language and hands it
// to the Notifier. A click opens the ticket; Take takes it as the `a` key does; Snooze holds that ticket's
// notifications for SNOOZE_MS. Work runs one step at a time (idle() for tests).
import type { Clock, TimerHandle } from '../../shared/clock';
import type { Presence, Ticket } from '../../shared/domain';
import {
  COALESCE_DEFAULTS, decide, emptyCoalescer, flush, nextFlushAt, offer, slaKey, slaSchedule,
  type CoalesceOptions, type Me, type NotifyEvent, type NotifySettings, type Shown,
} from '../../shared/notify';
import type { RefusedChange } from '../db/replica';
import type { ReplicaDb } from '../db/schema';
import type { SyncHandle } from '../sync-loop/handle';
import type { Strings } from '../i18n';
import { badgeCount } from './badge-count';
import type { NotificationRequest, Notifier } from './notifier';
import { wordsOf, type NotifyWords } from './notify-words';
import { readFired, replicaLoaded, saveFired, watchedTickets } from './sla-watch';

export const SNOOZE_MS = 10 * 60_000;
/** The SLA watch looks again at least this often (tickets come and go between deadlines). */
export const SLA_RESCAN_MS = 60_000;
/**
 * How long the sync state must rest before the badge and the SLA watch look at the replica again: their
 * reads, run right after every push and pull, held up the next page's write (a live change, an edit's echo).
 */
export const STATUS_SETTLE_MS = 750;
/** …but under a steady stream of changes they look at least this often (the badge must not starve). */
export const STATUS_SETTLE_MAX_MS = 5_000;
/** Events held for one snoozed ticket, at most. */
const MAX_HELD = 50;

export interface NotifyHostDeps {
  db: ReplicaDb;
  me: Me;
  sync: Pick<SyncHandle, 'onNotify' | 'onRefused' | 'onStatus'>;
  notifier: Notifier;
  clock: Clock;
  settings(): NotifySettings;
  /** The console window has focus and is visible. */
  focused(): boolean;
  words(): Pick<Strings, 'notify' | 'reason' | 'format'>;
  open(ticketId: string | null): void;
  /** The same take as the `a` key (ticket-actions.ts). */
  take(ticket: Ticket): Promise<unknown>;
  /** A notification while the console is focused: said in the window (the live region), not by the OS. */
  inApp?(w: NotifyWords, content: Shown['content']): void;
  coalesce?: CoalesceOptions;
}

export interface NotifyHost {
  /** Resolves when no step is running or queued (tests). */
  idle(): Promise<void>;
  close(): void;
}

export function createNotifyHost(deps: NotifyHostDeps): NotifyHost {
  const { db, me, clock, notifier } = deps;
  const opts = deps.coalesce ?? COALESCE_DEFAULTS;
  let closed = false;
  let state = emptyCoalescer();
  let badge: number | null = null;
  let lastSynced: string | null = null;
  /** When the sync state began moving without resting (the settle timer's first arming). */
  let settleFrom: number | null = null;
  const snoozed = new Map<string, number>();
  const held = new Map<string, NotifyEvent[]>();
  const timers: Record<'flush' | 'sla' | 'snooze' | 'settle', TimerHandle | null> = { flush: null, sla: null, snooze: null, settle: null };
  let tail: Promise<void> = Promise.resolve();

  const queue = (what: string, fn: () => Promise<void>) => {
    tail = tail
      .then(() => (closed ? undefined : fn()))
      .catch((err: unknown) => {
        // The replica closed under a pass (sign-out, a window closing): nothing is lost, nothing to say.
        if ((err as Error).name === 'DatabaseClosedError') return;
        console.warn(`notify: ${what} failed:`, (err as Error).name);
      });
  };
  const arm = (name: keyof typeof timers, at: number | null, fn: () => void) => {
    if (timers[name]) clock.clearTimeout(timers[name]);
    timers[name] = at === null || closed ? null : clock.setTimeout(fn, Math.max(0, at - clock.now()));
  };

  async function judge(events: readonly NotifyEvent[]): Promise<void> {
    const now = clock.now();
    const presence: Presence = (await db.agents.get(me.id))?.presence ?? 'available';
    const ctx = { me, presence, settings: deps.settings(), focused: deps.focused() };
    const shown: Shown[] = [];
    for (const e of events) {
      const id = e.ticket?.id;
      if (id && (snoozed.get(id) ?? 0) > now) {
        const list = held.get(id) ?? [];
        if (list.length < MAX_HELD) held.set(id, [...list, e]);
        continue;
      }
      const r = offer(state, decide(e, ctx), now, opts);
      state = r.state;
      shown.push(...r.show);
    }
    showAll(shown);
    armFlush();
    await refreshBadge();
  }

  function showAll(shown: readonly Shown[]): void {
    const t = deps.words();
    for (const s of shown) {
      const words = wordsOf(s.content, t);
      if (s.surface === 'in-app') {
        deps.inApp?.(words, s.content);
        continue;
      }
      const ticketId = s.content.ticket?.id ?? null;
      const offersTake = ticketId !== null && (s.content.kind === 'new_tickets' || s.content.kind === 'sla');
      const req: NotificationRequest = {
        tag: s.tag, ...words, ticketId, urgent: s.loudness === 'urgent-sound', sound: s.loudness !== 'silent',
        actions: offersTake ? ['take', 'snooze'] : [],
      };
      notifier.show(req);
    }
  }

  function armFlush(): void {
    arm('flush', nextFlushAt(state, opts), () =>
      queue('flush', async () => {
        const r = flush(state, clock.now(), opts);
        state = r.state;
        showAll(r.show);
        armFlush();
      }),
    );
  }

  async function refreshBadge(): Promise<void> {
    const n = await badgeCount(db, me);
    if (n !== badge) notifier.setBadge((badge = n));
  }

  let slaQueued = false;
  function slaPass(): void {
    if (slaQueued) return;
    slaQueued = true;
    queue('SLA watch', async () => {
      slaQueued = false;
      const now = clock.now();
      arm('sla', now + SLA_RESCAN_MS, slaPass);
      if (!(await replicaLoaded(db))) return;
      const tickets = await watchedTickets(db, me, now);
      const stored = await readFired(db);
      const fired = new Set(stored ?? []);
      const s = slaSchedule({ tickets, me, now, thresholdMinutes: deps.settings().slaWarningMinutes, fired });
      const before = fired.size;
      for (const e of s.due) fired.add(slaKey(e.kind, e.ticket.id, e.target, e.dueAt));
      // Saved before anything shows: a crash right after costs a warning, never a second one. Only when it
      // changed: a write to meta on every pass would queue the agent's next edit behind it.
      if (stored === null || fired.size !== before) await saveFired(db, [...fired], { tickets, me });
      // The first look at a replica: deadlines that passed before this workstation watched them are not news.
      if (stored !== null) await judge(s.due);
      else await refreshBadge();
      arm('sla', Math.min(s.nextAt ?? Infinity, now + SLA_RESCAN_MS), slaPass);
    });
  }

  async function refusedEvent(r: RefusedChange): Promise<NotifyEvent> {
    const [t, clientId] = await Promise.all([r.ticketId ? db.tickets.get(r.ticketId) : undefined, db.meta.get('clientId')]);
    const vip = t ? !!(await db.customers.get(t.customerId))?.vip : false;
    const ticket = t ? { id: t.id, number: t.number, subject: t.subject, tier: t.tier, priority: t.priority, assigneeId: t.assigneeId, vip } : null;
    return { kind: 'change_refused', ticket, actorId: null, clientId: String(clientId?.value ?? ''), mutationId: r.mutationId, why: { reason: r.reason, params: r.params } };
  }

  function unsnooze(): void {
    const now = clock.now();
    const due = [...snoozed].filter(([, until]) => until <= now).map(([id]) => id);
    const events = due.flatMap((id) => held.get(id) ?? []);
    for (const id of due) {
      snoozed.delete(id);
      held.delete(id);
    }
    if (events.length) queue('snoozed', () => judge(events));
    const next = Math.min(...snoozed.values());
    arm('snooze', Number.isFinite(next) ? next : null, unsnooze);
  }

  const offs = [
    deps.sync.onNotify((b) => {
      queue('pulled', () => judge(b.events));
      slaPass();
    }),
    deps.sync.onRefused((r) => queue('refused', async () => judge([await refusedEvent(r)]))),
    deps.sync.onStatus((s) => {
      if (s.lastSyncedAt === lastSynced) return;
      lastSynced = s.lastSyncedAt;
      const now = clock.now();
      settleFrom ??= now;
      arm('settle', Math.min(now + STATUS_SETTLE_MS, settleFrom + STATUS_SETTLE_MAX_MS), () => {
        settleFrom = null;
        slaPass();
        queue('badge', refreshBadge);
      });
    }),
    notifier.onAction((tag, ticketId, action) => {
      if (action === 'open') return deps.open(ticketId);
      if (!ticketId) return;
      notifier.close(tag);
      if (action === 'snooze') {
        snoozed.set(ticketId, clock.now() + SNOOZE_MS);
        return unsnooze();
      }
      queue('take', async () => {
        const t = await db.tickets.get(ticketId);
        if (t && t.assigneeId === null) await deps.take(t);
        deps.open(ticketId);
      });
    }),
  ];
  slaPass();

  return {
    async idle() {
      for (;;) {
        const t = tail;
        await t;
        if (t === tail) return;
      }
    },
    close() {
      closed = true;
      offs.forEach((off) => off());
      for (const name of ['flush', 'sla', 'snooze', 'settle'] as const) arm(name, null, () => undefined);
    },
  };
}
