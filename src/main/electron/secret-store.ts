// The session token at rest: encrypted with the OS keychain through safeStorage, in userData.
// Where Linux offers only the "basic_text" backend the store still works but reports itself insecure,
// so the console shows a visible warning.
import { readFile, rm, writeFile } from 'node:fs/promises';
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
        const data = await readFile(file);
        return safeStorage.isEncryptionAvailable() ? safeStorage.decryptString(data) : null;
      } catch {
        return null;
      }
    },
    async save(value) {
      if (!safeStorage.isEncryptionAvailable()) return; // never write the token in the clear
      await writeFile(file, safeStorage.encryptString(value), { mode: 0o600 });
    },
    async clear() {
      await rm(file, { force: true });
    },
    isSecure: secure,
  };
}
