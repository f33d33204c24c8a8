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
  /** Milliseconds a pull page may take before it is cut short, with `more` (PULL_PAGE_MS). */
  pullPageMs: number;
  /** A session ends after this long without an authenticated request (SESSION_IDLE_HOURS). */
  sessionIdleMs: number;
  /** A session ends this long after sign-in however much it is used (SESSION_MAX_DAYS). */
  sessionMaxAgeMs: number;
  /** How often open WebSockets' sessions are checked, and expired sessions deleted (SESSION_CHECK_SECONDS). */
  sessionCheckMs: number;
  http: HttpLimits;
  login: LoginLimits;
}

/** Against slow or hoarding clients: without these, a thousand connections dripping bytes held the server. */
export interface HttpLimits {
  /** The whole request, headers and body, must arrive within this (REQUEST_TIMEOUT_MS). */
  requestTimeoutMs: number;
  /** The header block must arrive within this; at most the request timeout (HEADERS_TIMEOUT_MS). */
  headersTimeoutMs: number;
  /** A socket silent this long, in either direction, is closed (CONNECTION_TIMEOUT_MS). WebSockets are exempt. */
  connectionTimeoutMs: number;
  /** An idle kept-alive connection is closed after this (KEEP_ALIVE_TIMEOUT_MS). */
  keepAliveTimeoutMs: number;
  /** Open connections one address may hold; 0 = no cap (MAX_CONNECTIONS_PER_ADDRESS). */
  maxConnectionsPerAddress: number;
}

/** Sign-in costs a deliberately slow password hash: bound how many one address can make us compute. */
export interface LoginLimits {
  /** Sign-in attempts per address and minute, successful ones not counted (LOGIN_ATTEMPTS_PER_ADDRESS). */
  attemptsPerAddress: number;
  /** Password hashes computed at once; a small queue waits behind them, more are refused (LOGIN_CONCURRENT_HASHES). */
  concurrentHashes: number;
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

/** A whole number from the environment within [min, max], or the default when unset or blank. */
function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= min && n <= max)) throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${env[name]}"`);
  return n;
}

function httpLimitsFromEnv(env: NodeJS.ProcessEnv): HttpLimits {
  const requestTimeoutMs = whole(env, 'REQUEST_TIMEOUT_MS', 30_000, 100, 600_000);
  const headersTimeoutMs = whole(env, 'HEADERS_TIMEOUT_MS', Math.min(10_000, requestTimeoutMs), 100, 600_000);
  if (headersTimeoutMs > requestTimeoutMs) {
    throw new Error(`HEADERS_TIMEOUT_MS (${headersTimeoutMs}) must not be longer than REQUEST_TIMEOUT_MS (${requestTimeoutMs})`);
  }
  return {
    requestTimeoutMs,
    headersTimeoutMs,
    connectionTimeoutMs: whole(env, 'CONNECTION_TIMEOUT_MS', 60_000, 100, 3_600_000),
    keepAliveTimeoutMs: whole(env, 'KEEP_ALIVE_TIMEOUT_MS', 10_000, 100, 3_600_000),
    maxConnectionsPerAddress: whole(env, 'MAX_CONNECTIONS_PER_ADDRESS', 256, 0, 1_000_000),
  };
}

function loginLimitsFromEnv(env: NodeJS.ProcessEnv): LoginLimits {
  return {
    attemptsPerAddress: whole(env, 'LOGIN_ATTEMPTS_PER_ADDRESS', 30, 1, 1_000_000),
    concurrentHashes: whole(env, 'LOGIN_CONCURRENT_HASHES', 2, 1, 64),
  };
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
    pullPageMs: whole(env, 'PULL_PAGE_MS', 250, 1, 10_000),
    sessionIdleMs,
    sessionMaxAgeMs,
    sessionCheckMs,
    http: httpLimitsFromEnv(env),
    login: loginLimitsFromEnv(env),
  };
}
