// A ConsoleApi that calls the handlers directly, through dispatch() so validation is exercised (tests).
import type { ApiEventName, ApiEventPayload, ConsoleApi } from '../../shared/api';
import { dispatch } from './dispatch';
import type { ApiHandlers } from './handlers';

export function createInProcessApi(handlers: ApiHandlers): ConsoleApi {
  return {
    async request(name, input) {
      // Structured clone, as IPC would: the renderer never shares objects with main.
      const res = await dispatch(handlers, name, structuredClone(input));
      if (!res.ok) throw Object.assign(new Error(res.error.reason), res.error);
      return res.value as never;
    },
    on<N extends ApiEventName>(name: N, listener: (payload: ApiEventPayload<N>) => void) {
      return handlers.subscribe((n, payload) => {
        if (n === name) listener(structuredClone(payload) as ApiEventPayload<N>);
      });
    },
  };
}
