// HTTP client for the sync server. Every answer is validated with the contract's schemas, and every
// failure is classified so the sync loop knows whether to retry, back off, or ask the agent to sign in.
import { z } from 'zod';
import { Agent } from '../../shared/domain';
import { readReason, reason, type Reason } from '../../shared/reasons';
import {
  API_PREFIX,
  ApiError,
  KpiReportResponse,
  LoginResponse,
  PullResponse,
  PushResponse,
  type KpiReportQuery,
  type LoginRequest,
  type PullRequest,
  type PushRequest,
} from '../../shared/sync-protocol';

/** offline: no answer (network, timeout); unauthorized: 401; invalid: other 4xx or a malformed answer; server: 5xx. */
export type BackendErrorKind = 'offline' | 'unauthorized' | 'invalid' | 'server';

/** A failed call: its kind, and why (the server's reason, or main's own); its message is the reason code. */
export class BackendError extends Error {
  constructor(
    readonly kind: BackendErrorKind,
    readonly why: Reason,
    readonly status?: number,
  ) {
    super(why.reason);
    this.name = 'BackendError';
  }
}

export interface BackendClient {
  login(req: LoginRequest): Promise<LoginResponse>;
  logout(): Promise<void>;
  me(): Promise<{ agent: Agent }>;
  push(req: PushRequest): Promise<PushResponse>;
  pull(req: PullRequest): Promise<PullResponse>;
  /** GET /reports/kpis: the JSON report, or its CSV text (at most maxChars). */
  kpis(q: KpiReportQuery): Promise<KpiReportResponse>;
  kpisCsv(q: KpiReportQuery, maxChars: number): Promise<string>;
}

export interface BackendClientOptions {
  baseUrl: string;
  token(): string | null;
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
}

const MeResponse = z.object({ agent: Agent });
const Ok = z.unknown();

/** A report's query string: only the contract's fields, in a fixed order. */
function kpiQuery(q: KpiReportQuery): string {
  const params = new URLSearchParams({ from: q.from, to: q.to, groupBy: q.groupBy });
  if (q.interval) params.set('interval', q.interval);
  if (q.format && q.format !== 'json') params.set('format', q.format);
  return params.toString();
}

export function createBackendClient(opts: BackendClientOptions): BackendClient {
  const doFetch = opts.fetch ?? globalThis.fetch;
  const timeoutMs = opts.timeoutMs ?? 20_000;
  const base = opts.baseUrl.replace(/\/+$/, '');

  /** raw: the answer's text as it came (CSV), at most that many characters. */
  async function call<T>(path: string, body: unknown, schema: z.ZodType<T>, auth = true, raw?: { maxChars: number }): Promise<T> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const token = opts.token();
    if (auth && token) headers.authorization = `Bearer ${token}`;
    let res: Response;
    try {
      res = await doFetch(`${base}${API_PREFIX}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: body === undefined ? Object.fromEntries(Object.entries(headers).filter(([k]) => k !== 'content-type')) : headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch {
      throw new BackendError('offline', reason('unreachable'));
    }
    let json: unknown = null;
    try {
      const text = await res.text();
      if (raw && res.ok) {
        if (text.length > raw.maxChars) throw new BackendError('invalid', reason('unreadable_answer'), res.status);
        return schema.parse(text);
      }
      json = text ? JSON.parse(text) : null;
    } catch (err) {
      if (err instanceof BackendError) throw err;
      if (res.ok) throw new BackendError('server', reason('unreadable_answer'), res.status);
    }
    if (!res.ok) {
      const err = ApiError.safeParse(json);
      // An answer without a readable body (a proxy's page) is still classed by its status.
      const detail = err.success ? readReason(err.data) : reason('unknown');
      if (res.status === 401) throw new BackendError('unauthorized', detail, 401);
      if (res.status >= 500) throw new BackendError('server', detail, res.status);
      throw new BackendError('invalid', detail, res.status);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new BackendError('invalid', reason('unreadable_answer'), res.status);
    return parsed.data;
  }

  return {
    login: (req) => call('/auth/login', req, LoginResponse, false),
    logout: async () => {
      await call('/auth/logout', {}, Ok);
    },
    me: () => call('/auth/me', undefined, MeResponse),
    push: (req) => call('/sync/push', req, PushResponse),
    pull: (req) => call('/sync/pull', req, PullResponse),
    kpis: (q) => call(`/reports/kpis?${kpiQuery(q)}`, undefined, KpiReportResponse),
    kpisCsv: (q, maxChars) => call(`/reports/kpis?${kpiQuery({ ...q, format: 'csv' })}`, undefined, z.string(), true, { maxChars }),
  };
}
