// Sign in with email and password; failures in words, and the demo accounts as a hint.
import { useState, type FormEvent } from 'react';
import type { ConsoleApi, SessionInfo } from '../../shared/api';
import { useStrings, type Strings } from '../i18n';
import { reasonText } from '../messages/reason-text';
import { errorReason } from '../sync-loop/status';
import { bridgeErrorCode } from './bridge-error';

/** Reasons the sign-in screen words by the server's own reason (a wait, a busy server). */
const SAID_BY_REASON = new Set(['too_many_attempts', 'sign_in_busy']);

export function loginErrorText(t: Strings, err: unknown): string {
  const why = errorReason(err);
  if (SAID_BY_REASON.has(why.reason)) return reasonText(why);
  switch (bridgeErrorCode(err)) {
    case 'unauthorized':
    case 'forbidden':
      return t.login.wrongCredentials;
    case 'offline':
      return t.login.offline;
    case 'invalid':
      return t.login.invalid;
    default:
      return t.login.failed;
  }
}

interface LoginScreenProps {
  api: ConsoleApi;
  onSignedIn(info: SessionInfo): void;
  /** A message from an earlier attempt (e.g. the replica could not open). */
  notice?: string | null;
}

export function LoginScreen({ api, onSignedIn, notice }: LoginScreenProps) {
  const t = useStrings();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(notice ?? null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!email.trim() || !password) {
      setError(t.login.invalid);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const info = await api.request('session.login', { email: email.trim(), password });
      if (!info.agent) throw Object.assign(new Error('no agent'), { code: 'unauthorized' });
      onSignedIn(info);
    } catch (err) {
      setError(loginErrorText(t, err));
      setBusy(false);
    }
  };

  return (
    <main className="login">
      <form className="login-card form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="login-title">
        <h1 id="login-title">{t.appName}</h1>
        <h2>{t.login.title}</h2>
        <label htmlFor="login-email">{t.login.email}</label>
        <input
          id="login-email"
          data-testid="login-email"
          type="email"
          autoComplete="username"
          autoFocus
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <label htmlFor="login-password">{t.login.password}</label>
        <input
          id="login-password"
          data-testid="login-password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {error ? (
          <p className="field-error" role="alert" data-testid="login-error">
            {error}
          </p>
        ) : null}
        <button type="submit" className="primary" data-testid="login-submit" disabled={busy}>
          {busy ? t.login.submitting : t.login.submit}
        </button>
        <div className="demo-hint" data-testid="demo-hint">
          <p>{t.login.demoHint}</p>
          <ul>
            {t.login.demoAccounts.map((a) => (
              <li key={a}>
                <code>{a}</code> <span className="muted">· {t.login.demoRoles[a]}</span>
              </li>
            ))}
          </ul>
        </div>
      </form>
    </main>
  );
}
