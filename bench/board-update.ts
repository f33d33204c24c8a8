// The supervisor's wallboard: what one incoming change costs with N open tickets in the replica, in
// Debian's Chromium with its real IndexedDB (the replica's own schema, write path and the board's reads,
// bundled from src/renderer/db). Per kind of change (an inbound ticket, an agent taking one, one solved):
// the write itself, and the board's "update cost": from the write's commit until the last live query
// it woke has its new answer (target under one frame, 16 ms; React's render of the numbers is not in it),
// with each woken group's own run time, and the time from the write's start to the board's new numbers.
// Run: node --import tsx bench/board-update.ts  (env: TICKETS=100000, CHANGES=20, CHROMIUM=/usr/bin/chromium)
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const TICKETS = Number(process.env.TICKETS ?? 100_000);
const CHANGES = Number(process.env.CHANGES ?? 20);

async function main(): Promise<void> {
  const bundle = await build({
    entryPoints: [resolve(import.meta.dirname, 'queue-replica/board-update-page.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'bench',
    platform: 'browser',
    target: 'es2022',
    write: false,
  });
  const js = bundle.outputFiles[0]!.text;
  const server = createServer((req, res) => {
    if (req.url === '/bench.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><script src="/bench.js"></script>');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const r = await page.evaluate(
      ([n, c]) => (globalThis as unknown as { bench: { run(n: number, c: number): Promise<Record<string, number | string>> } }).bench.run(n!, c!),
      [TICKETS, CHANGES],
    );
    const ms = (k: string) => `${Number(r[k]).toFixed(1)} ms`;
    console.log(`${TICKETS} open tickets (filled in ${Number(r.fillSeconds).toFixed(1)} s; ${r.breachedTier1} breached in tier 1): board's first load ${ms('firstLoadMs')}`);
    for (const kind of ['inbound', 'take', 'solve']) {
      console.log(
        `${kind}: write ${ms(`${kind}WriteMs`)}; board update cost p50/p95 ${ms(`${kind}CostP50`)} / ${ms(`${kind}CostP95`)} ` +
          `(re-read: ${r[`${kind}Woken`]}); write start → board updated p50/p95 ${ms(`${kind}LatencyP50`)} / ${ms(`${kind}LatencyP95`)} (${CHANGES} changes)`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
