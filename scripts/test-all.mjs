// `npm test`: every check and suite, in order, then one closing line `N passed, N failed, N skipped`.
// Checks (typecheck, lint, build) count as one test each; vitest and Playwright report their own cases.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const tmp = mkdtempSync(join(tmpdir(), 'console-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(label, cmd, args, env = {}) {
  const started = Date.now();
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`=== ${label}: exit ${r.status ?? r.signal} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return r.status === 0;
}

function check(label, cmd, args) {
  if (run(label, cmd, args)) totals.passed++;
  else {
    totals.failed++;
    failures.push(label);
  }
}

function countVitest(file, label, ok) {
  if (!existsSync(file)) {
    totals.failed++;
    failures.push(`${label} (no report: the runner crashed)`);
    return;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  for (const suite of report.testResults ?? []) {
    for (const t of suite.assertionResults ?? []) {
      if (t.status === 'passed') totals.passed++;
      else if (t.status === 'failed') {
        totals.failed++;
        failures.push(`${label}: ${t.fullName}`);
      } else totals.skipped++;
    }
    if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) {
      totals.failed++;
      failures.push(`${label}: ${suite.name} (${(suite.message ?? '').split('\n')[0]})`);
    }
  }
  if (!ok && !failures.some((f) => f.startsWith(label))) {
    totals.failed++;
    failures.push(`${label} (runner failed)`);
  }
}

function countPlaywright(file, label, ok) {
  if (!existsSync(file)) {
    totals.failed++;
    failures.push(`${label} (no report: the runner crashed)`);
    return;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        const last = t.results?.[t.results.length - 1];
        if (t.status === 'skipped' || last?.status === 'skipped') totals.skipped++;
        else if (t.status === 'expected' || t.status === 'flaky') totals.passed++;
        else {
          totals.failed++;
          failures.push(`${label}: ${spec.title}`);
        }
      }
    }
    for (const s of suite.suites ?? []) walk(s);
  };
  for (const s of report.suites ?? []) walk(s);
  for (const e of report.errors ?? []) {
    totals.failed++;
    failures.push(`${label}: ${String(e.message ?? e).split('\n')[0]}`);
  }
  if (!ok && !failures.some((f) => f.startsWith(label))) {
    totals.failed++;
    failures.push(`${label} (runner failed)`);
  }
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
check('typecheck', 'npm', ['run', '-s', 'typecheck']);
check('lint', 'npm', ['run', '-s', 'lint']);
check('build', 'npm', ['run', '-s', 'build']);

const vitestJson = join(tmp, 'vitest.json');
const vitestOk = run('vitest', npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
countVitest(vitestJson, 'vitest', vitestOk);

const pwJson = join(tmp, 'playwright.json');
const pwOk = run('playwright', npx, ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson });
countPlaywright(pwJson, 'playwright', pwOk);

if (failures.length) {
  console.log('\nFailed:');
  for (const f of failures) console.log(`- ${f}`);
}
if (totals.skipped) console.log(`\n${totals.skipped} skipped (each prints its reason above)`);
// The closing line CI reads.
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
