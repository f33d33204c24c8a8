// A loopback TCP proxy a test can cut and restore, to put a real network outage between a client's
// main-process services and the server. While cut it closes live sockets and refuses new ones. While
// stalled it forwards nothing and closes nothing: a half-open link, as a dead NAT or pulled cable leaves it.
import { createServer, connect, type Server, type Socket } from 'node:net';

export interface TcpProxy {
  url: string;
  port: number;
  readonly isCut: boolean;
  cut(): void;
  /** Stop forwarding without closing anything (new connections are accepted and left hanging). */
  stall(): void;
  restore(): void;
  /** Resolves when the server next sends bytes to a client (e.g. its answer to a WebSocket upgrade). */
  nextReply(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host?: string; port: number }): Promise<TcpProxy> {
  const host = target.host ?? '127.0.0.1';
  const live = new Set<Socket>();
  let cut = false;
  let stalled = false;
  let replyWaiters: (() => void)[] = [];
  const server: Server = createServer((client) => {
    if (cut) {
      client.destroy();
      return;
    }
    if (stalled) {
      live.add(client);
      client.on('error', () => client.destroy()).on('close', () => live.delete(client));
      return;
    }
    const upstream = connect(target.port, host);
    live.add(client);
    live.add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      live.delete(client);
      live.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.on('data', (d: Buffer) => void (stalled || upstream.write(d)));
    upstream.on('data', (d: Buffer) => {
      if (stalled) return;
      client.write(d);
      const waiters = replyWaiters;
      replyWaiters = [];
      for (const w of waiters) w();
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    port: address.port,
    get isCut() {
      return cut;
    },
    cut() {
      cut = true;
      for (const s of live) s.destroy();
      live.clear();
    },
    stall() {
      stalled = true;
    },
    restore() {
      cut = false;
      stalled = false;
    },
    nextReply() {
      return new Promise((ok) => replyWaiters.push(ok));
    },
    close() {
      cut = true;
      for (const s of live) s.destroy();
      return new Promise((ok) => server.close(() => ok()));
    },
  };
}
