// Renderer entry: pick the bridge to main (preload in Electron, loopback WebSocket in the browser
// edition), then mount the console.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getConsoleBridge } from './bridge';
import { openReplica } from './db';
import { workerSync } from './sync-loop/worker-host';
import { App } from './app/app';
import { strings } from './i18n';
import './styles/app.css';

async function boot(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  try {
    const bridge = await getConsoleBridge();
    const open = (_api: unknown, agent: Parameters<typeof openReplica>[0]['agent']) =>
      openReplica({ agent, sync: ({ dbName, actor }) => workerSync({ dbName, actor, ...bridge.workerLink() }) });
    root.render(
      <StrictMode>
        <App api={bridge.api} open={open} />
      </StrictMode>,
    );
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    root.render(
      <main className="login">
        <p role="alert" className="field-error">
          {strings.login.noBridge(message)}
        </p>
      </main>,
    );
  }
}

void boot();
