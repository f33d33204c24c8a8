// Migration 0011 on SQLite and PostgreSQL: a ticket answered before it carries its latest answer at a new
// version of its tenant (so replicas pull it), a ticket never answered is left alone, and the database
// itself refuses a score out of range.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../src/shared/index';
import { newTicket } from '../../../../src/shared/new-ticket';
import { createDatabase } from '../../../../tests/support/postgres';
import { ticketFromRow, ticketRow } from '../../sync/rows';
import { openDatabase, type OpenedDb } from '../database';
import { MIGRATIONS } from './index';

describe.each(['sqlite', 'postgres'] as const)('migration 0011 on %s', (dialect) => {
  let opened: OpenedDb;
  const tenant = uuidv7();
  const [answered, silent] = [uuidv7(), uuidv7()];
  beforeAll(async () => {
    const databaseUrl = dialect === 'postgres' ? await createDatabase() : null;
    opened = openDatabase({ dataDir: mkdtempSync(join(tmpdir(), 'console-0011-')), databaseUrl });
    const raw = opened.db as unknown as Kysely<unknown>;
    for (const m of MIGRATIONS.filter((x) => x.id < 11)) await m.up(raw);
    const at = '2026-03-01T10:00:00.000Z';
    await raw
      .insertInto('tenants' as never)
      .values({ id: tenant, name: 'T', version: 7, min_cursor: 0, next_ticket_number: 3, created_at: at } as never)
      .execute();
    for (const [id, number] of [
      [answered, 1],
      [silent, 2],
    ] as const) {
      const t = {
        ...newTicket(at, {
          id,
          subject: 'S',
          channel: 'phone',
          priority: 'normal',
          status: 'solved',
          tier: 1,
          assigneeId: null,
          customerId: uuidv7(),
          customerUnverified: false,
        }),
        number,
        version: 4,
      };
      // The row as the table stood before 0011.
      const { rating_csat: _c, rating_nps: _n, rating_at: _a, rating_source: _s, ...row } = ticketRow(t, tenant);
      await raw
        .insertInto('tickets' as never)
        .values(row as never)
        .execute();
    }
    const survey = (csat: number | null, nps: number | null, source: string, when: string) => ({
      id: uuidv7(),
      tenant_id: tenant,
      ticket_id: answered,
      csat,
      nps,
      comment: null,
      source,
      at: when,
    });
    await raw
      .insertInto('surveys' as never)
      .values([
        survey(5, null, 'inbound', '2026-03-02T10:00:00.000Z'),
        survey(null, 3, 'agent', '2026-03-03T10:00:00.000Z'),
      ] as never)
      .execute();
    await MIGRATIONS.find((x) => x.id === 11)!.up(raw);
  });
  afterAll(() => opened?.db.destroy());

  const ticket = async (id: string) =>
    ticketFromRow(await opened.db.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirstOrThrow());

  it('gives an answered ticket its latest answer at a new version, and leaves the others', async () => {
    const tenantRow = await opened.db
      .selectFrom('tenants')
      .select('version')
      .where('id', '=', tenant)
      .executeTakeFirstOrThrow();
    expect(tenantRow.version).toBe(8);
    expect(await ticket(answered)).toMatchObject({
      rating: { csat: null, nps: 3, at: '2026-03-03T10:00:00.000Z', source: 'agent' },
      version: 8,
    });
    expect(await ticket(silent)).toMatchObject({ rating: null, version: 4 });
  });

  it('refuses a score out of range', async () => {
    await expect(
      opened.db.updateTable('tickets').set({ rating_csat: 6 }).where('id', '=', silent).execute(),
    ).rejects.toThrow();
    await expect(
      opened.db.updateTable('tickets').set({ rating_nps: 11 }).where('id', '=', silent).execute(),
    ).rejects.toThrow();
  });
});
