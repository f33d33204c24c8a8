// The one validating dispatcher: Electron IPC and the browser edition's WebSocket both call it, so every
// request is checked against the contract here, once, before any handler runs.
import { ApiRequests, type ApiRequestName, type BridgeError } from '../../shared/api';
import { reason, type Reason } from '../../shared/reasons';
import { validationReason } from '../../shared/validation-reason';
import { BackendError } from '../services/backend-client';
import { ApiFailure, type ApiHandlers } from './handlers';

export type DispatchResult = { ok: true; value: unknown } | { ok: false; error: BridgeError };

export async function dispatch(handlers: ApiHandlers, name: unknown, rawInput: unknown): Promise<DispatchResult> {
  if (typeof name !== 'string' || !Object.hasOwn(ApiRequests, name)) {
    // The name is the caller's: passed on only when it is a plain identifier.
    const known = typeof name === 'string' && /^[A-Za-z0-9_.]{1,64}$/.test(name) ? name : '';
    return { ok: false, error: { code: 'invalid', ...reason('unknown_request', { name: known }) } };
  }
  const n = name as ApiRequestName;
  const parsed = ApiRequests[n].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid', ...validationReason(parsed.error) } };
  }
  try {
    // The union of all inputs narrows to this name's input at runtime: parsed with its own schema above.
    const value = await handlers.handle(n, parsed.data as never);
    return { ok: true, value };
  } catch (err) {
    return { ok: false, error: toBridgeError(err) };
  }
}

export function toBridgeError(err: unknown): BridgeError {
  if (err instanceof ApiFailure) return { code: err.code, ...err.why };
  if (err instanceof BackendError) {
    // The server's reason travels on when it gave one; otherwise main says what it knows.
    const orElse = (fallback: Reason): Reason => (err.why.reason === 'unknown' ? fallback : err.why);
    switch (err.kind) {
      case 'offline':
        return { code: 'offline', ...err.why };
      case 'unauthorized':
        return { code: 'unauthorized', ...orElse(reason('signed_out')) };
      case 'server':
        return { code: 'server', ...orElse(reason('server_problem')) };
      default:
        if (err.status === 413) return { code: 'too_large', ...err.why };
        return { code: err.status === 403 ? 'forbidden' : 'invalid', ...err.why };
    }
  }
  // Never a stack trace across the bridge; the details stay in main's log.
  console.error('request failed:', err instanceof Error ? err.message : String(err));
  return { code: 'internal', ...reason('console_failed') };
}
