// Why something was refused or failed, as a code with parameters: the one vocabulary of refusals,
// validation errors, bridge errors and HTTP error bodies. No words here — only the renderer turns a
// reason into a sentence, in the agent's language (renderer/messages/reason-text.ts).
import { z } from 'zod';
import { Int32, text, words } from './bounds';
import { TicketStatus, Tier } from './domain';

/** A person's name as a parameter (agents' names are at most 120 characters); null: "someone". */
const Who = text(120).nullable();
const Short = text(64);
const none = z.object({}).strict();

/** Each reason code with the schema of its parameters (every value bounded). */
export const REASON_PARAMS = {
  // The shared rules: authorize.
  customer_out_of_reach_open: none,
  customer_out_of_reach_edit: none,
  ticket_not_found: none,
  not_in_your_tier: z.object({ tier: Tier }),
  agent_not_found: none,
  agent_not_in_tier: z.object({ who: Who, tier: Tier }),
  assign_others_supervisor_only: none,
  reassign_supervisor_only: none,
  escalate_next_tier_only: z.object({ from: Tier, to: Int32 }),
  link_specialists_only: none,
  already_tier_1: none,
  hand_back_specialists_only: none,
  hand_back_to_tier_1_agent: none,
  agent_cap_supervisors_only: none,
  cap_agents_only: none,
  auto_assign_supervisors_only: none,
  complaint_close_assignee_or_supervisor: none,
  /** recordSurvey on a colleague's ticket: the answer is recorded by whoever took the call. */
  survey_assignee_only: none,
  // The shared rules: applyMutation.
  customer_not_found: none,
  customer_exists: none,
  ticket_closed_reply: none,
  status_not_back_to_new: none,
  closed_reopen_only: none,
  too_many_tags: z.object({ max: Int32 }),
  complaint_already_open: none,
  no_open_complaint: none,
  // Validation (the contract's schemas; a field check's own reason travels as its zod message).
  invalid_field: z.object({ field: Short, problem: Short, limit: Int32.nullable() }),
  unknown_mutation: z.object({ name: Short.nullable() }),
  message_empty: none,
  subject_empty: none,
  escalation_reason_short: z.object({ min: Int32 }),
  escalation_summary_short: z.object({ min: Int32 }),
  hand_back_summary_short: z.object({ min: Int32 }),
  complaint_description_short: z.object({ min: Int32 }),
  nothing_to_update: none,
  control_characters: none,
  link_not_http: none,
  tag_not_a_word: none,
  number_too_big: z.object({ max: Int32 }),
  value_too_long: z.object({ max: Int32 }),
  contact_needs_email_or_phone: none,
  /** A customer's message that starts a ticket for someone new: the customer's name is needed. */
  contact_needs_name: none,
  // The server's push.
  id_taken: none,
  value_not_storable: z.object({ dbCode: Short }),
  taken_by: z.object({ who: Who }),
  released_by: z.object({ who: Who }),
  assigned_by: z.object({ who: Who, to: Who }),
  status_changed_by: z.object({ who: Who, status: TicketStatus }),
  tier_changed_by: z.object({ who: Who, tier: Tier }),
  save_failed: none,
  client_of_other_agent: none,
  // The server's HTTP answers.
  too_many_attempts: z.object({ seconds: Int32 }),
  sign_in_busy: none,
  wrong_credentials: none,
  session_expired: none,
  signed_out: none,
  body_too_large: z.object({ maxBytes: Int32 }),
  server_failed: none,
  no_such_endpoint: none,
  inbound_off: none,
  inbound_key_required: none,
  no_tenant: none,
  /** A survey answer with neither a CSAT nor an NPS score. */
  survey_needs_answer: none,
  reports_supervisors_only: none,
  report_range_backwards: none,
  report_range_too_long: z.object({ maxDays: Int32 }),
  /** Too many KPI reports at once: the server refuses more rather than queue them without bound. */
  reports_busy: none,
  // Main's bridge.
  unreachable: none,
  server_problem: none,
  unreadable_answer: none,
  console_failed: none,
  sign_in_first: none,
  page_not_allowed: none,
  unknown_request: z.object({ name: Short }),
  backend_refused: z.object({ why: z.enum(['invalid_backend_url', 'insecure_backend_url']) }),
  // The renderer's own: its bridge to main, and the sync loop.
  service_stopped: none,
  service_not_running: none,
  service_timeout: z.object({ name: Short }),
  sync_failed: none,
  /** A reason this build does not know (a newer peer) or could not read: words by its class only. */
  unknown: none,
} as const;

export type ReasonCode = keyof typeof REASON_PARAMS;
export const ReasonCode = z.enum(Object.keys(REASON_PARAMS) as [ReasonCode, ...ReasonCode[]]);
export type ParamsOf<R extends ReasonCode> = z.infer<(typeof REASON_PARAMS)[R]>;
/** A reason with its parameters, checked by the compiler where it is made. */
export type Reason = { [R in ReasonCode]: { reason: R; params: ParamsOf<R> } }[ReasonCode];

/** Builds a reason; `params` may be left out for a reason that has none. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- "{} fits these params": a reason without any
export function reason<R extends ReasonCode>(code: R, ...params: {} extends ParamsOf<R> ? [] : [ParamsOf<R>]): Reason {
  return { reason: code, params: params[0] ?? {} } as Reason;
}

/** Values a parameter may hold on the wire (text cut and cleaned, never a reason to drop an answer). */
const ParamValue = z.union([words(200), Int32, z.null()]);
/** At most this many parameters in one reason. */
export const MAX_REASON_PARAMS = 8;

/**
 * A reason as it travels: read leniently so that a reason this build does not know (from a newer peer)
 * never makes a client drop the answer carrying it; readReason narrows it to the vocabulary.
 */
export const WireReason = z.object({
  reason: words(64).default('unknown'),
  params: z
    .object({})
    .catchall(ParamValue)
    .refine((p) => Object.keys(p).length <= MAX_REASON_PARAMS, 'value_too_long')
    .default({}),
});
export type WireReason = z.input<typeof WireReason>;

/** The reason a wire value names, with its parameters checked; `unknown` when either does not fit. */
export function readReason(wire: { reason?: string; params?: Record<string, unknown> } | null | undefined): Reason {
  const code = ReasonCode.safeParse(wire?.reason);
  if (!code.success) return { reason: 'unknown', params: {} };
  const params = REASON_PARAMS[code.data].safeParse(wire?.params ?? {});
  return params.success ? ({ reason: code.data, params: params.data } as Reason) : { reason: 'unknown', params: {} };
}
