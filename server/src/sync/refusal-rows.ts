// A stored refusal as it travels: its code, and its reason read back from the row (migration 0007).
import { readReason, reason, type Reason, type Refusal, type RefusalCode } from '../../../src/shared/index';

/** A row from before reasons (or one this build cannot read) is reason `unknown`, shown by its code. */
export function storedReason(code: string, params: string): Reason {
  try {
    return readReason({ reason: code, params: JSON.parse(params) as Record<string, unknown> });
  } catch {
    return reason('unknown');
  }
}

export function refusalFromRow(r: { mutation_id: number; code: string; reason: string; params: string }): Refusal {
  return { id: r.mutation_id, code: r.code as RefusalCode, ...storedReason(r.reason, r.params) };
}

/** The columns refusalFromRow reads. */
export const REFUSAL_COLUMNS = ['mutation_id', 'code', 'reason', 'params'] as const;
