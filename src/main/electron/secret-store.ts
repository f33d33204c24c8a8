// The session token at rest: encrypted with the OS keychain through safeStorage, in userData.
// Where the OS offers no real encryption (Linux's "basic_text" backend is plain text with a fixed key)
// the token is never written: the store reports itself insecure, the console says so, and the agent
// signs in again at the next start.
import { chmod, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, safeStorage } from 'electron';
import type { SecretStore } from '../services';

export function createSafeStorageSecretStore(): SecretStore {
  const file = join(app.getPath('userData'), 'session.bin');
  const secure = () => {
    if (!safeStorage.isEncryptionAvailable()) return false;
    if (process.platform === 'linux') return safeStorage.getSelectedStorageBackend() !== 'basic_text';
    return true;
  };
  return {
    async load() {
      try {
        if (!secure()) return null;
        return safeStorage.decryptString(await readFile(file));
      } catch {
        return null;
      }
    },
    async save(value) {
      if (!secure()) {
        // Never write the token in the clear, and do not keep one an older version wrote that way.
        await rm(file, { force: true });
        return;
      }
      await writeFile(file, safeStorage.encryptString(value), { mode: 0o600 });
      await chmod(file, 0o600); // `mode` applies only when the file is created
    },
    async clear() {
      await rm(file, { force: true });
    },
    isSecure: secure,
  };
}
