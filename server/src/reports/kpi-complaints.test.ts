// The KPI report's complaint query reads the tickets through (tenant_id, complaint_raised_at), never by
// scanning them: its plan on SQLite (EXPLAIN QUERY PLAN) and PostgreSQL (EXPLAIN, sequential scans
// priced out so the small demo table does not make one look cheapest), over the demo organisation.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type CompiledQuery } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../../tests/support/postgres';
import { migrate, openDatabase, type Db } from '../db/database';
import type { Schema } from '../db/schema';
import { DEMO_TENANT_ID, seedDemo } from '../seed/demo';
import { complaintQuery } from './kpi-complaints';

describe.each(['sqlite', 'postgres'] as const)('the complaint query’s plan on %s', (dialect) => {
  let db: Db;
  let explain: (q: CompiledQuery) => Promise<string[]>;
  let close: () => Promise<void> = async () => undefined;
  beforeAll(async () => {
    const databaseUrl = dialect === 'postgres' ? await createDatabase() : null;
    const dataDir = mkdtempSync(join(tmpdir(), 'console-kpi-complaints-'));
    const seeded = openDatabase({ dataDir, databaseUrl });
    await migrate(seeded.db);
    await seedDemo(seeded.db);
    await seeded.db.destroy();
    if (dialect === 'sqlite') {
      const file = new Database(join(dataDir, 'console.sqlite'));
      db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: file }) });
      explain = async (q) =>
        (file.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...(q.parameters as unknown[])) as { detail: string }[]).map(
          (r) => r.detail,
        );
      close = () => db.destroy();
    } else {
      db = new Kysely<Schema>({
        dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: databaseUrl!, max: 1 }) }),
      });
      const pool = new pg.Pool({ connectionString: databaseUrl!, max: 1 });
      explain = async (q) => {
        const c = await pool.connect();
        try {
          await c.query('begin');
          await c.query('set local enable_seqscan = off');
          const r = await c.query<{ 'QUERY PLAN': string }>(`explain ${q.sql}`, q.parameters as unknown[]);
          await c.query('rollback');
          return r.rows.map((x) => x['QUERY PLAN']);
        } finally {
          c.release();
        }
      };
      close = async () => {
        await db.destroy();
        await pool.end();
      };
    }
  });
  afterAll(() => close());

  it('reads the period’s complaints through the raised-at index', async () => {
    const p = { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z', asOf: '2026-12-01T00:00:00.000Z' };
    const buckets = [
      { day: -1, from: p.from, to: p.to },
      { day: 0, from: p.from, to: '2026-11-02T00:00:00.000Z' },
    ];
    for (const by of ['tier', 'agent', 'channel'] as const) {
      const plan = (await explain(complaintQuery(DEMO_TENANT_ID, p, by, buckets).compile(db))).join('\n');
      if (process.env.SHOW_PLANS) console.log(plan);
      expect(plan, by).toMatch(/tickets_tenant_complaint_raised/);
      expect(plan, by).not.toMatch(/^SCAN t\b|Seq Scan on tickets/m);
    }
  });
});
