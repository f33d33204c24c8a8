// Session tokens: 32 random bytes, only their SHA-256 stored, revocable.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/database';
import type { RequestAgent } from '../sync/actor';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(db: Db, agentId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db
    .insertInto('sessions')
    .values({ token_hash: hash(token), agent_id: agentId, created_at: new Date().toISOString(), revoked_at: null })
    .execute();
  return token;
}

export async function revokeSession(db: Db, token: string): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: new Date().toISOString() }).where('token_hash', '=', hash(token)).execute();
}

export async function agentForToken(db: Db, token: string): Promise<RequestAgent | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('agents', 'agents.id', 'sessions.agent_id')
    .select(['agents.id', 'agents.name', 'agents.role', 'agents.tier', 'agents.tenant_id'])
    .where('sessions.token_hash', '=', hash(token))
    .where('sessions.revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    role: row.role as RequestAgent['role'],
    tier: row.tier === null ? null : (row.tier as 1 | 2 | 3),
    tenantId: row.tenant_id,
  };
}

export function bearerToken(header: string | undefined): string | null {
  const m = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header ?? '');
  return m?.[1] ?? null;
}
