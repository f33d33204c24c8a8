// The one place a reason (src/shared/reasons.ts) becomes words: refusals, validation errors, bridge
// errors and the sync status all come here. English for now, a flat table of reason → (params) →
// words, so moving it into the ICU catalogues is mechanical.
import type { RefusalCode } from '../../shared/mutations';
import { readReason, type ParamsOf, type Reason, type ReasonCode } from '../../shared/reasons';

type Table = { [R in ReasonCode]: (p: ParamsOf<R>) => string };

const someone = (who: string | null) => who ?? 'Someone';
const statusWords = (s: string) => s.replace('_', ' ');

/** Field names as the agent knows them (invalid_field names a contract path). */
const FIELDS: Record<string, string> = {
  body: 'the message',
  subject: 'the subject',
  reason: 'the reason',
  summary: 'the handoff summary',
  url: 'the link',
  tag: 'the tag',
  name: 'the name',
  email: 'the email address',
  phone: 'the phone number',
  notes: 'the notes',
};
const fieldWords = (path: string) => FIELDS[path.split('.').pop() ?? ''] ?? (path ? `the field “${path}”` : 'the request');

function invalidField(p: ParamsOf<'invalid_field'>): string {
  const what = fieldWords(p.field);
  if (p.problem === 'too_small') return p.limit !== null && p.limit > 1 ? `${capital(what)} needs at least ${p.limit} characters.` : `${capital(what)} is empty.`;
  if (p.problem === 'too_big') return p.limit !== null ? `${capital(what)} is too long (at most ${p.limit}).` : `${capital(what)} is too long.`;
  return `${capital(what)} is not valid.`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const REASON_TEXT: Table = {
  customer_out_of_reach_open: () => 'You can open a ticket only for a customer you created or one of whose tickets you work.',
  customer_out_of_reach_edit: () => "You can change a customer's details only while one of their tickets is in your tier or yours.",
  ticket_not_found: () => 'That ticket does not exist.',
  not_in_your_tier: (p) => `The ticket is in the tier ${p.tier} queue and not assigned to you.`,
  agent_not_found: () => 'No such agent.',
  agent_not_in_tier: (p) => `${someone(p.who)} does not work tier ${p.tier}.`,
  assign_others_supervisor_only: () => 'Only a supervisor can assign a ticket to someone else.',
  reassign_supervisor_only: () => "Only a supervisor can reassign another agent's ticket.",
  escalate_next_tier_only: (p) => `A tier ${p.from} ticket escalates to tier ${p.to}.`,
  link_specialists_only: () => 'Only tier 2 and 3 specialists and supervisors link engineering issues.',
  already_tier_1: () => 'The ticket is already in tier 1.',
  hand_back_specialists_only: () => 'Only specialists hand tickets back.',
  hand_back_to_tier_1_agent: () => 'A ticket is handed back to a tier 1 agent.',
  customer_not_found: () => 'That customer does not exist.',
  customer_exists: () => 'That customer already exists.',
  ticket_closed_reply: () => 'This ticket is closed: reopen it to reply.',
  status_not_back_to_new: () => 'A ticket cannot be set back to new.',
  closed_reopen_only: () => 'A closed ticket can only be reopened.',
  too_many_tags: (p) => `A ticket holds at most ${p.max} tags.`,
  invalid_field: invalidField,
  unknown_mutation: (p) => (p.name ? `This console sent a change the server does not know (“${p.name}”).` : 'This console sent a change the server does not know.'),
  message_empty: () => 'The message is empty.',
  subject_empty: () => 'The subject is empty.',
  escalation_reason_short: (p) => `Give a reason for the escalation (${p.min} characters at least).`,
  escalation_summary_short: (p) => `The handoff summary must say what was tried (${p.min} characters at least).`,
  hand_back_summary_short: (p) => `The handoff summary must say what was done (${p.min} characters at least).`,
  nothing_to_update: () => 'Nothing to update.',
  control_characters: () => 'Control characters are not allowed.',
  link_not_http: () => 'A link must be a full http:// or https:// address, without a user name or password.',
  tag_not_a_word: () => 'Tags are single words: letters, digits, _ - : .',
  number_too_big: (p) => `The number is too big (at most ${p.max}).`,
  value_too_long: (p) => `The value is too long (at most ${p.max} characters).`,
  contact_needs_email_or_phone: () => 'A contact needs the customer email or phone.',
  id_taken: () => 'That id is already in use.',
  value_not_storable: (p) => `The server cannot store a value of this change (database code ${p.dbCode}).`,
  taken_by: (p) => `${someone(p.who)} took this ticket.`,
  released_by: (p) => `${someone(p.who)} released this ticket.`,
  assigned_by: (p) => `${someone(p.who)} assigned this ticket to ${p.to ?? 'someone else'}.`,
  status_changed_by: (p) => `${someone(p.who)} changed the status to ${statusWords(p.status)}.`,
  tier_changed_by: (p) => `${someone(p.who)} moved this ticket to tier ${p.tier}.`,
  save_failed: () => 'The server could not save these changes just now; nothing was lost, they are sent again shortly.',
  client_of_other_agent: () => 'This workstation’s changes belong to another agent.',
  too_many_attempts: (p) => `Too many sign-in attempts; try again in ${p.seconds} s.`,
  sign_in_busy: () => 'The server is busy signing others in; try again in a moment.',
  wrong_credentials: () => 'Wrong email or password.',
  session_expired: () => 'Your session has expired: sign in again. Your changes are kept.',
  signed_out: () => 'Sign in again: the session is missing or has ended. Your changes are kept.',
  body_too_large: (p) => `The request is too large (over ${p.maxBytes} bytes).`,
  server_failed: () => 'The server had a problem. Try again in a moment.',
  no_such_endpoint: () => 'The server does not offer this (is it a different version?).',
  inbound_off: () => 'Inbound contacts are off on the server.',
  inbound_key_required: () => 'A valid inbound API key is required.',
  no_tenant: () => 'The server has no organisation yet.',
  unreachable: () => 'Offline: the server cannot be reached. Your changes are kept and will sync when it is back.',
  server_problem: () => 'The server had a problem; retrying.',
  unreadable_answer: () => 'The server sent an answer this console cannot read.',
  console_failed: () => 'Something went wrong in the console. Try again.',
  sign_in_first: () => 'Sign in first.',
  page_not_allowed: () => 'This page may not use the console API.',
  unknown_request: (p) => `The console asked its service for something it does not know (“${p.name}”).`,
  backend_refused: () => 'The console refuses its configured server address.',
  service_stopped: () => "The console's background service stopped.",
  service_not_running: () => "The console's background service is not running.",
  service_timeout: (p) => `The console service did not answer “${p.name}” in time.`,
  sync_failed: () => 'Sync failed unexpectedly; retrying.',
  unknown: () => 'Something went wrong.',
};

/** Words for a class when its reason is unknown (an older server's refusal, a newer peer's reason). */
const CODE_TEXT: Record<RefusalCode | 'unauthorized' | 'offline' | 'server' | 'too_large' | 'internal', string> = {
  conflict: 'Someone else changed this first.',
  forbidden: 'You may not make this change.',
  not_found: 'That no longer exists.',
  invalid: 'The change was not valid.',
  error: 'The server could not apply this change.',
  unauthorized: 'Sign in again.',
  offline: 'The server cannot be reached.',
  server: 'The server had a problem; retrying.',
  too_large: 'The request is too large.',
  internal: 'Something went wrong in the console. Try again.',
};

/** Words for a reason as it came over the wire (read leniently; unknown ones by their class). */
export function reasonText(wire: { reason?: string; params?: Record<string, unknown>; code?: string } | Reason | null | undefined): string {
  const r = readReason(wire);
  if (r.reason === 'unknown') {
    const code = wire && 'code' in wire ? wire.code : undefined;
    return code && Object.hasOwn(CODE_TEXT, code) ? CODE_TEXT[code as keyof typeof CODE_TEXT] : REASON_TEXT.unknown({});
  }
  return (REASON_TEXT[r.reason] as (p: unknown) => string)(r.params);
}
