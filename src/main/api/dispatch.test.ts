import { describe, expect, it } from 'vitest';
import { reason } from '../../shared/reasons';
import { createMainServices } from '../services';
import { BackendError } from '../services/backend-client';
import { createMemorySecretStore } from '../services/secret-store-memory';
import { dispatch } from './dispatch';
import { ApiFailure, createApiHandlers, type ApiHandlers } from './handlers';
import { createInProcessApi } from './in-process';

// Points at a closed port: nothing here may need the network.
const services = () => createMainServices({ serverUrl: 'http://127.0.0.1:9', secrets: createMemorySecretStore(), edition: 'browser' });

describe('dispatch', () => {
  it('refuses unknown request names without calling a handler', async () => {
    const calls: string[] = [];
    const handlers: ApiHandlers = { handle: async (n) => (calls.push(n), { ok: true }) as never, subscribe: () => () => {} };
    for (const name of ['nope', '__proto__', 'constructor', 42, null]) {
      const r = await dispatch(handlers, name, {});
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid' } });
    }
    expect(calls).toEqual([]);
  });

  it('parses the input with the contract schema: bad payloads never reach a handler', async () => {
    const calls: unknown[] = [];
    const handlers: ApiHandlers = { handle: async (_n, input) => (calls.push(input), { ok: true }) as never, subscribe: () => () => {} };
    const bad: [string, unknown][] = [
      ['session.login', { email: 'not-an-email', password: 'x' }],
      ['session.login', { email: 'a@b.lv', password: 'x', extra: 1 }],
      ['sync.pull', { agentId: '0193a000-0000-7000-8000-0000000000a1', clientId: '0193a000-0000-7000-8000-0000000000c1', cursor: -1, ackedMutationId: 0 }],
      ['sync.push', { agentId: '0193a000-0000-7000-8000-0000000000a1', clientId: '0193a000-0000-7000-8000-0000000000c1', mutations: [] }],
      ['sync.pull', { agentId: '0193a000-0000-7000-8000-0000000000a1', clientId: 'x', cursor: null, ackedMutationId: 0 }],
      ['session.info', { sneaky: true }],
      ['app.openExternal', { url: 'not a url' }],
    ];
    for (const [name, input] of bad) {
      const r = await dispatch(handlers, name, input);
      expect(r.ok, name).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('invalid');
    }
    expect(calls).toEqual([]);
    expect(await dispatch(handlers, 'sync.pull', { agentId: '0193a000-0000-7000-8000-0000000000a1', clientId: '0193a000-0000-7000-8000-0000000000c1', cursor: 3, ackedMutationId: 1 })).toEqual({ ok: true, value: { ok: true } });
  });

  it('maps failures to reasons, never to stack traces', async () => {
    const throwing = (err: unknown): ApiHandlers => ({ handle: async () => Promise.reject(err), subscribe: () => () => {} });
    const internal = await dispatch(throwing(new TypeError('x is undefined at foo.ts:12')), 'session.logout', {});
    expect(internal).toEqual({ ok: false, error: { code: 'internal', reason: 'console_failed', params: {} } });
    expect(await dispatch(throwing(new BackendError('offline', reason('unreachable'))), 'session.logout', {})).toMatchObject({ ok: false, error: { code: 'offline', reason: 'unreachable' } });
    expect(await dispatch(throwing(new ApiFailure('unauthorized', reason('sign_in_first'))), 'session.logout', {})).toEqual({
      ok: false,
      error: { code: 'unauthorized', reason: 'sign_in_first', params: {} },
    });
    // The server's reason travels on; a 401 without one is "signed out".
    const tooMany = new BackendError('invalid', reason('too_many_attempts', { seconds: 30 }), 429);
    expect(await dispatch(throwing(tooMany), 'session.logout', {})).toEqual({ ok: false, error: { code: 'invalid', reason: 'too_many_attempts', params: { seconds: 30 } } });
    expect(await dispatch(throwing(new BackendError('unauthorized', reason('unknown'), 401)), 'session.logout', {})).toMatchObject({ error: { code: 'unauthorized', reason: 'signed_out' } });
  });

  it('carries requests and errors through the in-process ConsoleApi', async () => {
    const s = services();
    const api = createInProcessApi(createApiHandlers(s));
    expect(await api.request('session.info', {})).toEqual({ agent: null, serverUrl: 'http://127.0.0.1:9', secureStorage: true, edition: 'browser' });
    const ids = { agentId: '0193a000-0000-7000-8000-0000000000a1', clientId: '0193a000-0000-7000-8000-0000000000c1' };
    await expect(api.request('sync.push', { ...ids, mutations: [{ id: 1, name: 'setPresence', args: { presence: 'busy' } }] })).rejects.toMatchObject({ code: 'unauthorized' });
    await expect(api.request('session.login', { email: 'a@b.lv', password: 'pw' })).rejects.toMatchObject({ code: 'offline' });
    // @ts-expect-error: a name outside the contract is refused at runtime too
    await expect(api.request('session.steal', {})).rejects.toMatchObject({ code: 'invalid' });
    await s.dispose();
  });
});
