// Open poke WebSockets by the session token that opened them, so that a session's end also ends its
// sockets: at once on sign-out through this node, and within one check interval when the session
// expires, or is revoked through another server node sharing the database.
import type { Db } from '../db/database';
import { deleteExpiredSessions, sessionEndsAt, type SessionPolicy } from './sessions';

export interface ClosableSocket {
  close(code?: number, reason?: string): void;
  readonly readyState: number;
}

/** WebSocket close code for "the session has ended: sign in again" (4000–4999 are the application's). */
export const SESSION_ENDED_CLOSE = 4001;
export const CLOSE_REASON = {
  signedOut: 'signed out: sign in again',
  expired: 'session expired: sign in again',
  ended: 'session ended: sign in again',
} as const;

const CHUNK = 500;

export class SessionSockets {
  private readonly byHash = new Map<string, Set<ClosableSocket>>();
  private timer: NodeJS.Timeout | null = null;
  private sweeping: Promise<void> | null = null;

  constructor(
    private readonly db: Db,
    private readonly policy: SessionPolicy,
    private readonly onError: (err: Error) => void = () => undefined,
  ) {}

  /** Registers an open socket; call the returned function when it closes. */
  add(tokenHash: string, socket: ClosableSocket): () => void {
    let set = this.byHash.get(tokenHash);
    if (!set) this.byHash.set(tokenHash, (set = new Set()));
    set.add(socket);
    return () => {
      const s = this.byHash.get(tokenHash);
      if (!s) return;
      s.delete(socket);
      if (s.size === 0) this.byHash.delete(tokenHash);
    };
  }

  /** Closes every socket opened with this token. */
  closeAll(tokenHash: string, reason: string): void {
    const set = this.byHash.get(tokenHash);
    this.byHash.delete(tokenHash);
    for (const s of set ?? []) if (s.readyState <= 1) s.close(SESSION_ENDED_CLOSE, reason);
  }

  get size(): number {
    let n = 0;
    for (const s of this.byHash.values()) n += s.size;
    return n;
  }

  /** Checks every open socket's session now, closes those that ended, and deletes expired sessions. */
  sweep(now = Date.now()): Promise<void> {
    this.sweeping ??= this.runSweep(now).finally(() => (this.sweeping = null));
    return this.sweeping;
  }

  private async runSweep(now: number): Promise<void> {
    const hashes = [...this.byHash.keys()];
    for (let i = 0; i < hashes.length; i += CHUNK) {
      const chunk = hashes.slice(i, i + CHUNK);
      const rows = await this.db
        .selectFrom('sessions')
        .select(['token_hash', 'created_at', 'last_used_at', 'revoked_at'])
        .where('token_hash', 'in', chunk)
        .execute();
      const found = new Map(rows.map((r) => [r.token_hash, r]));
      for (const h of chunk) {
        const row = found.get(h);
        if (!row) this.closeAll(h, CLOSE_REASON.ended);
        else if (row.revoked_at !== null) this.closeAll(h, CLOSE_REASON.signedOut);
        else if (now >= sessionEndsAt(row, this.policy)) this.closeAll(h, CLOSE_REASON.expired);
      }
    }
    // A session that expired between the check above and this purge: its sockets are told it expired (the next
    // sweep would find no row and say only that it ended).
    for (const h of await deleteExpiredSessions(this.db, this.policy, now)) this.closeAll(h, CLOSE_REASON.expired);
  }

  /** Sweeps every `everyMs` until stop(). */
  start(everyMs: number): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.sweep().catch((err: Error) => this.onError(err));
    }, everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.sweeping?.catch(() => undefined);
  }
}
