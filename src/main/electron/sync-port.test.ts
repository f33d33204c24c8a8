// The desktop sync worker's MessagePort, against a fake Electron: only our own top frame gets one, and
// the port carries the contract's frames through dispatch() (validated) plus the service events.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiHandlers } from '../api/handlers';
import { emitReady, FakeWebContents, ipcMain, resetFakeElectron, type FakeMessagePortMain } from './fake-electron';
import { exposeSyncPorts, SYNC_PORT } from './sync-port';

vi.mock('electron', () => import('./fake-electron'));

type Listener = Parameters<ApiHandlers['subscribe']>[0];
let listeners: Listener[];
let handle: ReturnType<typeof vi.fn>;
let dispose: () => void;

beforeEach(() => {
  resetFakeElectron();
  emitReady();
  listeners = [];
  handle = vi.fn(async () => ({ agent: null, serverUrl: 'http://127.0.0.1:4010', secureStorage: true, edition: 'desktop' }));
  const handlers: ApiHandlers = {
    handle: handle as unknown as ApiHandlers['handle'],
    subscribe: (l) => {
      listeners.push(l);
      return () => (listeners = listeners.filter((x) => x !== l));
    },
  };
  dispose = exposeSyncPorts(handlers, null);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  dispose();
  vi.restoreAllMocks();
});

/** The page's end of the port main posted, what arrives on it, and a wait for the n-th frame. */
function ask(url: string, top = true): { port: FakeMessagePortMain | null; frames: unknown[]; received(n: number): Promise<void> } {
  const wc = new FakeWebContents(url);
  ipcMain.sendFrom(SYNC_PORT, wc, top ? wc.mainFrame : ({ url } as never));
  const port = wc.posted.find((p) => p.channel === SYNC_PORT)?.ports[0] ?? null;
  const frames: unknown[] = [];
  const waiters: { n: number; ok: () => void }[] = [];
  port?.on('message', (e: { data: string }) => {
    frames.push(JSON.parse(e.data));
    for (const w of waiters.filter((x) => x.n <= frames.length)) w.ok();
  });
  port?.start();
  const received = (n: number) => new Promise<void>((ok) => (frames.length >= n ? ok() : waiters.push({ n, ok })));
  return { port, frames, received };
}

describe('sync ports', () => {
  it('gives our top frame a port that answers requests through the validating dispatcher', async () => {
    const { port, frames, received } = ask('app://console/index.html');
    expect(port).not.toBeNull();
    port!.postMessage(JSON.stringify({ t: 'req', id: 1, name: 'session.info', input: {} }));
    port!.postMessage(JSON.stringify({ t: 'req', id: 2, name: 'sync.pull', input: { cursor: 'x' } }));
    await received(2);
    expect(frames).toContainEqual({ t: 'res', id: 1, ok: true, value: expect.objectContaining({ edition: 'desktop' }) });
    expect(frames).toContainEqual({ t: 'res', id: 2, ok: false, error: expect.objectContaining({ code: 'invalid' }) });
    expect(handle).toHaveBeenCalledTimes(1);
  });

  it('forwards service events while the port is open, and none after it closed', async () => {
    const { port, frames, received } = ask('app://console/index.html');
    listeners.forEach((l) => l('sync.poke', { version: 3 }));
    await received(1);
    expect(frames).toEqual([{ t: 'evt', name: 'sync.poke', payload: { version: 3 } }]);
    port!.close();
    expect(listeners).toHaveLength(0);
  });

  it('refuses a port to another origin or a subframe', () => {
    expect(ask('https://evil.example/').port).toBeNull();
    expect(ask('app://console/index.html', false).port).toBeNull();
  });
});
