// Reasons (src/shared/reasons.ts) in words: t.reason(wire) reads a reason as it came over the wire
// (leniently: an unknown reason or params that do not fit are said by their class), then passes its
// params to one whole ICU message. Where a param may be missing (a name the server does not know) there
// is a second message, not a word glued in; a field is chosen by an ICU select, so each language can
// decline it as its grammar needs.
import { BridgeError } from '../../shared/api';
import { RefusalCode } from '../../shared/mutations';
import { readReason, ReasonCode, type ParamsOf } from '../../shared/reasons';
import type { MessageKey } from './catalogues/en';
import type { Messages } from './messages';

type Words = { [R in ReasonCode]: (p: ParamsOf<R>) => string };

/** The fields the agent knows by name (invalid_field names a contract path: its last segment). */
const FIELDS = new Set(['body', 'subject', 'reason', 'summary', 'url', 'tag', 'name', 'email', 'phone', 'notes']);
/** The class codes a refusal or a failed call can carry (said when the reason is unknown): the contract's own. */
export const REASON_CLASSES: readonly string[] = [...new Set<string>([...RefusalCode.options, ...BridgeError.shape.code.options])];
const CLASSES = new Set(REASON_CLASSES);

/** The select value a message chooses its field by: a known name, 'request' for none, else the path. */
function fieldOf(path: string): string {
  const last = path.split('.').pop() ?? '';
  if (FIELDS.has(last)) return last;
  return path ? path : 'request';
}

export function bindReasons(m: Messages) {
  const f = (key: string, values: Record<string, string | number> = {}) => m.format(key as MessageKey, values);
  /** Most reasons: their params (numbers and names, none of them missing) go into their message as they are. */
  const asIs = Object.fromEntries(
    ReasonCode.options.map((code) => [code, (p: Record<string, string | number>) => f(`reason.${code}`, p)]),
  );
  /** A reason whose params name someone who may be unknown: the second message says "someone". */
  const by =
    <P extends { who: string | null } & Record<string, string | number | null>>(code: ReasonCode) =>
    ({ who, ...rest }: P) =>
      who === null
        ? f(`reason.${code}.someone`, rest as Record<string, string | number>)
        : f(`reason.${code}`, { ...rest, who } as Record<string, string | number>);

  const words: Words = {
    ...(asIs as unknown as Words),
    agent_not_in_tier: by('agent_not_in_tier'),
    taken_by: by('taken_by'),
    released_by: by('released_by'),
    status_changed_by: by('status_changed_by'),
    tier_changed_by: by('tier_changed_by'),
    assigned_by: ({ who, to }) => {
      if (who === null)
        return to === null ? f('reason.assigned_by.someoneToSomeoneElse') : f('reason.assigned_by.someone', { to });
      return to === null ? f('reason.assigned_by.toSomeoneElse', { who }) : f('reason.assigned_by', { who, to });
    },
    unknown_mutation: ({ name }) =>
      name === null ? f('reason.unknown_mutation.noName') : f('reason.unknown_mutation', { name }),
    invalid_field: ({ field: path, problem, limit }) => {
      const field = fieldOf(path);
      if (problem === 'too_small')
        return limit !== null && limit > 1
          ? f('reason.invalid_field.tooShort', { field, limit })
          : f('reason.invalid_field.empty', { field });
      if (problem === 'too_big')
        return limit !== null
          ? f('reason.invalid_field.tooLong', { field, limit })
          : f('reason.invalid_field.tooLongNoLimit', { field });
      return f('reason.invalid_field', { field });
    },
    // Which address was refused, and why, the login screen says with its own messages (login.backendRefused.*).
    backend_refused: () => f('reason.backend_refused'),
  };

  return {
    /** Words for a reason as it came over the wire; an unknown reason is said by its class (`code`). */
    reason: (wire: { reason?: string; params?: Record<string, unknown>; code?: string } | null | undefined): string => {
      const r = readReason(wire);
      if (r.reason !== 'unknown') return (words[r.reason] as (p: unknown) => string)(r.params);
      const code = wire?.code;
      return code && CLASSES.has(code) ? f(`reasonClass.${code}`) : f('reason.unknown');
    },
  };
}
