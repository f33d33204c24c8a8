// The browser edition's host: serves the built renderer and carries the renderer↔main contract over a
// loopback WebSocket. Only its own page may use the bridge: the socket must come from its exact origin
// AND present the per-launch secret, so no other web page or local process can act as the agent; and
// every request, page or socket, must name this server in Host (no DNS rebinding).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { BRIDGE_PATH } from '../../shared/bridge-protocol';
import type { ApiHandlers } from '../api/handlers';
import { serveFrames } from '../api/serve-frames';
import { contentSecurityPolicy, SECURITY_HEADERS } from '../security/csp';
import { isOwnHost, ownHosts } from '../security/host-header';
import { contentTypeOf, resolveStaticPath } from '../security/static-files';

export interface BridgeServer {
  port: number;
  origin: string;
  secret: string;
  /** The address to open: the secret travels in the fragment, which browsers never send to servers. */
  url: string;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1']);

export function secretMatches(expected: string, given: string | null): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function startBridgeServer(opts: {
  handlers: ApiHandlers;
  rendererDir: string;
  host?: string;
  port?: number;
  secret?: string;
}): Promise<BridgeServer> {
  const host = opts.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host)) throw new Error(`the browser edition listens on loopback only, not ${host}`);
  const secret = opts.secret ?? randomBytes(24).toString('base64url');
  let origin = '';
  let own: ReadonlySet<string> = new Set();

  const server: Server = createServer((req, res) => {
    void (async () => {
      const headers = { ...SECURITY_HEADERS, 'content-security-policy': contentSecurityPolicy({ connect: [origin.replace('http', 'ws')] }), 'cache-control': 'no-store' };
      if (!isOwnHost(req.headers.host, own)) {
        res.writeHead(403, headers).end('unknown host');
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, headers).end();
        return;
      }
      const file = resolveStaticPath(opts.rendererDir, req.url ?? '/');
      if (!file) {
        res.writeHead(400, headers).end('bad path');
        return;
      }
      try {
        const body = await readFile(file);
        res.writeHead(200, { ...headers, 'content-type': contentTypeOf(file) }).end(req.method === 'HEAD' ? undefined : body);
      } catch {
        res.writeHead(404, headers).end('not found');
      }
    })();
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 * 1024 });
  server.on('upgrade', (req: IncomingMessage, socket, head) => {
    const url = new URL(req.url ?? '/', origin);
    const ok = isOwnHost(req.headers.host, own) && url.pathname === BRIDGE_PATH && req.headers.origin === origin && secretMatches(secret, url.searchParams.get('k'));
    if (!ok) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => serve(ws));
  });

  const serve = (ws: WebSocket) => {
    const link = serveFrames(opts.handlers, {
      send: (text) => ws.send(text),
      refuse: () => ws.close(1008, 'malformed frame'),
      isOpen: () => ws.readyState === ws.OPEN,
    });
    ws.on('close', link.dispose);
    ws.on('message', (data) => link.receive(data));
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://${host === '::1' ? '[::1]' : host}:${port}`;
  own = ownHosts(host, port);
  return {
    port,
    origin,
    secret,
    url: `${origin}/#k=${secret}`,
    async close() {
      for (const c of wss.clients) c.terminate();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
