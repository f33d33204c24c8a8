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
  /** A session ends after this long without an authenticated request (SESSION_IDLE_HOURS). */
  sessionIdleMs: number;
  /** A session ends this long after sign-in however much it is used (SESSION_MAX_DAYS). */
  sessionMaxAgeMs: number;
  /** How often open WebSockets' sessions are checked, and expired sessions deleted (SESSION_CHECK_SECONDS). */
  sessionCheckMs: number;
}

const HOUR = 3_600_000;

/** A positive number from the environment, or the default when unset or blank. */
function positive(env: NodeJS.ProcessEnv, name: string, fallback: number, unit: string, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0 || n > max) {
    throw new Error(`${name} must be a number of ${unit} greater than 0 and at most ${max}, got "${env[name]}"`);
  }
  return n;
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
  const sessionIdleMs = positive(env, 'SESSION_IDLE_HOURS', 12, 'hours', 24 * 366) * HOUR;
  const sessionMaxAgeMs = positive(env, 'SESSION_MAX_DAYS', 7, 'days', 366) * 24 * HOUR;
  const sessionCheckMs = Math.max(10, Math.round(positive(env, 'SESSION_CHECK_SECONDS', 60, 'seconds', 3600) * 1000));
  return {
    host: env.HOST?.trim() || '127.0.0.1',
    port,
    dataDir: resolve(env.DATA_DIR?.trim() || '.data'),
    databaseUrl,
    demo,
    inboundApiKey: env.INBOUND_API_KEY?.trim() || (demo ? 'demo-inbound-key' : null),
    logLevel: env.LOG_LEVEL?.trim() || 'warn',
    pullPageRows,
    sessionIdleMs,
    sessionMaxAgeMs,
    sessionCheckMs,
  };
}
