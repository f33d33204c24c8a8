// The one place a reason (src/shared/reasons.ts) becomes words: refusals, validation errors, bridge
// errors and the sync status all come here. The words are the ICU messages `reason.<code>` (and
// `reasonClass.<code>` for a reason this build does not know) of the agent's language, read at each
// call, so a banner, a field error, the login screen and the sync indicator follow a language switch.
import { ReasonCode, type ParamsOf, type Reason } from '../../shared/reasons';
import { strings } from '../i18n';

type Table = { [R in ReasonCode]: (p: ParamsOf<R>) => string };

/** Each reason's words in the current language, by code (params that do not fit its schema: "unknown"). */
export const REASON_TEXT = Object.fromEntries(
  ReasonCode.options.map((code) => [
    code,
    (params: unknown) => strings.reason({ reason: code, params: params as Record<string, unknown> }),
  ]),
) as Table;

/** Words for a reason as it came over the wire (read leniently; unknown ones by their class). */
export function reasonText(
  wire: { reason?: string; params?: Record<string, unknown>; code?: string } | Reason | null | undefined,
): string {
  return strings.reason(wire);
}
