// Contract tests for the session token at rest against a fake safeStorage (see fake-electron.ts), with a
// temporary directory as userData.
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emitReady, resetFakeElectron, safeStorage } from './fake-electron';
import { createSafeStorageSecretStore } from './secret-store';

vi.mock('electron', () => import('./fake-electron'));

const TOKEN = 'sess_4f7c1d2e9a_top-secret-token';
let userData: string;
const file = () => join(userData, 'session.bin');
const realPlatform = process.platform;
const setPlatform = (p: NodeJS.Platform) => Object.defineProperty(process, 'platform', { value: p, configurable: true });

beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'console-secrets-'));
  resetFakeElectron(userData);
  emitReady();
});
afterEach(() => {
  setPlatform(realPlatform);
  rmSync(userData, { recursive: true, force: true });
});

describe('createSafeStorageSecretStore where encryption is real', () => {
  it.each<[NodeJS.Platform, typeof safeStorage.backend]>([
    ['linux', 'gnome_libsecret'],
    ['linux', 'kwallet6'],
    ['darwin', 'unknown'],
    ['win32', 'unknown'],
  ])('on %s (%s) saves encrypted bytes with mode 0600 and loads the token back', async (platform, backend) => {
    setPlatform(platform);
    safeStorage.backend = backend;
    const store = createSafeStorageSecretStore();
    expect(store.isSecure()).toBe(true);
    await store.save(TOKEN);
    const bytes = readFileSync(file());
    expect(bytes.includes(Buffer.from(TOKEN))).toBe(false);
    expect(bytes.includes(Buffer.from('top-secret'))).toBe(false);
    expect(safeStorage.decryptString(bytes)).toBe(TOKEN);
    if (realPlatform !== 'win32') expect(statSync(file()).mode & 0o777).toBe(0o600);
    expect(await store.load()).toBe(TOKEN);
  });

  it('replaces an earlier token, and tightens a file left readable by others to 0600', async () => {
    const store = createSafeStorageSecretStore();
    await store.save('first-token-that-is-longer');
    if (realPlatform !== 'win32') chmodSync(file(), 0o644);
    await store.save(TOKEN);
    expect(await store.load()).toBe(TOKEN);
    if (realPlatform !== 'win32') expect(statSync(file()).mode & 0o777).toBe(0o600);
  });

  it('clear removes the file, and clearing twice is fine', async () => {
    const store = createSafeStorageSecretStore();
    await store.save(TOKEN);
    await store.clear();
    expect(existsSync(file())).toBe(false);
    expect(await store.load()).toBeNull();
    await expect(store.clear()).resolves.toBeUndefined();
  });

  it('loads null when nothing was saved or the file is not ours', async () => {
    const store = createSafeStorageSecretStore();
    expect(await store.load()).toBeNull();
    writeFileSync(file(), TOKEN); // plain text, e.g. planted or from a broken write: not decryptable
    expect(await store.load()).toBeNull();
  });
});

describe('createSafeStorageSecretStore where encryption is not real', () => {
  const insecure: [string, () => void][] = [
    [
      "Linux's basic_text backend",
      () => {
        setPlatform('linux');
        safeStorage.backend = 'basic_text';
      },
    ],
    [
      'encryption unavailable (Linux)',
      () => {
        setPlatform('linux');
        safeStorage.available = false;
      },
    ],
    [
      'encryption unavailable (Windows)',
      () => {
        setPlatform('win32');
        safeStorage.available = false;
      },
    ],
  ];

  it.each(insecure)('with %s: isSecure() is false, save writes nothing, load returns null', async (_what, arrange) => {
    arrange();
    const store = createSafeStorageSecretStore();
    expect(store.isSecure()).toBe(false);
    await store.save(TOKEN);
    expect(existsSync(file())).toBe(false);
    expect(await store.load()).toBeNull();
  });

  it('does not hand out a token saved while encryption was still available', async () => {
    setPlatform('linux');
    await createSafeStorageSecretStore().save(TOKEN);
    safeStorage.backend = 'basic_text';
    expect(await createSafeStorageSecretStore().load()).toBeNull();
  });

  it('a save where storage is not secure removes a token file an older version left behind', async () => {
    writeFileSync(file(), 'token written by an older version with basic_text');
    setPlatform('linux');
    safeStorage.backend = 'basic_text';
    await createSafeStorageSecretStore().save(TOKEN);
    expect(existsSync(file())).toBe(false);
  });

  it('clear still removes a token left from an earlier, secure run', async () => {
    await createSafeStorageSecretStore().save(TOKEN);
    safeStorage.available = false;
    await createSafeStorageSecretStore().clear();
    expect(existsSync(file())).toBe(false);
  });
});
