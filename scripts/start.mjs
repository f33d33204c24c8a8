// `npm start`: build, start the embedded backend (SQLite, demo organisation seeded on the first run and
// kept afterwards), then open the Electron console — or, where no Electron runtime exists, serve the
// browser edition on 127.0.0.1 and print its address. A backend or console service that stops is started
// again; Ctrl+C stops everything this started.
import { spawn, spawnSync } from 'node:child_process';
import { findElectronBinary } from './electron-binary.mjs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => resolve(root, 'node_modules/.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const children = [];
let stopping = false;

function stopAll(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

/**
 * Starts a child, resolves with the first stdout line matching `ready`, and keeps it running: a child that
 * stops after it was ready is started again (backoff up to 10 s), so the console service outlives a backend
 * restart and an open page reconnects to a restarted console service. One that never got ready stops all.
 */
function superviseChild(label, cmd, args, env, ready) {
  return new Promise((resolveReady, reject) => {
    let wasReady = false;
    let failures = 0;
    const launch = () => {
      const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
      children.push(child);
      let buffer = '';
      let up = false;
      child.stdout.on('data', (d) => {
        const text = d.toString();
        process.stdout.write(`[${label}] ${text}`);
        buffer += text;
        const m = up ? null : ready.exec(buffer);
        if (!m) return;
        up = true;
        failures = 0;
        if (!wasReady) {
          wasReady = true;
          resolveReady({ match: m });
        }
      });
      child.on('exit', (code, signal) => {
        children.splice(children.indexOf(child), 1);
        if (stopping) return;
        if (!wasReady) {
          console.error(`[${label}] stopped (exit ${code ?? signal}).`);
          reject(new Error(`${label} exited`));
          stopAll(code ?? 1);
          return;
        }
        const delay = Math.min(10_000, 500 * 2 ** failures++);
        console.error(`[${label}] stopped (exit ${code ?? signal}); starting it again in ${delay / 1000} s.`);
        setTimeout(() => !stopping && launch(), delay);
      });
    };
    launch();
  });
}

async function main() {
  console.log('Building the console…');
  const build = spawnSync(bin('electron-vite'), ['build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('The build failed (see above). Fix it, then run npm start again.');
    process.exit(1);
  }
  const port = process.env.PORT ?? '4010';
  const dataDir = process.env.DATA_DIR ?? '.data/server';
  console.log(`Starting the backend on port ${port} (SQLite in ${dataDir}; demo organisation)…`);
  const { match } = await superviseChild(
    'server',
    process.execPath,
    ['--import', 'tsx', 'server/src/index.ts'],
    { DEMO: '1', DATA_DIR: dataDir, PORT: port, HOST: '127.0.0.1' },
    /listening on (http:\/\/\S+)/,
  );
  const serverUrl = match[1];
  const found = findElectronBinary(root);
  const electron = found.path;
  if (electron) {
    const app = spawn(electron, ['.'], { cwd: root, stdio: 'inherit', env: { ...process.env, CONSOLE_SERVER_URL: serverUrl } });
    children.push(app);
    app.on('exit', () => stopAll(0));
    return;
  }
  console.log(`No Electron runtime on this machine (${found.reason}): serving the browser edition instead.`);
  // Its data dir keeps the session, the page's access key and the port across its own restarts.
  const edition = await superviseChild(
    'console',
    process.execPath,
    ['--import', 'tsx', 'src/main/browser-edition/index.ts'],
    { CONSOLE_SERVER_URL: serverUrl, PORT: process.env.CONSOLE_PORT ?? '4011', CONSOLE_DATA_DIR: process.env.CONSOLE_DATA_DIR ?? '.data/console' },
    /console ready at (http:\/\/\S+)/,
  );
  console.log(`\n  Open the console: ${edition.match[1]}\n  Sign in as agent1@demo.local / demo (more accounts on the login screen). Ctrl+C stops.\n`);
}

main().catch((err) => {
  console.error(err.message);
  stopAll(1);
});
