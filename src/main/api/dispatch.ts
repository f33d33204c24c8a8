// The one validating dispatcher: Electron IPC and the browser edition's WebSocket both call it, so every
// request is checked against the contract here, once, before any handler runs.
import { z } from 'zod';
import { ApiRequests, type ApiRequestName, type BridgeError } from '../../shared/api';
import { BackendError } from '../services/backend-client';
import { ApiFailure, type ApiHandlers } from './handlers';

export type DispatchResult = { ok: true; value: unknown } | { ok: false; error: BridgeError };

export async function dispatch(handlers: ApiHandlers, name: unknown, rawInput: unknown): Promise<DispatchResult> {
  if (typeof name !== 'string' || !Object.hasOwn(ApiRequests, name)) {
    return { ok: false, error: { code: 'invalid', message: `unknown request "${String(name).slice(0, 64)}"` } };
  }
  const n = name as ApiRequestName;
  const parsed = ApiRequests[n].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid', message: `${n}: ${z.prettifyError(parsed.error)}` } };
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
  if (err instanceof ApiFailure) return { code: err.code, message: err.message };
  if (err instanceof BackendError) {
    switch (err.kind) {
      case 'offline':
        return { code: 'offline', message: 'The server cannot be reached. Check the network and try again.' };
      case 'unauthorized':
        return { code: 'unauthorized', message: err.status === 401 ? 'Wrong email or password, or the session has expired.' : err.message };
      case 'server':
        return { code: 'server', message: 'The server had a problem. Try again in a moment.' };
      default:
        if (err.status === 413) return { code: 'too_large', message: err.message };
        return { code: err.status === 403 ? 'forbidden' : 'invalid', message: err.message };
    }
  }
  // Never a stack trace across the bridge; the details stay in main's log.
  console.error('request failed:', err instanceof Error ? err.message : String(err));
  return { code: 'internal', message: 'Something went wrong in the console. Try again.' };
}
