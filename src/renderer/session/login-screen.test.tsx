import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { SessionInfo } from '../../shared/api';
import { agent } from '../test-support/builders';
import { createFakeConsoleApi } from '../test-support/fake-console-api';
import { LoginScreen } from './login-screen';

const signedIn = (): SessionInfo => ({ agent: agent(1), serverUrl: 'http://127.0.0.1:1', secureStorage: true, edition: 'browser' });

describe('login screen', () => {
  it('hints the demo accounts', () => {
    render(<LoginScreen api={createFakeConsoleApi()} onSignedIn={() => {}} />);
    const hint = screen.getByTestId('demo-hint').textContent ?? '';
    for (const a of ['agent1@demo.local', 'specialist2@demo.local', 'specialist3@demo.local', 'supervisor@demo.local', 'demo']) {
      expect(hint).toContain(a);
    }
  });

  it('says which role each demo account has', () => {
    render(<LoginScreen api={createFakeConsoleApi()} onSignedIn={() => {}} />);
    const items = Array.from(screen.getByTestId('demo-hint').querySelectorAll('li')).map((li) => li.textContent?.replace(/\s+/g, ' '));
    expect(items).toEqual([
      'agent1@demo.local · tier 1 agent',
      'specialist2@demo.local · tier 2 specialist',
      'specialist3@demo.local · tier 3 specialist',
      'supervisor@demo.local · supervisor',
    ]);
  });

  it('says "wrong email or password" when the server refuses', async () => {
    const user = userEvent.setup();
    render(<LoginScreen api={createFakeConsoleApi()} onSignedIn={() => {}} />);
    await user.type(screen.getByLabelText('Email'), 'agent1@demo.local');
    await user.type(screen.getByLabelText('Password'), 'nope');
    await user.click(screen.getByTestId('login-submit'));
    expect((await screen.findByTestId('login-error')).textContent).toBe('Wrong email or password.');
  });

  it('says the server cannot be reached when main is offline', async () => {
    const user = userEvent.setup();
    const api = createFakeConsoleApi({
      login: () => {
        throw Object.assign(new Error('ECONNREFUSED'), { code: 'offline' });
      },
    });
    render(<LoginScreen api={api} onSignedIn={() => {}} />);
    await user.type(screen.getByLabelText('Email'), 'agent1@demo.local');
    await user.type(screen.getByLabelText('Password'), 'demo{Enter}');
    expect((await screen.findByTestId('login-error')).textContent).toBe('Cannot reach the server — check the network.');
  });

  it.each([
    [{ code: 'invalid', reason: 'too_many_attempts', params: { seconds: 30 } }, 'Too many sign-in attempts; try again in 30 s.'],
    [{ code: 'server', reason: 'sign_in_busy', params: {} }, 'The server is busy signing others in; try again in a moment.'],
  ])('says why the server turned the sign-in away (%o), from its reason', async (error, words) => {
    const user = userEvent.setup();
    const api = createFakeConsoleApi({
      login: () => {
        throw Object.assign(new Error(error.reason), error);
      },
    });
    render(<LoginScreen api={api} onSignedIn={() => {}} />);
    await user.type(screen.getByLabelText('Email'), 'agent1@demo.local');
    await user.type(screen.getByLabelText('Password'), 'demo{Enter}');
    expect((await screen.findByTestId('login-error')).textContent).toBe(words);
  });

  it('signs in with the session main returns', async () => {
    const user = userEvent.setup();
    const onSignedIn = vi.fn();
    render(<LoginScreen api={createFakeConsoleApi({ login: signedIn })} onSignedIn={onSignedIn} />);
    await user.type(screen.getByLabelText('Email'), 'agent1@demo.local');
    await user.type(screen.getByLabelText('Password'), 'demo{Enter}');
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(signedIn()));
  });
});
