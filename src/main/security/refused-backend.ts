// The API for a console whose backend address was refused (see backend-url.ts): the window opens on the
// sign-in screen, sign-in answers why, and nothing ever connects — not even to resume a stored session,
// since no session service is created.
import type { ApiOutput, ApiRequestName } from '../../shared/api';
import { reason } from '../../shared/reasons';
import { ApiFailure, type ApiHandlers, type ApiParsedInput } from '../api/handlers';

type Impl = { [N in ApiRequestName]: (input: ApiParsedInput<N>) => Promise<ApiOutput<N>> };

export function refusedBackendHandlers(opts: {
  serverUrl: string;
  /** Why the address was refused; the sign-in screen words it (with the address from session.info). */
  code: 'invalid_backend_url' | 'insecure_backend_url';
  secureStorage: () => boolean;
  openExternal?: (url: string) => Promise<boolean>;
}): ApiHandlers {
  const OK = { ok: true } as const;
  // 'offline' is the nearest code the contract has: the console will not reach this server.
  const refuse = async (): Promise<never> => {
    throw new ApiFailure('offline', reason('backend_refused', { why: opts.code }));
  };
  const signInFirst = async (): Promise<never> => {
    throw new ApiFailure('unauthorized', reason('sign_in_first'));
  };
  const impl: Impl = {
    'session.info': async () => ({ agent: null, serverUrl: opts.serverUrl, secureStorage: opts.secureStorage(), edition: 'desktop', backendRefused: opts.code }),
    'session.login': refuse,
    'session.logout': async () => OK,
    'sync.push': signInFirst,
    'sync.pull': signInFirst,
    'reports.kpis': signInFirst,
    'reports.kpisCsv': signInFirst,
    'app.openExternal': async ({ url }) => ({ ok: opts.openExternal ? await opts.openExternal(url) : false }),
  };
  return {
    handle(name, input) {
      return impl[name](input);
    },
    subscribe: () => () => undefined,
  };
}
