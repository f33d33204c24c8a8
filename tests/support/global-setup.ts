// Starts one PostgreSQL cluster for the whole vitest run; workers inherit its URL through the env.
import { startPostgres, type PgCluster } from './postgres';

let cluster: PgCluster | null = null;

export async function setup(): Promise<void> {
  cluster = await startPostgres();
  process.env.CONSOLE_TEST_PG_URL = cluster.url;
}

export async function teardown(): Promise<void> {
  cluster?.stop();
  cluster = null;
}
