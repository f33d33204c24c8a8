// Session tokens: 32 random bytes, only their SHA-256 stored, revocable, and ending on their own after an
// idle timeout (no authenticated request for a while) or an absolute lifetime, whichever comes first.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/database';
import type { RequestAgent } from '../sync/actor';

export interface SessionPolicy {
  /** A session ends this long after its last authenticated request (SESSION_IDLE_HOURS). */
  idleMs: number;
  /** ...and this long after sign-in, however busy (SESSION_MAX_DAYS). */
  maxAgeMs: number;
}

/** Last use is written at most this often per token, not on every request. */
export const TOUCH_EVERY_MS = 60_000;

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export interface SessionTimes {
  created_at: string;
  last_used_at: string | null;
}

/** When the session ends unless it is used again (ms since the epoch). */
export function sessionEndsAt(s: SessionTimes, policy: SessionPolicy): number {
  const created = Date.parse(s.created_at);
  const lastUsed = s.last_used_at ? Date.parse(s.last_used_at) : created;
  return Math.min(lastUsed + policy.idleMs, created + policy.maxAgeMs);
}

export async function createSession(db: Db, agentId: string, now = Date.now()): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const at = new Date(now).toISOString();
  await db
    .insertInto('sessions')
    .values({ token_hash: tokenHash(token), agent_id: agentId, created_at: at, last_used_at: at, revoked_at: null })
    .execute();
  return token;
}

export async function revokeSession(db: Db, token: string): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: new Date().toISOString() }).where('token_hash', '=', tokenHash(token)).execute();
}

export type TokenCheck =
  | { ok: true; agent: RequestAgent; tokenHash: string }
  /** unknown: never issued, revoked, or already deleted; expired: idle or too old (the row is deleted). */
  | { ok: false; reason: 'unknown' | 'expired' };

/**
 * The agent a token belongs to, if its session is still open. A live session's last use is moved to
 * now when it is more than TOUCH_EVERY_MS old (so the idle timeout slides with use, at one write a
 * minute per token at most); an expired one is deleted on the spot.
 */
export async function checkToken(db: Db, token: string, policy: SessionPolicy, now = Date.now()): Promise<TokenCheck> {
  const h = tokenHash(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('agents', 'agents.id', 'sessions.agent_id')
    .select(['agents.id', 'agents.name', 'agents.role', 'agents.tier', 'agents.tenant_id', 'sessions.created_at', 'sessions.last_used_at'])
    .where('sessions.token_hash', '=', h)
    .where('sessions.revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) return { ok: false, reason: 'unknown' };
  if (now >= sessionEndsAt(row, policy)) {
    await db.deleteFrom('sessions').where('token_hash', '=', h).execute();
    return { ok: false, reason: 'expired' };
  }
  const lastUsed = Date.parse(row.last_used_at ?? row.created_at);
  if (now - lastUsed >= TOUCH_EVERY_MS) {
    await db.updateTable('sessions').set({ last_used_at: new Date(now).toISOString() }).where('token_hash', '=', h).execute();
  }
  return {
    ok: true,
    tokenHash: h,
    agent: {
      id: row.id,
      name: row.name,
      role: row.role as RequestAgent['role'],
      tier: row.tier === null ? null : (row.tier as 1 | 2 | 3),
      tenantId: row.tenant_id,
    },
  };
}

/** Deletes every session past its idle timeout or lifetime (revoked or not); returns how many. */
/** Deletes the sessions that have ended by time; returns their token hashes (their sockets close as expired). */
export async function deleteExpiredSessions(db: Db, policy: SessionPolicy, now = Date.now()): Promise<string[]> {
  // ISO-8601 UTC strings of one fixed format: their text order is their time order.
  const idleBefore = new Date(now - policy.idleMs).toISOString();
  const createdBefore = new Date(now - policy.maxAgeMs).toISOString();
  const res = await db
    .deleteFrom('sessions')
    .where((eb) =>
      eb.or([
        eb('created_at', '<=', createdBefore),
        eb('last_used_at', '<=', idleBefore),
        eb.and([eb('last_used_at', 'is', null), eb('created_at', '<=', idleBefore)]),
      ]),
    )
    .returning('token_hash')
    .execute();
  return res.map((r) => r.token_hash);
}

export function bearerToken(header: string | undefined): string | null {
  const m = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header ?? '');
  return m?.[1] ?? null;
}
