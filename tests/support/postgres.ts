// A real PostgreSQL for the test run: one cluster per vitest run (global-setup.ts), a fresh database
// per suite. Uses the server binaries directly, so no client library is needed at the root.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PgCluster {
  url: string;
  host: string;
  port: number;
  stop(): void;
}

function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (existsSync(join(root, v, 'bin', 'initdb'))) return join(root, v, 'bin');
  throw new Error('PostgreSQL server binaries not found: install them with `apt-get install -y postgresql` (CI does this in .ci/run)');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      s.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
/** PostgreSQL refuses to run as root: run its binaries as the postgres OS user then. */
function pgRun(bin: string, args: string[]): void {
  const cmd = asRoot ? 'runuser' : bin;
  const full = asRoot ? ['-u', 'postgres', '--', bin, ...args] : args;
  const r = spawnSync(cmd, full, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${bin} ${args[0] ?? ''} failed: ${r.stderr || r.stdout}`);
}

export async function startPostgres(): Promise<PgCluster> {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'console-pg-'));
  chmodSync(dir, 0o777);
  if (asRoot) execFileSync('chown', ['postgres', dir]);
  const data = join(dir, 'data');
  pgRun(join(bin, 'initdb'), ['-D', data, '--auth=trust', '--no-sync', '-U', 'postgres', '-E', 'UTF8']);
  const port = await freePort();
  const opts = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  pgRun(join(bin, 'pg_ctl'), ['-D', data, '-o', opts, '-l', join(dir, 'log'), '-w', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    host: '127.0.0.1',
    port,
    stop() {
      try {
        pgRun(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

let counter = 0;
/** A fresh, empty database on the given cluster (default: the run's cluster from global-setup). */
export async function createDatabase(clusterUrl?: string): Promise<string> {
  const base = clusterUrl ?? process.env.CONSOLE_TEST_PG_URL;
  if (!base) throw new Error('no PostgreSQL for this run: tests/support/global-setup.ts did not start one');
  const u = new URL(base);
  const name = `t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const r = spawnSync(join(binDir(), 'createdb'), ['-h', u.hostname, '-p', u.port, '-U', 'postgres', name], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`createdb failed: ${r.stderr}`);
  u.pathname = `/${name}`;
  return u.toString();
}
