// The browser edition's start-up refuses a backend address the console must not use, and says why.
import { spawn } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');

function start(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ['--import', 'tsx', 'src/main/browser-edition/index.ts'], { cwd: ROOT, env: { ...process.env, PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    p.stdout.on('data', (d: Buffer) => {
      output += d.toString();
      if (/console ready at/.test(output)) p.kill('SIGTERM');
    });
    p.stderr.on('data', (d: Buffer) => (output += d.toString()));
    p.on('exit', (code) => resolve({ code, output }));
  });
}

describe('browser edition start-up', () => {
  it('refuses plain http to another host unless CONSOLE_ALLOW_INSECURE_BACKEND=1', async () => {
    const refused = await start({ CONSOLE_SERVER_URL: 'http://10.0.0.5:4010', CONSOLE_ALLOW_INSECURE_BACKEND: '' });
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/browser edition failed to start: The console will not connect to http:\/\/10\.0\.0\.5:4010.*https:\/\//);
    const allowed = await start({ CONSOLE_SERVER_URL: 'http://10.0.0.5:4010', CONSOLE_ALLOW_INSECURE_BACKEND: '1' });
    expect(allowed.output).toMatch(/console ready at http:\/\/127\.0\.0\.1:\d+\/#k=/);
  });
});

describe('browser edition restart', () => {
  it('with CONSOLE_DATA_DIR, comes back on the same address (port and access key) from 0600 files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'edition-'));
    const env = { CONSOLE_SERVER_URL: 'http://127.0.0.1:9', CONSOLE_DATA_DIR: dir };
    const first = /console ready at (\S+)/.exec((await start(env)).output)?.[1];
    const second = /console ready at (\S+)/.exec((await start(env)).output)?.[1];
    expect(first).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#k=[A-Za-z0-9_-]{32,}$/);
    expect(second).toBe(first);
    expect(statSync(join(dir, 'bridge.json')).mode & 0o777).toBe(0o600);
    // Without a data dir nothing outlives the process: a new key each time.
    const a = /#k=(\S+)/.exec((await start({ CONSOLE_SERVER_URL: 'http://127.0.0.1:9' })).output)?.[1];
    const b = /#k=(\S+)/.exec((await start({ CONSOLE_SERVER_URL: 'http://127.0.0.1:9' })).output)?.[1];
    expect(a).not.toBe(b);
  });
});
