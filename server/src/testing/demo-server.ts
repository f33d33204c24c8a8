// For server tests only: the demo organisation's server on one database for a describe block — started
// before its tests with a direct connection and a supervisor's session, stopped after them.
import { afterAll, beforeAll } from 'vitest';
import { login, type Session } from '../../../tests/support/api-client';
import { startServer, type ServerHandle } from '../../../tests/support/server-process';
import type { OpenedDb } from '../db/database';
import { openServerDb } from './direct-db';

export interface DemoServer {
  server: ServerHandle;
  direct: OpenedDb;
  sup: Session;
}

/** Registers the block's hooks; `take` receives the running server before the first test. */
export function withDemoServer(db: 'sqlite' | 'postgres', take: (d: DemoServer) => void): void {
  let d: Partial<DemoServer> = {};
  beforeAll(async () => {
    const server = await startServer({ db, demo: true });
    d = { server };
    d.direct = openServerDb(server);
    d.sup = await login(server.url, 'supervisor@demo.local');
    take(d as DemoServer);
  });
  afterAll(async () => {
    await d.direct?.db.destroy();
    await d.server?.stop();
  });
}
