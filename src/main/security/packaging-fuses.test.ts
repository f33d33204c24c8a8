// The packaged app's Electron fuses, read from electron-builder.yml and checked against electron-builder's
// own schema, so a misspelt key cannot silently leave a fuse at Electron's default.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const requireFromRoot = createRequire(join(ROOT, 'package.json'));
const yaml = requireFromRoot('js-yaml') as { load(text: string): unknown };
const config = yaml.load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as { electronFuses?: Record<string, unknown>; asar?: unknown };
const scheme = JSON.parse(readFileSync(join(ROOT, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as {
  definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
};

describe('electron-builder fuses', () => {
  it('turns off every way to run the binary as a plain Node or attach a debugger, and pins the code to the asar', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // Only-from-asar needs an asar to load.
    expect(config.asar).toBe(true);
  });

  it('uses only keys electron-builder knows, and the whole file passes its own validation', async () => {
    const known = Object.keys(scheme.definitions.FuseOptionsV1.properties);
    for (const key of Object.keys(config.electronFuses ?? {})) expect(known, key).toContain(key);
    const { validateConfiguration } = requireFromRoot('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration(cfg: unknown, debug: { get(): null; set(): void }): Promise<void>;
    };
    await expect(validateConfiguration(config, { get: () => null, set: () => undefined })).resolves.toBeUndefined();
  });
});
