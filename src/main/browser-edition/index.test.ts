// The browser edition's start-up refuses a backend address the console must not use, and says why.
import { spawn } from 'node:child_process';
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
