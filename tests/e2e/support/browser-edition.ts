// Runs the browser edition (main-process services in plain Node) as its own process, the way
// `npm start` runs it, pointed at a given backend URL.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export interface BrowserEdition {
  /** http://127.0.0.1:PORT/#k=SECRET */
  url: string;
  stop(): Promise<void>;
}

export function startBrowserEdition(serverUrl: string): Promise<BrowserEdition> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main/browser-edition/index.ts'], {
    cwd: resolve(__dirname, '../../..'),
    env: { ...process.env, CONSOLE_SERVER_URL: serverUrl, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return new Promise((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`browser edition did not start in 30 s:\n${out}`)), 30_000);
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /console ready at (http:\/\/127\.0\.0\.1:\d+\/#k=\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        ok({ url: m[1], stop });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`browser edition exited with ${code}:\n${out}`));
    });
  });
}
