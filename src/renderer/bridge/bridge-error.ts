import type { BridgeError } from '../../shared/api';

/** A failed API call as the UI sees it: code to branch on, message in words. */
export class ConsoleApiError extends Error {
  constructor(readonly code: BridgeError['code'], message: string) {
    super(message);
    this.name = 'ConsoleApiError';
  }
}
