import type { BridgeError } from '../../shared/api';
import { readReason, type Reason } from '../../shared/reasons';

/** A failed API call as the UI sees it: a class to branch on, and why (messages/reason-text says it). */
export class ConsoleApiError extends Error {
  readonly reason: Reason['reason'];
  readonly params: Reason['params'];
  constructor(
    readonly code: BridgeError['code'],
    why: Reason | Pick<BridgeError, 'reason' | 'params'>,
  ) {
    const r = readReason(why);
    super(r.reason);
    this.name = 'ConsoleApiError';
    this.reason = r.reason;
    this.params = r.params;
  }
}
