// Runs the browser edition (main-process services in plain Node) as its own process, the way
// `npm start` runs it, pointed at a given backend URL. With a data dir it can be killed and started again
// on the same address (port and access key) and session, as npm start's supervisor does.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export interface BrowserEdition {
  /** http://127.0.0.1:PORT/#k=SECRET */
  url: string;
  stop(): Promise<void>;
  /** Ends the process at once (no clean shutdown), as a crash would. */
  kill(): Promise<void>;
  /** Starts it again over the same data dir; resolves when it is ready (at the same url). */
  restart(): Promise<void>;
}

export async function startBrowserEdition(serverUrl: string, opts: { dataDir?: string } = {}): Promise<BrowserEdition> {
  let child: ChildProcess | null = null;
  const launch = () =>
    new Promise<{ p: ChildProcess; url: string }>((ok, fail) => {
      const p = spawn(process.execPath, ['--import', 'tsx', 'src/main/browser-edition/index.ts'], {
        cwd: resolve(__dirname, '../../..'),
        env: { ...process.env, CONSOLE_SERVER_URL: serverUrl, PORT: '0', ...(opts.dataDir ? { CONSOLE_DATA_DIR: opts.dataDir } : {}) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      const timer = setTimeout(() => fail(new Error(`browser edition did not start in 30 s:\n${out}`)), 30_000);
      p.stderr!.on('data', (d: Buffer) => (out += d.toString()));
      p.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /console ready at (http:\/\/127\.0\.0\.1:\d+\/#k=\S+)/.exec(out);
        if (m?.[1]) {
          clearTimeout(timer);
          ok({ p, url: m[1] });
        }
      });
      p.once('exit', (code) => {
        clearTimeout(timer);
        fail(new Error(`browser edition exited with ${code}:\n${out}`));
      });
    });
  const end = (signal: NodeJS.Signals) =>
    new Promise<void>((done) => {
      const p = child;
      if (!p || p.exitCode !== null || p.signalCode !== null) return done();
      p.once('exit', () => done());
      p.kill(signal);
    });
  const first = await launch();
  child = first.p;
  return {
    url: first.url,
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
    async restart() {
      await end('SIGTERM');
      const next = await launch();
      child = next.p;
      if (next.url !== first.url) throw new Error(`the browser edition came back at ${next.url}, not ${first.url}`);
    },
  };
}
