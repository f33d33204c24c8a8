// The browser edition's session file: round trip, readable by this OS user only, gone on sign-out.
import { mkdtempSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileSecretStore } from './secret-store-file';

describe('file secret store', () => {
  it('keeps the session across instances in a 0600 file in a 0700 dir, and clears it', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'secrets-')), 'console');
    const a = createFileSecretStore(dir);
    expect(await a.load()).toBeNull();
    await a.save('{"token":"t1"}');
    await a.save('{"token":"t2"}');
    // A new process reads what the last one wrote.
    expect(await createFileSecretStore(dir).load()).toBe('{"token":"t2"}');
    expect(statSync(join(dir, 'session.json')).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    await a.clear();
    expect(existsSync(join(dir, 'session.json'))).toBe(false);
    expect(await createFileSecretStore(dir).load()).toBeNull();
  });
});
