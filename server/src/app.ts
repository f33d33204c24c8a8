// HTTP and WebSocket surface of the backend. Every route validates its body with the contract's schema
// and, except login, inbound and health, authenticates the bearer token first.
import websocket from '@fastify/websocket';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import type { z } from 'zod';
import {
  API_PREFIX,
  InboundMessageRequest,
  InboundSurveyRequest,
  KpiReportQuery,
  InboundTicketRequest,
  LoginRequest,
  MAX_BODY_BYTES,
  PullRequest,
  PushRequest,
  clampText,
  reason,
  validationReason,
} from '../../src/shared/index';
import { kpiCsv, kpiSeriesCsv } from '../../src/shared/kpi/index';
import { signIn, type LoginDeps } from './auth/login';
import { LoginGate } from './auth/login-gate';
import { secretMatches } from './auth/secrets';
import { CLOSE_REASON, SessionSockets } from './auth/session-sockets';
import { bearerToken, checkToken, revokeSession, tokenHash, type SessionPolicy } from './auth/sessions';
import type { ServerConfig } from './config';
import { ping, sqliteFileIn, type OpenedDb } from './db/database';
import { addressKey } from './http/address-key';
import { capConnectionsPerAddress, throttledWarning } from './http/connection-cap';
import { serverTimeoutOptions } from './http/server-options';
import { checkReportRequest } from './reports/kpi-report';
import { createKpiReporter } from './reports/kpi-reporter';
import type { RequestAgent } from './sync/actor';
import { HttpError, errorBody } from './sync/errors';
import { createInboundTicket } from './sync/inbound';
import { hasOtherSession, presenceForSession } from './auth/session-presence';
import { receiveInboundMessage } from './sync/inbound-message';
import { receiveInboundSurvey } from './sync/inbound-survey';
import { PokeHub } from './sync/poke-hub';
import { handlePull } from './sync/pull';
import { handlePush } from './sync/push';
import { agentFromRow } from './sync/rows';

declare module 'fastify' {
  interface FastifyRequest {
    agent?: RequestAgent;
    /** The SHA-256 of the bearer token the request was authenticated with. */
    tokenHash?: string;
  }
}

function parse<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const r = schema.safeParse(body);
  if (!r.success) throw new HttpError(400, 'invalid', validationReason(r.error));
  return r.data;
}

/** Test seams: `verifyPassword` replaces the scrypt check (to count or hold hashes in flight). */
export interface AppHooks {
  verifyPassword?: LoginDeps['verify'];
}

