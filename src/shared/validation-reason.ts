// A contract schema's refusal as a reason: a check that names its own reason (its zod message is a
// reason code, e.g. 'message_empty') keeps it; any other check becomes invalid_field with the field's
// path, zod's issue code and the limit it broke. zod's own English never travels.
import type { z } from 'zod';
import { clampText } from './bounds';
import { REASON_PARAMS, ReasonCode, reason, type Reason } from './reasons';

type Issue = z.core.$ZodIssue;

function limitOf(issue: Issue): number | null {
  const raw = 'minimum' in issue ? issue.minimum : 'maximum' in issue ? issue.maximum : null;
  const n = typeof raw === 'bigint' ? Number(raw) : raw;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 2_147_483_647 ? n : null;
}

export function issueReason(issue: Issue): Reason {
  const own = ReasonCode.safeParse(issue.message);
  if (own.success) {
    const shape = (REASON_PARAMS[own.data] as z.ZodObject).shape;
    const limit = limitOf(issue);
    const params: Record<string, number | null> = {};
    if ('min' in shape) params.min = limit;
    if ('max' in shape) params.max = limit;
    const checked = REASON_PARAMS[own.data].safeParse(params);
    if (checked.success) return { reason: own.data, params: checked.data } as Reason;
  }
  const field = clampText(issue.path.map(String).join('.'), 64);
  return reason('invalid_field', { field, problem: clampText(issue.code, 64), limit: limitOf(issue) });
}

/**
 * A failed parse as one reason (the UI shows one per refusal): the first issue that names its own reason
 * (zod's built-in checks, such as an unsafe integer, may fail beside it), else the first issue.
 */
export function validationReason(error: z.ZodError): Reason {
  const first = error.issues.find((i) => ReasonCode.safeParse(i.message).success) ?? error.issues[0];
  return first ? issueReason(first) : reason('invalid_field', { field: '', problem: 'custom', limit: null });
}
