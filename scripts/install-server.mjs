// The backend is its own package so that its native modules (better-sqlite3) are built for Node,
// never rebuilt for Electron by electron-builder. Installing the console installs the server too.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const useCi = process.env.npm_command === 'ci' && existsSync('server/package-lock.json');
const args = [useCi ? 'ci' : 'install', '--no-audit', '--no-fund', '--prefix', 'server'];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const r = spawnSync(npm, args, { stdio: 'inherit' });
process.exit(r.status ?? 1);
