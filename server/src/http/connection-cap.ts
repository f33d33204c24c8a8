// A cap on the connections one address holds open at once. Over it, a new connection is closed the moment
// it is accepted, before it can send a byte: one client can no longer take every socket the process has.
import type { Server, Socket } from 'node:net';
import { addressKey } from './address-key';

export class ConnectionCap {
  private readonly open = new Map<string, number>();

  constructor(private readonly max: number) {}

  /** Counts a new connection from `key`; false (and not counted) when that address is already at the cap. */
  admit(key: string): boolean {
    const n = this.open.get(key) ?? 0;
    if (n >= this.max) return false;
    this.open.set(key, n + 1);
    return true;
  }

  release(key: string): void {
    const n = this.open.get(key) ?? 0;
    // Delete at zero so the map holds only addresses with open connections.
    if (n <= 1) this.open.delete(key);
    else this.open.set(key, n - 1);
  }

  count(key: string): number {
    return this.open.get(key) ?? 0;
  }
}

/** Applies the cap to every connection `server` accepts; max 0 turns it off. */
export function capConnectionsPerAddress(server: Server, max: number, onRefused: () => void = () => undefined): ConnectionCap | null {
  if (max <= 0) return null;
  const cap = new ConnectionCap(max);
  server.on('connection', (socket: Socket) => {
    const key = addressKey(socket.remoteAddress);
    if (!cap.admit(key)) {
      socket.destroy();
      onRefused();
      return;
    }
    socket.once('close', () => cap.release(key));
  });
  return cap;
}

/** Calls `warn` at most once per interval: a flood of refusals must not become a flood of log lines. */
export function throttledWarning(warn: () => void, intervalMs = 10_000, now: () => number = Date.now): () => void {
  let last = -Infinity;
  return () => {
    const t = now();
    if (t - last < intervalMs) return;
    last = t;
    warn();
  };
}
