// The browser edition's SecretStore: the session in a 0600 file in its data dir, so a restart of the
// edition (npm start's console service, an e2e kill) keeps the agent signed in while the session is valid.
// This is the browser edition's trade-off: the token is protected by file permissions only, not by the
// OS keychain. The Electron app keeps using safeStorage (src/main/electron).
import type { SecretStore } from '../services/ports';
import { readPrivate, removePrivate, writePrivate } from './file-store';

const FILE = 'session.json';

export function createFileSecretStore(dir: string): SecretStore {
  return {
    load: () => readPrivate(dir, FILE),
    save: (value) => writePrivate(dir, FILE, value),
    clear: () => removePrivate(dir, FILE),
    // Not plain text for anyone but this OS user, and the agent is not asked to sign in on every restart:
    // the "no secure storage, you will sign in again" warning would say something untrue here.
    isSecure: () => true,
  };
}
