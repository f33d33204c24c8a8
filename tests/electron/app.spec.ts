// Launches the built app where an Electron binary exists; elsewhere the suite reports why it is skipped.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test, expect, _electron as electron } from '@playwright/test';
import { startServer, type ServerHandle } from '../support/server-process';

function electronBinary(): string | null {
  try {
    // The electron package exports the path of its downloaded binary; it throws when there is none.
    const path = createRequire(__filename)('electron') as unknown as string;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
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
  test.skip(!binary, 'no Electron binary here: the electron package could not download its runtime');
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
