// One SQL layer over both stores: SQLite (a file in DATA_DIR, the default) and PostgreSQL (DATABASE_URL).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import { MIGRATIONS } from './migrations/index';
import type { Schema } from './schema';

export type Db = Kysely<Schema>;
export type Tx = Transaction<Schema>;
export type Dialect = 'sqlite' | 'postgres';

export interface OpenedDb {
  db: Db;
  dialect: Dialect;
  /** PostgreSQL only: a pool the poke fan-out can LISTEN on. */
  pgPool: pg.Pool | null;
}

/** The SQLite database file of a data directory (the KPI worker opens it too, read-only). */
export const sqliteFileIn = (dataDir: string): string => join(dataDir, 'console.sqlite');

export function openDatabase(opts: { dataDir: string; databaseUrl: string | null }): OpenedDb {
  if (opts.databaseUrl) {
    // Counts and versions are integers; keep them numbers rather than strings.
    pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    return { db: new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) }), dialect: 'postgres', pgPool: pool };
  }
  mkdirSync(opts.dataDir, { recursive: true });
  const file = new Database(sqliteFileIn(opts.dataDir));
  file.pragma('journal_mode = WAL');
  // NORMAL in WAL mode survives a killed process (only an OS crash can lose the last commits).
  file.pragma('synchronous = NORMAL');
  file.pragma('busy_timeout = 5000');
  file.pragma('foreign_keys = ON');
  return { db: new Kysely<Schema>({ dialect: new SqliteDialect({ database: file }) }), dialect: 'sqlite', pgPool: null };
}

export async function migrate(db: Db): Promise<number[]> {
  await db.schema
    .createTable('schema_migrations')
    .ifNotExists()
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .execute();
  const applied = new Set((await db.selectFrom('schema_migrations').select('id').execute()).map((r) => r.id));
  const ran: number[] = [];
  for (const m of MIGRATIONS) {
    if (applied.has(m.id)) continue;
    await db.transaction().execute(async (tx) => {
      await m.up(tx as unknown as Kysely<unknown>);
      await tx
        .insertInto('schema_migrations')
        .values({ id: m.id, name: m.name, applied_at: new Date().toISOString() })
        .execute();
    });
    ran.push(m.id);
  }
  return ran;
}

/** Lock the tenant row for the rest of the transaction (PostgreSQL); SQLite has one writer anyway. */
export async function lockTenant(tx: Tx, dialect: Dialect, tenantId: string) {
  const q = tx.selectFrom('tenants').selectAll().where('id', '=', tenantId);
  const row = await (dialect === 'postgres' ? q.forUpdate() : q).executeTakeFirst();
  if (!row) throw new Error('tenant not found');
  return row;
}

export async function ping(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}
