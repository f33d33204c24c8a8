// Server configuration, from the environment only.
import { resolve } from 'node:path';

export interface ServerConfig {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | null;
  demo: boolean;
  inboundApiKey: string | null;
  logLevel: string;
  /** Rows per pull answer before it is cut into pages (PULL_PAGE_ROWS). */
  pullPageRows: number;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 4010);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, got "${env.PORT}"`);
  }
  const demo = env.DEMO === '1' || env.DEMO === 'true';
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must be a postgres:// URL (leave it unset to use SQLite in DATA_DIR)');
  }
  const pullPageRows = Number(env.PULL_PAGE_ROWS ?? 5000);
  if (!Number.isInteger(pullPageRows) || pullPageRows < 1) {
    throw new Error(`PULL_PAGE_ROWS must be a whole number of at least 1, got "${env.PULL_PAGE_ROWS}"`);
  }
  return {
    host: env.HOST?.trim() || '127.0.0.1',
    port,
    dataDir: resolve(env.DATA_DIR?.trim() || '.data'),
    databaseUrl,
    demo,
    inboundApiKey: env.INBOUND_API_KEY?.trim() || (demo ? 'demo-inbound-key' : null),
    logLevel: env.LOG_LEVEL?.trim() || 'warn',
    pullPageRows,
  };
}
