// Launches the built app where an Electron binary exists; elsewhere the suite reports why it is skipped.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test, expect, _electron as electron } from '@playwright/test';
import { startServer, type ServerHandle } from '../support/server-process';

// Reads where the electron package put its binary (path.txt) instead of require('electron'), which in
// Electron 45 tries to download a missing binary on first use.
function electronBinary(): string | null {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const p = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, process.platform === 'win32' ? 'electron.exe' : 'electron');
    return existsSync(p) ? p : null;
  }
  const dir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
let server: ServerHandle | undefined;

test.beforeAll(async () => {
  if (binary) server = await startServer({ demo: true });
});
test.afterAll(async () => {
  await server?.stop();
});

test('the desktop app opens hardened at the login screen', async () => {
  const why = 'no Electron binary here: node_modules/electron has no downloaded runtime (path.txt/dist missing)';
  if (!binary) console.log(`skipped: ${why}`);
  test.skip(!binary, why);
  const app = await electron.launch({
    executablePath: binary!,
    args: ['.'],
    env: { ...process.env, CONSOLE_SERVER_URL: server!.url },
  });
  try {
    const page = await app.firstWindow();
    expect(page.url()).toMatch(/^app:\/\/console\//);
    await expect(page.getByTestId('login-email')).toBeVisible();
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => Object.keys((globalThis as { consoleApi?: object }).consoleApi ?? {}).sort())).toEqual(['on', 'request']);
    const popup = await page.evaluate(() => window.open('https://example.com') === null);
    expect(popup).toBe(true);
  } finally {
    await app.close();
  }
});
