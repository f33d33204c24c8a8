// End-to-end suites: the browser edition in Debian's Chromium (Playwright cannot download browsers here)
// and the Electron app where an Electron binary exists.
import { defineConfig } from '@playwright/test';

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: 'tests',
  globalSetup: './tests/e2e/support/build-once.ts',
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  projects: [
    {
      name: 'e2e',
      testDir: 'tests/e2e',
      use: {
        launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
        // The English suites do not depend on the machine's language (the console follows the OS language).
        locale: 'en-US',
        trace: 'retain-on-failure',
      },
    },
    { name: 'electron', testDir: 'tests/electron' },
  ],
});
