// Maps every request of the renderer↔main contract to the services, and forwards service events.
// Inputs arrive already parsed by dispatch(); nothing here trusts the renderer beyond the schema.
import type { z } from 'zod';
import type { ApiEventName, ApiEventPayload, ApiOutput, ApiRequestName, ApiRequests } from '../../shared/api';
import { reason, type Reason } from '../../shared/reasons';
import { MAX_KPI_CSV_CHARS, type KpiReportRequest } from '../../shared/api';
import { MAX_REPORT_DAYS, MAX_SERIES_DAYS } from '../../shared/sync-protocol';
import type { MainServices } from '../services';

export type ApiParsedInput<N extends ApiRequestName> = z.output<(typeof ApiRequests)[N]['input']>;

export interface ApiHandlers {
  handle<N extends ApiRequestName>(name: N, input: ApiParsedInput<N>): Promise<ApiOutput<N>>;
  subscribe(listener: (name: ApiEventName, payload: ApiEventPayload<ApiEventName>) => void): () => void;
}

/** A failure with a code the UI branches on and words for the agent. */
export class ApiFailure extends Error {
  constructor(
    readonly code: 'invalid' | 'unauthorized' | 'forbidden' | 'offline' | 'server' | 'internal',
    readonly why: Reason,
  ) {
    super(why.reason);
  }
}

type Impl = { [N in ApiRequestName]: (input: ApiParsedInput<N>) => Promise<ApiOutput<N>> };
const OK = { ok: true } as const;

export function createApiHandlers(
  services: MainServices,
  opts: { openExternal?: (url: string) => Promise<boolean> } = {},
): ApiHandlers {
  const { session, sync } = services;
  /** Only the signed-in agent's replica syncs: another agent's outbox never travels under this token. */
  const signedInAs = async (agentId: string) => {
    await session.ready();
    if (!session.token() || session.info().agent?.id !== agentId) throw new ApiFailure('unauthorized', reason('sign_in_first'));
  };
  /** A report needs a session, and a period main can bound before asking (the server checks it again). */
  const reportable = async (q: KpiReportRequest) => {
    await session.ready();
    if (!session.token()) throw new ApiFailure('unauthorized', reason('sign_in_first'));
    const days = (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000;
    if (!(days > 0)) throw new ApiFailure('invalid', reason('report_range_backwards'));
    const maxDays = q.interval === 'day' ? MAX_SERIES_DAYS : MAX_REPORT_DAYS;
    if (days > maxDays) throw new ApiFailure('invalid', reason('report_range_too_long', { maxDays }));
  };
  const impl: Impl = {
    'session.info': async () => {
      await session.ready();
      return session.info();
    },
    'session.login': async ({ email, password }) => session.login(email, password),
    'session.logout': async () => {
      await session.logout();
      return OK;
    },
    'sync.push': async ({ agentId, ...req }) => {
      await signedInAs(agentId);
      return sync.push(req);
    },
    'sync.pull': async ({ agentId, ...req }) => {
      await signedInAs(agentId);
      return sync.pull(req);
    },
    'reports.kpis': async (q) => {
      await reportable(q);
      return services.reports.kpis(q);
    },
    'reports.kpisCsv': async (q) => {
      await reportable(q);
      const csv = await services.reports.kpisCsv(q, MAX_KPI_CSV_CHARS);
      return { csv, fileName: `kpis-${q.groupBy}-${q.from.slice(0, 10)}-${q.to.slice(0, 10)}.csv` };
    },
    'app.openExternal': async ({ url }) => ({ ok: opts.openExternal ? await opts.openExternal(url) : false }),
  };
  return {
    handle(name, input) {
      return impl[name](input);
    },
    subscribe(listener) {
      return services.events.subscribe((name, payload) => listener(name, payload as ApiEventPayload<ApiEventName>));
    },
  };
}
