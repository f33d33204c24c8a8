import type { Actor } from '../../../src/shared/index';

/** The authenticated agent behind a request, as resolved from its session token. */
export interface RequestAgent extends Actor {
  tenantId: string;
}
