// Reasons with params that reach every message of the reason words: each reason with params once; a
// name and none; a known field, the request as a whole and an unknown path, each problem with a limit and without.
import { reason, type Reason } from '../../../shared/reasons';

const FIELDS = [
  'body',
  'subject',
  'reason',
  'summary',
  'url',
  'tag',
  'name',
  'email',
  'phone',
  'notes',
  '',
  'args.colour',
];
const PROBLEMS: [string, number | null][] = [
  ['too_small', 5],
  ['too_small', 1],
  ['too_small', null],
  ['too_big', 200],
  ['too_big', null],
  ['invalid_string', null],
];

export const REASON_SAMPLES: Reason[] = [
  reason('not_in_your_tier', { tier: 2 }),
  reason('escalate_next_tier_only', { from: 1, to: 2 }),
  reason('too_many_tags', { max: 50 }),
  reason('escalation_reason_short', { min: 10 }),
  reason('escalation_summary_short', { min: 20 }),
  reason('hand_back_summary_short', { min: 20 }),
  reason('complaint_description_short', { min: 3 }),
  reason('number_too_big', { max: 2_147_483_647 }),
  reason('value_too_long', { max: 200 }),
  reason('value_not_storable', { dbCode: '22001' }),
  reason('too_many_attempts', { seconds: 42 }),
  reason('report_range_too_long', { maxDays: 366 }),
  reason('body_too_large', { maxBytes: 1_048_576 }),
  reason('unknown_request', { name: 'ticket.paint' }),
  reason('backend_refused', { why: 'insecure_backend_url' }),
  reason('service_timeout', { name: 'sync.now' }),
  reason('agent_not_in_tier', { who: 'Anna Kovács', tier: 2 }),
  reason('agent_not_in_tier', { who: null, tier: 2 }),
  reason('unknown_mutation', { name: 'ticket.paint' }),
  reason('unknown_mutation', { name: null }),
  reason('taken_by', { who: 'Anna Kovács' }),
  reason('taken_by', { who: null }),
  reason('released_by', { who: 'Anna Kovács' }),
  reason('released_by', { who: null }),
  reason('assigned_by', { who: 'Sarah Mitchell', to: 'Béla Nagy' }),
  reason('assigned_by', { who: 'Sarah Mitchell', to: null }),
  reason('assigned_by', { who: null, to: 'Béla Nagy' }),
  reason('assigned_by', { who: null, to: null }),
  reason('status_changed_by', { who: 'Sarah Mitchell', status: 'on_hold' }),
  reason('status_changed_by', { who: null, status: 'pending' }),
  reason('tier_changed_by', { who: 'Sarah Mitchell', tier: 3 }),
  reason('tier_changed_by', { who: null, tier: 3 }),
  ...FIELDS.flatMap((field) => PROBLEMS.map(([problem, limit]) => reason('invalid_field', { field, problem, limit }))),
];

/** Class codes a refusal or a failed call may carry, said when the reason is unknown (from the contract). */
export { REASON_CLASSES } from '../bind-reasons';
