// A console whose backend address main refused (plain http off this computer) says so before anyone
// types a password, instead of "cannot reach the server".
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SessionInfo } from '../../shared/api';
import { App } from '../app/app';
import { createFakeConsoleApi } from '../test-support/fake-console-api';

describe('refused backend address', () => {
  it('names the address and the reason on the sign-in screen', async () => {
    const api = createFakeConsoleApi();
    const refused: SessionInfo = { agent: null, serverUrl: 'http://10.0.0.5:4010', secureStorage: true, edition: 'desktop', backendRefused: 'insecure_backend_url' };
    const request = api.request.bind(api);
    api.request = (async (name: string, input: unknown) => (name === 'session.info' ? refused : request(name as never, input as never))) as typeof api.request;
    render(<App api={api} open={() => Promise.reject(new Error('a refused backend opens no replica'))} />);
    const text = (await screen.findByTestId('login-error')).textContent ?? '';
    expect(text).toContain('http://10.0.0.5:4010');
    expect(text).toContain('unencrypted');
  });
});
