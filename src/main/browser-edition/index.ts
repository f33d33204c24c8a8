// The browser edition: the main-process services in plain Node (in-memory secret store), serving the
// console to a browser on 127.0.0.1. Used by `npm start` where no Electron runtime exists, and by the
// end-to-end suites.
import { resolve } from 'node:path';
import { createApiHandlers } from '../api/handlers';
import { createMainServices } from '../services';
import { createMemorySecretStore } from '../services/secret-store-memory';
import { backendUrlPolicy, checkBackendUrl } from '../security/backend-url';
import { startBridgeServer } from './bridge-server';

async function main() {
  // Never packaged: plain http beyond this computer only with CONSOLE_ALLOW_INSECURE_BACKEND=1.
  const verdict = checkBackendUrl(process.env.CONSOLE_SERVER_URL ?? 'http://127.0.0.1:4010', backendUrlPolicy(false, process.env));
  if (!verdict.ok) throw new Error(verdict.reason);
  const services = createMainServices({ serverUrl: verdict.url, secrets: createMemorySecretStore(), edition: 'browser' });
  const handlers = createApiHandlers(services);
  const bridge = await startBridgeServer({
    handlers,
    rendererDir: resolve(process.env.RENDERER_DIR ?? 'out/renderer'),
    port: Number(process.env.PORT ?? 0),
  });
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
