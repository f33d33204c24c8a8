// Launches the built app where an Electron binary exists; elsewhere the suite reports why it is skipped.
import { test, expect, _electron as electron } from '@playwright/test';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';
import { startServer, type ServerHandle } from '../support/server-process';

const found = findElectronBinary();
const binary = found.path;
let server: ServerHandle | undefined;

test.beforeAll(async () => {
  if (binary) server = await startServer({ demo: true });
});
test.afterAll(async () => {
  await server?.stop();
});

test('the desktop app opens hardened at the login screen', async () => {
  if (!binary) console.log(`skipped: no Electron binary here: ${'reason' in found ? found.reason : ''}`);
  test.skip(!binary, `no Electron binary here (${'reason' in found ? found.reason : ''}); the browser edition suites cover the product`);
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
