// How much of the outbox one push carries.
import type { RawMutation } from '../../shared/mutations';
import { MAX_BODY_BYTES } from '../../shared/sync-protocol';

/** Up to limit mutations, and comfortably under the server's body limit (bodies can be 20k chars). */
export function pushBatch(pending: readonly RawMutation[], limit: number): RawMutation[] {
  const budget = MAX_BODY_BYTES * 0.75;
  const enc = new TextEncoder();
  let bytes = 200;
  let n = 0;
  while (n < Math.min(limit, pending.length)) {
    bytes += enc.encode(JSON.stringify(pending[n])).length + 1;
    if (n > 0 && bytes > budget) break;
    n += 1;
  }
  return pending.slice(0, n);
}
