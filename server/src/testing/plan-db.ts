// For plan tests only: the demo organisation in a fresh database, and `explain` for a compiled query —
// SQLite's EXPLAIN QUERY PLAN details, or PostgreSQL's EXPLAIN lines with sequential scans priced out (so a
// small demo table does not make one look cheapest). `log` sees every query the Kysely instance runs.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type CompiledQuery, type LogConfig } from 'kysely';
import pg from 'pg';
import { createDatabase } from '../../../tests/support/postgres';
import { migrate, openDatabase, type Db } from '../db/database';
import type { Schema } from '../db/schema';
import { seedDemo } from '../seed/demo';

export interface PlanDb {
  db: Db;
  explain(q: CompiledQuery): Promise<string[]>;
  close(): Promise<void>;
}

export async function openPlanDb(dialect: 'sqlite' | 'postgres', log?: LogConfig): Promise<PlanDb> {
  const databaseUrl = dialect === 'postgres' ? await createDatabase() : null;
  const dataDir = mkdtempSync(join(tmpdir(), 'console-plans-'));
  const seeded = openDatabase({ dataDir, databaseUrl });
  await migrate(seeded.db);
  await seedDemo(seeded.db);
  await seeded.db.destroy();
  if (dialect === 'sqlite') {
    const file = new Database(join(dataDir, 'console.sqlite'));
    const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: file }), ...(log ? { log } : {}) });
    return {
      db,
      explain: async (q) => (file.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...(q.parameters as unknown[])) as { detail: string }[]).map((r) => r.detail),
      close: () => db.destroy(),
    };
  }
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: databaseUrl!, max: 2 }) }), ...(log ? { log } : {}) });
  const plain = new pg.Pool({ connectionString: databaseUrl!, max: 1 });
  return {
    db,
    async explain(q) {
      const c = await plain.connect();
      try {
        await c.query('begin');
        await c.query('set local enable_seqscan = off');
        const r = await c.query<{ 'QUERY PLAN': string }>(`explain ${q.sql}`, q.parameters as unknown[]);
        await c.query('rollback');
        return r.rows.map((x) => x['QUERY PLAN']);
      } finally {
        c.release();
      }
    },
    async close() {
      await db.destroy();
      await plain.end();
    },
  };
}
