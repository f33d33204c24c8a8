// Wire types of the sync protocol between the main process and the backend (and the login API).
import { z } from 'zod';
import { Email, Int32, PositiveInt32, text } from './bounds';
import { Agent, Id } from './domain';
import { changeOptions } from './entities/change';
import { RawMutation, Refusal } from './mutations';
import { WireReason } from './reasons';

export const API_PREFIX = '/api/v1';
/** A push carries at most this many mutations; the client sends its outbox in batches of this size. */
export const MAX_PUSH_BATCH = 500;
/** Request bodies above this are refused with 413. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
/**
 * Mutations a replica may hold unacknowledged (sync.attach), and so refusals one pull may report.
 */
export const MAX_OUTBOX = 100_000;
/**
 * Changes in one pull answer, at most. Pages hold PULL_PAGE_ROWS rows (5,000 by default) plus the rows
 * sharing the page's last version and the threads of tickets entering the scope: far below this.
 */
export const MAX_PULL_CHANGES = 1_000_000;

export const LoginRequest = z.object({
  email: Email,
  password: text(200).min(1),
});
export type LoginRequest = z.infer<typeof LoginRequest>;
export const LoginResponse = z.object({ token: text(200), agent: Agent });
export type LoginResponse = z.infer<typeof LoginResponse>;

export const PushRequest = z.object({
  clientId: Id,
  mutations: z.array(RawMutation).max(MAX_PUSH_BATCH),
});
export type PushRequest = z.infer<typeof PushRequest>;
export const PushResponse = z.object({
  /** The last mutation id of this client the server has processed (applied or refused). */
  lastMutationId: Int32,
  /** Refusals for mutations of this push, including ones processed by an earlier delivery. */
  refused: z.array(Refusal).max(MAX_PUSH_BATCH),
});
export type PushResponse = z.infer<typeof PushResponse>;

/** Where a first sync's snapshot stands: opaque, short, URL-safe. */
export const SnapshotToken = text(1000).regex(/^[A-Za-z0-9_-]+$/);

export const PullRequest = z.object({
  clientId: Id,
  /** null: first pull, send everything in scope. */
  cursor: Int32.nullable(),
  /** Highest mutation id whose outcome the client already knows; refusals after it come back. */
  ackedMutationId: Int32.default(0),
  /** The last answer's `snapshot`, echoed while a first sync is being paged (opaque to the client). */
  snapshot: SnapshotToken.optional(),
});
export type PullRequest = z.input<typeof PullRequest>;

/** A pulled row, or a row to drop: one kind per entity of the registry (entities/registry.ts). */
export const Change = z.discriminatedUnion('entity', changeOptions());
export type Change = z.infer<typeof Change>;

export const PullResponse = z.union([
  z.object({
    refetch: z.literal(false).optional(),
    cursor: Int32,
    lastMutationId: Int32,
    changes: z.array(Change).max(MAX_PULL_CHANGES),
    refused: z.array(Refusal).max(MAX_OUTBOX),
    /** True when the server cut this answer short; the client pulls again from the new cursor. */
    more: z.boolean().default(false),
    /** About how many changed rows the following pages hold (0 on the last page): a progress figure. */
    remaining: Int32.optional(),
    /**
     * A first sync in progress: pages of a snapshot walked by key. The client sends it back with the
     * next pull (with this answer's cursor, 0 meanwhile); absent once the snapshot is whole.
     */
    snapshot: SnapshotToken.optional(),
    /** On every page of a first sync: the rows it sends, counted once when it began (never grows). */
    total: Int32.optional(),
  }),
  /** The cursor is older than what the server kept (or from another database): start again from null. */
  z.object({ refetch: z.literal(true) }),
]);
export type PullResponse = z.infer<typeof PullResponse>;

/** Pokes on GET /api/v1/sync/stream carry the new version only; the client pulls. */
export const Poke = z.object({ type: z.literal('poke'), version: Int32 });
export type Poke = z.infer<typeof Poke>;

export const InboundTicketRequest = z
  .object({
    channel: z.enum(['phone', 'email', 'chat', 'social', 'web']),
    subject: text(200, { trim: true }).min(1),
    body: text(20000, { trim: true }).min(1),
    priority: z.enum(['low', 'normal', 'high', 'urgent']).default('normal'),
    customer: z.object({
      name: text(120, { trim: true }).min(1),
      email: Email.nullable().optional(),
      phone: text(40, { trim: true }).nullable().optional(),
      language: z.enum(['en', 'hu', 'lv']).optional(),
    }),
  })
  .refine((r) => r.customer.email || r.customer.phone, {
    message: 'contact_needs_email_or_phone',
    path: ['customer'],
  });
