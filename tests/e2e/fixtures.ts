// Each test gets its own backend (fresh data dir, demo org) and, per agent, its own browser-edition
// process and browser context. An agent can sit behind a loopback TCP proxy the test cuts and restores:
// the outage is between that agent's main-process services and the server, where a real one would be.
import { test as base, type Browser } from '@playwright/test';
import { startServer, type ServerHandle } from '../support/server-process';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy';
import { startBrowserEdition } from './support/browser-edition';
import { ConsolePage } from './pages/console-page';

export interface Agent {
  console: ConsolePage;
  /** Present when the agent was opened with { cuttable: true }. */
  link: TcpProxy | null;
}

interface Fixtures {
  server: ServerHandle;
  openAgent(email: string, opts?: { cuttable?: boolean }): Promise<Agent>;
}

export const DEMO = {
  tier1: 'agent1@demo.local',
  tier1b: 'agent1b@demo.local',
  tier2: 'specialist2@demo.local',
  supervisor: 'supervisor@demo.local',
  tier1Name: 'Anna Kovács',
} as const;

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; it has none
  server: async ({}, use) => {
    const server = await startServer({ demo: true });
    await use(server);
    await server.stop();
  },
  openAgent: async ({ server, browser }, use) => {
    const cleanups: (() => Promise<void>)[] = [];
    await use(async (email, opts = {}) => {
      const link = opts.cuttable ? await startTcpProxy({ port: server.port }) : null;
      if (link) cleanups.push(() => link.close());
      const edition = await startBrowserEdition(link ? link.url : server.url);
      cleanups.push(() => edition.stop());
      const page = await newPage(browser, cleanups);
      const console = new ConsolePage(page);
      await page.goto(edition.url);
      await console.login.signIn(email, 'demo');
      await console.queue.waitUntilLoaded();
      return { console, link };
    });
    for (const c of cleanups.reverse()) await c();
  },
});

async function newPage(browser: Browser, cleanups: (() => Promise<void>)[]) {
  const context = await browser.newContext();
  cleanups.push(() => context.close());
  return context.newPage();
}

export { expect } from '@playwright/test';
