// POST /auth/login: the limits of LoginGate, then the password check, spending the same hash on an unknown
// e-mail as on a wrong password so e-mails cannot be probed.
import { reason, type LoginRequest, type LoginResponse } from '../../../src/shared/index';
import type { Db } from '../db/database';
import { HttpError } from '../sync/errors';
import { agentFromRow } from '../sync/rows';
import type { LoginGate } from './login-gate';
import { DUMMY_HASH, verifyPassword } from './passwords';
import { createSession } from './sessions';

export interface LoginDeps {
  db: Db;
  gate: LoginGate;
  /** The password check (tests count or hold it); scrypt by default. */
  verify?: (password: string, stored: string) => Promise<boolean>;
}

/** A refusal's wait travels in Retry-After; `setRetryAfter` puts it on the answer. */
export async function signIn(deps: LoginDeps, address: string, body: LoginRequest, setRetryAfter: (seconds: number) => void): Promise<LoginResponse> {
  const email = body.email.trim().toLowerCase();
  const refused = deps.gate.admit(address, email);
  if (refused) {
    setRetryAfter(refused.retryAfterSeconds);
    throw new HttpError(429, refused.code, reason('too_many_attempts', { seconds: refused.retryAfterSeconds }));
  }
  const row = await deps.db.selectFrom('agents').selectAll().where('email', '=', email).executeTakeFirst();
  const verify = deps.verify ?? verifyPassword;
  const checking = deps.gate.hash(() => verify(body.password, row?.password_hash ?? DUMMY_HASH));
  if (!checking) {
    // Turned away before any work: not held against the address or the account.
    deps.gate.forgive(address, { email });
    setRetryAfter(1);
    throw new HttpError(503, 'busy', reason('sign_in_busy'));
  }
  const ok = await checking;
  if (!row || !ok) throw new HttpError(401, 'unauthorized', reason('wrong_credentials'));
  deps.gate.forgive(address, { email: null });
  return { token: await createSession(deps.db, row.id), agent: agentFromRow(row) };
}
