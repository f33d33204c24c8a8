// The backend process: configuration from the environment, migrations, optional demo seed, then serve.
import { buildApp } from './app';
import { configFromEnv } from './config';
import { migrate, openDatabase } from './db/database';
import { seedDemo } from './seed/demo';

async function main() {
  const cfg = configFromEnv();
  const opened = openDatabase(cfg);
  await migrate(opened.db);
  // stdout carries exactly one line (the readiness line below); everything else goes to stderr.
  if (cfg.demo && (await seedDemo(opened.db))) console.error('seeded the demo organisation');
  const server = await buildApp(cfg, opened);
  const address = await server.app.listen({ host: cfg.host, port: cfg.port });
  const port = new URL(address).port;
  console.error(`storage: ${opened.dialect}`);
  console.log(`listening on http://${cfg.host}:${port}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    await opened.db.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((err: Error) => {
  console.error(`server failed to start: ${err.message}`);
  process.exit(1);
});
