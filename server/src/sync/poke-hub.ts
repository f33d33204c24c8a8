// Realtime: after each commit, every connected socket of that tenant gets the new version (only that).
// On PostgreSQL the commit is also NOTIFYed so that other stateless server nodes poke their clients.
import type pg from 'pg';

export interface PokeSocket {
  send(data: string): void;
  readonly readyState: number;
}

const CHANNEL = 'console_poke';

export class PokeHub {
  private readonly sockets = new Map<string, Set<PokeSocket>>();
  private listener: pg.PoolClient | null = null;

  constructor(private readonly pool: pg.Pool | null) {}

  async start(): Promise<void> {
    if (!this.pool) return;
    this.listener = await this.pool.connect();
    this.listener.on('notification', (n) => {
      const [tenantId, version] = (n.payload ?? '').split(':');
      if (tenantId && version) this.deliver(tenantId, Number(version));
    });
    await this.listener.query(`LISTEN ${CHANNEL}`);
  }

  async stop(): Promise<void> {
    this.listener?.release();
    this.listener = null;
  }

  add(tenantId: string, socket: PokeSocket): () => void {
    let set = this.sockets.get(tenantId);
    if (!set) this.sockets.set(tenantId, (set = new Set()));
    set.add(socket);
    return () => set.delete(socket);
  }

  /** Called after a commit. */
  poke(tenantId: string, version: number): void {
    if (this.pool) {
      // Delivered to this node too, through its own LISTEN.
      this.pool.query('select pg_notify($1, $2)', [CHANNEL, `${tenantId}:${version}`]).catch(() => this.deliver(tenantId, version));
      return;
    }
    this.deliver(tenantId, version);
  }

  private deliver(tenantId: string, version: number): void {
    const msg = JSON.stringify({ type: 'poke', version });
    for (const s of this.sockets.get(tenantId) ?? []) if (s.readyState === 1) s.send(msg);
  }
}
