// Queue reads over a large local replica, in Debian's Chromium with its real IndexedDB: the replica's own
// schema, write path and queue queries, bundled from src/renderer/db. Prints milliseconds per read.
// Run: npm run bench:queue  (env: TICKETS=100000, CHROMIUM=/usr/bin/chromium)
// First sync, reload and local edits: SYNC=100000 [EDITS=2000] npm run bench:queue (TICKETS too to run both).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const SYNC = Number(process.env.SYNC ?? 0);
const EDITS = Number(process.env.EDITS ?? 2000);
const SIZES = (process.env.TICKETS ?? (SYNC ? '' : '10000,100000')).split(',').filter(Boolean).map(Number);

async function main(): Promise<void> {
  const bundle = await build({
    entryPoints: [resolve(import.meta.dirname, 'queue-replica/page.ts')],
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
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    if (SYNC) await runSync(page, SYNC);
    for (const n of SIZES) {
      const r = await page.evaluate((count) => (globalThis as unknown as { bench: { run(n: number): Promise<Record<string, number>> } }).bench.run(count), n);
      const ms = (k: string) => `${r[k]!.toFixed(1)} ms`;
      console.log(
        `${n} tickets (${r.openInTier1} open in tier 1; filled in ${r.fillSeconds!.toFixed(1)} s): ` +
          `counts ${ms('countsMs')}, first page ${ms('firstPageMs')}, middle page ${ms('middlePageMs')}, ` +
          `"Mine" ${ms('minePageMs')}, filter "refund" (10%) ${ms('filterCommonWordMs')}, "question" (every ticket) ${ms('filterEveryTicketWordMs')}, ` +
          `a customer's name ${ms('filterCustomerNameMs')}, "#number" ${ms('filterRareNumberMs')}, ` +
          `one ticket write ${ms('oneTicketWriteMs')}`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
}

type BenchPage = Awaited<ReturnType<Awaited<ReturnType<typeof chromium.launch>>['newPage']>>;

async function runSync(page: BenchPage, n: number): Promise<void> {
  const r = await page.evaluate(
    ([count, edits]) => (globalThis as unknown as { bench: { runSync(n: number, e: number): Promise<Record<string, number>> } }).bench.runSync(count!, edits!),
    [n, EDITS],
  );
  const f = (k: string, d = 1) => r[k]!.toFixed(d);
  console.log(
    `first sync of ${n} tickets through applyPulled: ${f('syncRowsPerS', 0)} tickets/s in ${f('syncSeconds')} s ` +
      `(raw IndexedDB insert of the same rows ${f('rawRowsPerS', 0)}/s, ratio ${f('ratio', 2)}; with the replica's indexes ${f('rawIndexedRowsPerS', 0)}/s, ratio ${f('ratioIndexed', 2)}; with them but no _words index ${f('rawNoWordsRowsPerS', 0)}/s), first page in ${f('firstPageInMs', 0)} ms, word index built after it in ${f('wordsSeconds')} s, ` +
      `longest task ${f('longestTaskMs', 0)} ms, ${r.tasksOver50} tasks > 50 ms`,
  );
  console.log(
    `reload → first queue rows ${f('reloadFirstRowsMs')} ms (bare Dexie read of 50 rows ${f('bareReadMs')} ms); ` +
      `one local edit ${f('oneEditMs')} ms to a ticket in the window on screen, ${f('oneEditOutsideMs')} ms to one outside it, ${f('oneEditQuietMs')} ms with no live query (a 100-row queue window reads in ${f('windowMs')} ms), ` +
      `${EDITS} edits one after another ${f('editsSeconds', 2)} s (${r.liveRuns} live query runs; ${f('quietEditMs')} ms each with no live query) ` +
      `filter "refund" ${f('filterRefundMs')} ms`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
