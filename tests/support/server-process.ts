// Runs the real backend as a child process, the way it runs in production, for integration tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createDatabase, freePort } from './postgres';

export interface ServerHandle {
  url: string;
  port: number;
  dataDir: string;
  databaseUrl?: string;
  inboundKey: string;
  /** Everything the process wrote to stdout and stderr so far, across restarts (logs go there). */
  output(): string;
  stop(): Promise<void>;
  kill(signal?: NodeJS.Signals): Promise<void>;
  restart(): Promise<void>;
}

const ROOT = resolve(__dirname, '../..');
const INBOUND_KEY = 'test-inbound-key';

export async function startServer(
  opts: { db?: 'sqlite' | 'postgres'; demo?: boolean; env?: Record<string, string> } = {},
): Promise<ServerHandle> {
  const dataDir = mkdtempSync(join(tmpdir(), 'console-server-'));
  const databaseUrl = opts.db === 'postgres' ? await createDatabase() : undefined;
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    DEMO: opts.demo === false ? '' : '1',
    INBOUND_API_KEY: INBOUND_KEY,
    LOG_LEVEL: 'error',
    ...opts.env,
  };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else delete env.DATABASE_URL;

  let child: ChildProcess | null = null;
  let output = '';
  const launch = () =>
    new Promise<void>((ok, fail) => {
      const p = spawn(process.execPath, ['--import', 'tsx', 'server/src/index.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
      child = p;
      let out = '';
      const timer = setTimeout(() => fail(new Error(`server did not start in 30 s:\n${out}`)), 30_000);
      p.stdout!.on('data', (d: Buffer) => (output += d.toString()));
      p.stderr!.on('data', (d: Buffer) => (output += d.toString()));
      const onData = (d: Buffer) => {
        out += d.toString();
        if (/listening on http:\/\//.test(out)) {
          clearTimeout(timer);
          ok();
        }
      };
      p.stdout!.on('data', onData);
      p.stderr!.on('data', (d: Buffer) => (out += d.toString()));
      p.once('exit', (code) => {
        clearTimeout(timer);
        fail(new Error(`server exited with ${code} before it was ready:\n${out}`));
      });
    });
  const exited = (p: ChildProcess) =>
    new Promise<void>((r) => (p.exitCode !== null || p.signalCode !== null ? r() : p.once('exit', () => r())));

  await launch();
  const handle: ServerHandle = {
    url: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    databaseUrl,
    inboundKey: INBOUND_KEY,
    output: () => output,
    async kill(signal = 'SIGKILL') {
      const p = child;
      if (!p) return;
      p.kill(signal);
      await exited(p);
      child = null;
    },
    async restart() {
      await handle.kill('SIGTERM');
      await launch();
    },
    async stop() {
      await handle.kill('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return handle;
}
