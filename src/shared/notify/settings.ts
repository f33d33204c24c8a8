// An agent's notification settings: per event kind on/off and sound, the SLA warning threshold, what
// quiet presences let through, and hiding message text (shared screens). Parsed with defaults, so a
// stored value from an older build (or none: `{}`) reads as a whole, valid object; every value bounded.
import { z } from 'zod';
import { NOTIFY_KINDS, type NotifyKind } from './event-types';

const Toggle = z.object({ on: z.boolean().default(true), sound: z.boolean().default(true) }).strict();

/**
 * What a quiet presence lets through: all, only urgent (urgent priority, a VIP customer, an SLA
 * breach), or none.
 */
export const QuietMode = z.enum(['all', 'urgent', 'none']);
export type QuietMode = z.infer<typeof QuietMode>;

export const SLA_WARNING_MINUTES = { min: 1, max: 240, default: 15 } as const;

const events = Object.fromEntries(
  NOTIFY_KINDS.map((k) => [k, k === 'change_refused' ? Toggle.prefault({ sound: false }) : Toggle.prefault({})]),
) as Record<NotifyKind, z.ZodPrefault<typeof Toggle>>;

export const NotifySettings = z
  .object({
    events: z.object(events).strict().prefault({}),
    /** Minutes before a deadline that its warning fires. */
    slaWarningMinutes: z.number().int().min(SLA_WARNING_MINUTES.min).max(SLA_WARNING_MINUTES.max).default(SLA_WARNING_MINUTES.default),
    /** On a break, away (and offline): by default only urgent and VIP work and SLA breaches come through. */
    quiet: z.object({ break: QuietMode.default('urgent'), away: QuietMode.default('urgent') }).strict().prefault({}),
    /** Busy: notifications come, without sound unless this is on. */
    busySound: z.boolean().default(false),
    /** Shared screens: only the ticket number and the kind of event (no subject, message, reason or names). */
    hideMessageText: z.boolean().default(false),
  })
  .strict();
export type NotifySettings = z.infer<typeof NotifySettings>;
export type NotifySettingsInput = z.input<typeof NotifySettings>;

/** The settings an agent who never changed any has. */
export const DEFAULT_NOTIFY_SETTINGS: NotifySettings = NotifySettings.parse({});
