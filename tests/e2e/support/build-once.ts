// Every suite runs against the built app (out/), the same files the Electron shell and the browser
// edition serve; build once per run so a stale out/ never hides a change.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

export default function buildOnce(): void {
  if (process.env.E2E_SKIP_BUILD === '1') return;
  execFileSync(resolve('node_modules/.bin/electron-vite'), ['build'], { stdio: 'ignore' });
}