export async function buildApp(cfg: ServerConfig, opened: OpenedDb, hooks: AppHooks = {}) {
  const { db, dialect } = opened;
  const app = Fastify({ bodyLimit: MAX_BODY_BYTES, logger: { level: cfg.logLevel }, trustProxy: false, ...serverTimeoutOptions(cfg.http) });
  capConnectionsPerAddress(app.server, cfg.http.maxConnectionsPerAddress, throttledWarning(() => app.log.warn('connection refused: too many open connections from one address')));
  const hub = new PokeHub(opened.pgPool);
  await hub.start();
  const onCommit = (tenantId: string, version: number) => hub.poke(tenantId, version);
  // Reports off the request thread (SQLite: a worker of its own); KPI_REPORT_HOLD_FIFO is a test seam.
  const kpis = createKpiReporter(opened, { sqliteFile: opened.dialect === 'sqlite' ? sqliteFileIn(cfg.dataDir) : null, holdFifo: process.env.KPI_REPORT_HOLD_FIFO || null });
  // A queue of 8 per hashing slot: a burst of sign-ins waits well under a second instead of failing.
  const loginGate = new LoginGate({ attemptsPerAddress: cfg.login.attemptsPerAddress, attemptsPerEmail: 10, windowMs: 60_000, concurrentHashes: cfg.login.concurrentHashes, queuedHashes: 8 * cfg.login.concurrentHashes });
  const policy: SessionPolicy = { idleMs: cfg.sessionIdleMs, maxAgeMs: cfg.sessionMaxAgeMs };
  const sessionSockets = new SessionSockets(db, policy, (err) => app.log.warn({ name: err.name, code: (err as { code?: string }).code }, 'session check failed'));
  sessionSockets.start(cfg.sessionCheckMs);

  app.setErrorHandler((err: Error & { statusCode?: number; code?: string }, req, reply) => {
    if (err instanceof HttpError) return reply.code(err.status).send(err.body());
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.code(413).send(errorBody('too_large', reason('body_too_large', { maxBytes: MAX_BODY_BYTES })));
    }
    if (err.statusCode && err.statusCode < 500) {
      return reply.code(err.statusCode).send(errorBody('invalid', reason('invalid_field', { field: '', problem: clampText(err.code ?? 'request', 64), limit: null })));
    }
    // No request data in the log: it may hold personal data.
    req.log.error({ name: err.name, code: err.code, stack: err.stack?.split('\n').slice(1, 6).join('\n') }, 'request failed');
    return reply.code(500).send(errorBody('internal', reason('server_failed')));
  });
  app.setNotFoundHandler((_req, reply) => reply.code(404).send(errorBody('not_found', reason('no_such_endpoint'))));

  const authenticate = async (req: FastifyRequest, reply: FastifyReply) => {
    const token = bearerToken(req.headers.authorization);
    const check = token ? await checkToken(db, token, policy) : ({ ok: false, reason: 'unknown' } as const);
    if (check.ok) {
      req.agent = check.agent;
      req.tokenHash = check.tokenHash;
      return;
    }
    // The same answer on the WebSocket upgrade: this runs before it.
    if (check.reason === 'expired') {
      return reply.code(401).send(errorBody('session_expired', reason('session_expired')));
    }
    return reply.code(401).send(errorBody('unauthorized', reason('signed_out')));
  };

  await app.register(websocket, { options: { maxPayload: 4096 } });

  app.get('/healthz', async () => {
    await ping(db);
    return { ok: true, database: dialect };
  });

  app.post(`${API_PREFIX}/auth/login`, async (req, reply) => {
    const body = parse(LoginRequest, req.body);
    const answer = await signIn({ db, gate: loginGate, verify: hooks.verifyPassword }, addressKey(req.ip), body, (s) => reply.header('retry-after', String(s)));
    // Signing in makes an offline agent available (their console's notifications and the board follow it).
    if (await presenceForSession({ db, dialect, onCommit }, answer.agent.id, 'available', (p) => p === 'offline')) answer.agent = { ...answer.agent, presence: 'available' };
    return answer;
  });

  app.post(`${API_PREFIX}/auth/logout`, { preHandler: authenticate }, async (req) => {
    const token = bearerToken(req.headers.authorization);
    if (token) {
      await revokeSession(db, token);
      // The last session's sign-out: the agent is offline to everyone (a session that just lapses is not seen here).
      if (!(await hasOtherSession(db, req.agent!.id))) await presenceForSession({ db, dialect, onCommit }, req.agent!.id, 'offline', (p) => p !== 'offline');
      // Sockets on other server nodes are closed by their own periodic check.
      sessionSockets.closeAll(tokenHash(token), CLOSE_REASON.signedOut);
    }
    return { ok: true };
  });

  app.get(`${API_PREFIX}/auth/me`, { preHandler: authenticate }, async (req) => {
    const row = await db.selectFrom('agents').selectAll().where('id', '=', req.agent!.id).executeTakeFirstOrThrow();
    return { agent: agentFromRow(row) };
  });

  app.post(`${API_PREFIX}/sync/push`, { preHandler: authenticate }, async (req) => {
    const body = parse(PushRequest, req.body);
    try {
      return await handlePush({ db, dialect, onCommit }, req.agent!, body);
    } catch (err) {
      if (err instanceof HttpError && err.status === 403) req.log.warn({ agentId: req.agent!.id, clientId: body.clientId }, 'push with another agent’s client id refused');
      if (err instanceof HttpError && err.status === 503) {
        // The error's name and code only: its message may quote the data being written.
        const cause = err.cause as { name?: string; code?: string } | undefined;
        req.log.warn({ agentId: req.agent!.id, clientId: body.clientId, cause: { name: cause?.name, code: cause?.code } }, 'push not applied, the client will retry');
      }
      throw err;
    }
  });

  app.post(`${API_PREFIX}/sync/pull`, { preHandler: authenticate }, async (req) => {
    const body = parse(PullRequest, req.body);
    try {
      return await handlePull({ db, dialect, pageRows: cfg.pullPageRows, pageMs: cfg.pullPageMs }, req.agent!, body);
    } catch (err) {
      if (err instanceof HttpError && err.status === 403) req.log.warn({ agentId: req.agent!.id, clientId: body.clientId }, 'pull with another agent’s client id refused');
      throw err;
    }
  });

  app.get(`${API_PREFIX}/sync/stream`, { websocket: true, preValidation: authenticate }, async (socket, req) => {
    const agent = req.agent!;
    const remove = hub.add(agent.tenantId, socket);
    const forget = sessionSockets.add(req.tokenHash!, socket);
    socket.on('close', () => {
      remove();
      forget();
    });
    socket.on('message', () => undefined); // clients only listen
    const tenant = await db.selectFrom('tenants').select('version').where('id', '=', agent.tenantId).executeTakeFirst();
    if (socket.readyState === 1) socket.send(JSON.stringify({ type: 'poke', version: tenant?.version ?? 0 }));
  });

  app.get(`${API_PREFIX}/reports/kpis`, { preHandler: authenticate }, async (req, reply) => {
    const q = parse(KpiReportQuery, req.query);
    const period = checkReportRequest(req.agent!, q, new Date());
    const answer = await kpis.run(req.agent!.tenantId, period, q.groupBy, q.interval);
    if (q.format === 'json') return answer;
    const csv = answer.series ? kpiSeriesCsv(answer.series) : kpiCsv(answer.rows);
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="kpis-${q.groupBy}.csv"`).send(csv);
  });

  /** The inbound API key's tenant: the key is the organisation's (the first tenant, one organisation per server). */
  const inboundTenant = async (req: FastifyRequest): Promise<string> => {
    if (!cfg.inboundApiKey) throw new HttpError(503, 'not_configured', reason('inbound_off'));
    if (!secretMatches(req.headers['x-api-key'], cfg.inboundApiKey)) throw new HttpError(401, 'unauthorized', reason('inbound_key_required'));
    const tenant = await db.selectFrom('tenants').select('id').orderBy('created_at').executeTakeFirst();
    if (!tenant) throw new HttpError(503, 'no_tenant', reason('no_tenant'));
    return tenant.id;
  };

  app.post(`${API_PREFIX}/inbound/tickets`, async (req) => {
    const tenantId = await inboundTenant(req);
    return createInboundTicket({ db, dialect, onCommit }, tenantId, parse(InboundTicketRequest, req.body));
  });

  app.post(`${API_PREFIX}/inbound/messages`, async (req) => {
    const tenantId = await inboundTenant(req);
    return receiveInboundMessage({ db, dialect, onCommit }, tenantId, parse(InboundMessageRequest, req.body));
  });

  app.post(`${API_PREFIX}/inbound/survey`, async (req) => {
    const tenantId = await inboundTenant(req);
    return receiveInboundSurvey({ db, dialect, onCommit }, tenantId, parse(InboundSurveyRequest, req.body));
  });

  return {
    app,
    hub,
    sessionSockets,
    async close() {
      await sessionSockets.stop();
      await app.close();
      await hub.stop();
      await kpis.close();
    },
  };
}
