// The browser edition: the main-process services in plain Node, serving the console to a browser on
// 127.0.0.1. Used by `npm start` where no Electron runtime exists, and by the end-to-end suites.
// With CONSOLE_DATA_DIR it keeps its session, bridge secret and port there (0600 files), so an open page
// and its signed-in agent survive a restart of this process; without it, nothing outlives the process.
import { resolve } from 'node:path';
import { createApiHandlers } from '../api/handlers';
import { createMainServices } from '../services';
import { createMemorySecretStore } from '../services/secret-store-memory';
import { backendUrlPolicy, checkBackendUrl } from '../security/backend-url';
import { loadBridgeIdentity, saveBridgeIdentity } from './bridge-identity';
import { startBridgeServer, type BridgeServer } from './bridge-server';
import { createFileSecretStore } from './secret-store-file';

async function main() {
  // Never packaged: plain http beyond this computer only with CONSOLE_ALLOW_INSECURE_BACKEND=1.
  const verdict = checkBackendUrl(process.env.CONSOLE_SERVER_URL ?? 'http://127.0.0.1:4010', backendUrlPolicy(false, process.env));
  if (!verdict.ok) throw new Error(verdict.reason);
  const dataDir = process.env.CONSOLE_DATA_DIR ? resolve(process.env.CONSOLE_DATA_DIR) : null;
  const secrets = dataDir ? createFileSecretStore(dataDir) : createMemorySecretStore();
  const services = createMainServices({ serverUrl: verdict.url, secrets, edition: 'browser' });
  const handlers = createApiHandlers(services);
  const rendererDir = resolve(process.env.RENDERER_DIR ?? 'out/renderer');
  const asked = Number(process.env.PORT ?? 0);
  const identity = dataDir ? await loadBridgeIdentity(dataDir) : null;
  const listen = (port: number) => startBridgeServer({ handlers, rendererDir, port, secret: identity?.secret });
  let bridge: BridgeServer;
  if (asked || !identity?.port) bridge = await listen(asked);
  else {
    // PORT unset or 0: the last run's port if it is still free (an open page is on that origin), else any.
    bridge = await listen(identity.port).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'EADDRINUSE') throw err;
      console.warn(`browser edition: port ${identity.port} is taken; open the new address below`);
      return listen(0);
    });
  }
  if (dataDir) await saveBridgeIdentity(dataDir, { secret: bridge.secret, port: bridge.port });
  console.log(`console ready at ${bridge.url}`);
  const stop = async () => {
    await bridge.close();
    await services.dispose();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((err: Error) => {
  console.error(`browser edition failed to start: ${err.message}`);
  process.exit(1);
});