export type InboundTicketRequest = z.input<typeof InboundTicketRequest>;
export const InboundTicketResponse = z.object({ ticketId: Id, number: PositiveInt32, customerId: Id });

/**
 * A customer writes (POST /inbound/messages): on the ticket named by `ticketNumber`, else by a `[#123]` in
 * the subject, else on the customer's most recently updated open ticket; otherwise a new ticket (then a new
 * customer needs a name and an e-mail or phone: a 400 with contact_needs_name / contact_needs_email_or_phone).
 */
export const InboundMessageRequest = z.object({
  ticketNumber: PositiveInt32.optional(),
  channel: z.enum(['phone', 'email', 'chat', 'social', 'web']),
  subject: text(200, { trim: true }).min(1).optional(),
  body: text(20000, { trim: true }).min(1),
  customer: z
    .object({
      name: text(120, { trim: true }).min(1).optional(),
      email: Email.nullable().optional(),
      phone: text(40, { trim: true }).nullable().optional(),
      language: z.enum(['en', 'hu', 'lv']).optional(),
    })
    .default({}),
});
export type InboundMessageRequest = z.input<typeof InboundMessageRequest>;
/** created: a new ticket (none found, or the one found was closed: followUpOf names it); reopened: pending/solved → open. */
export const InboundMessageResponse = z.object({
  ticketId: Id,
  number: PositiveInt32,
  messageId: Id,
  created: z.boolean(),
  reopened: z.boolean(),
  followUpOf: PositiveInt32.nullable(),
});

/** Error body of every 4xx/5xx answer: `error` classes it, the reason and its params say why. */
export const ApiError = z.object({ error: text(64), ...WireReason.shape });
export type ApiError = z.infer<typeof ApiError>;

/** A survey answer from an external system (POST /inbound/survey): at least one of csat and nps. */
export const InboundSurveyRequest = z
  .object({
    ticketNumber: PositiveInt32,
    csat: z.number().int().min(1).max(5).optional(),
    nps: z.number().int().min(0).max(10).optional(),
    comment: text(1000, { trim: true }).optional(),
  })
  .strict()
  .refine((r) => r.csat !== undefined || r.nps !== undefined, { message: 'survey_needs_answer' });
export type InboundSurveyRequest = z.input<typeof InboundSurveyRequest>;
export const InboundSurveyResponse = z.object({ surveyId: Id, ticketId: Id });

/** The longest period one KPI report covers. */
export const MAX_REPORT_DAYS = 366;
/** The longest period of a day-by-day KPI series (a row per day and group). */
export const MAX_SERIES_DAYS = 92;
/** GET /reports/kpis query: a period [from, to) of ISO instants and how to group it. */
export const KpiReportQuery = z.object({
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  groupBy: z.enum(['tier', 'agent', 'channel']),
  /** day: also a series, the KPIs of each day of the period (24-hour steps from `from`). */
  interval: z.enum(['day']).optional(),
  format: z.enum(['json', 'csv']).default('json'),
});
export type KpiReportQuery = z.input<typeof KpiReportQuery>;
const Pct = z.number().min(0).max(100).nullable();
const Seconds = z.number().min(0).max(2_147_483_647).nullable();
export const KpiReportRow = z.object({
  /** A tier, an agent id (null: unassigned) or a channel. */
  group: z.union([z.number().int().min(1).max(3), Id, z.enum(['phone', 'email', 'chat', 'social', 'web'])]).nullable(),
  solved: Int32,
  created: Int32,
  fcrPct: Pct,
  firstResponseMedianSeconds: Seconds,
  firstResponseP90Seconds: Seconds,
  resolutionMedianSeconds: Seconds,
  resolutionP90Seconds: Seconds,
  firstResponseSlaPct: Pct,
  resolutionSlaPct: Pct,
  escalationRatePct: Pct,
  reopenRatePct: Pct,
  csatPct: Pct,
  csatAnswers: Int32,
  nps: z.number().min(-100).max(100).nullable(),
  npsAnswers: Int32,
  /** Null: no complaint data on the server yet. */
  complaints: z.object({ count: Int32, open: Int32, byCategory: z.array(z.object({ category: text(64), count: Int32 })).max(1000) }).nullable(),
});
export const KpiReportResponse = z.object({
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  asOf: z.iso.datetime(),
  groupBy: z.enum(['tier', 'agent', 'channel']),
  rows: z.array(KpiReportRow).max(100_000),
  /** With interval=day: each day of the period, its KPIs per group. */
  series: z.array(z.object({ from: z.iso.datetime(), to: z.iso.datetime(), rows: z.array(KpiReportRow).max(100_000) })).max(MAX_SERIES_DAYS).optional(),
});
export type KpiReportResponse = z.infer<typeof KpiReportResponse>;
