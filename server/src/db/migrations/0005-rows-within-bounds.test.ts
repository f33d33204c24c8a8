// Migration 0005 on SQLite and PostgreSQL: rows written before the contract's bounds (control characters,
// 60 tags, a javascript: link, over-long names and e-mail) come out inside them, with a new version so
// workstations receive them again; rows already inside are left alone. The oracle is the contract itself.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, Customer, Escalation, HistoryEntry, Message, Ticket, uuidv7 } from '../../../../src/shared/index';
import { createDatabase } from '../../../../tests/support/postgres';
import { DEMO_TENANT_ID, seedDemo } from '../../seed/demo';
import { agentFromRow, customerFromRow, escalationFromRow, historyFromRow, messageFromRow, ticketFromRow } from '../../sync/rows';
import { migrate, openDatabase, type OpenedDb } from '../database';
import { up } from './0005-rows-within-bounds';

describe.each(['sqlite', 'postgres'] as const)('migration 0005 on %s', (dialect) => {
  let opened: OpenedDb;
  beforeAll(async () => {
    const databaseUrl = dialect === 'postgres' ? await createDatabase() : null;
    opened = openDatabase({ dataDir: mkdtempSync(join(tmpdir(), 'console-0005-')), databaseUrl });
    await migrate(opened.db);
    await seedDemo(opened.db);
  });
  afterAll(() => opened?.db.destroy());

  /** Every row the contract refuses, as "table id: what". */
  async function outsideContract(): Promise<string[]> {
    const { db } = opened;
    const checks = [
      ['tickets', Ticket, (await db.selectFrom('tickets').selectAll().execute()).map(ticketFromRow)],
      ['messages', Message, (await db.selectFrom('messages').selectAll().execute()).map(messageFromRow)],
      ['customers', Customer, (await db.selectFrom('customers').selectAll().execute()).map(customerFromRow)],
      ['agents', Agent, (await db.selectFrom('agents').selectAll().execute()).map(agentFromRow)],
      ['escalations', Escalation, (await db.selectFrom('escalations').selectAll().execute()).map(escalationFromRow)],
      ['history', HistoryEntry, (await db.selectFrom('history').selectAll().execute()).map(historyFromRow)],
    ] as const;
    return checks.flatMap(([table, schema, rows]) =>
      rows.flatMap((r: { id: string }) => {
        const parsed = schema.safeParse(r);
        return parsed.success ? [] : [`${table} ${r.id}: ${parsed.error.issues.map((i) => i.path.join('.')).join(', ')}`];
      }),
    );
  }

  it('brings every row inside the contract, re-versions what it changed and leaves the rest alone', async () => {
    const { db } = opened;
    // PostgreSQL never stored a NUL (it refused it); SQLite did.
    const ctl = dialect === 'sqlite' ? '\u0000' : '\u0001';
    const tickets = await db.selectFrom('tickets').select(['id', 'version']).orderBy('id').limit(3).execute();
    const [dirty, badLink, kept] = tickets.map((t) => t.id) as [string, string, string];
    const tags = Array.from({ length: 60 }, (_, i) => `tag${i}`);
    await db.updateTable('tickets').set({ subject: `Router${ctl}reboots`, tags: JSON.stringify(tags), engineering_link: 'javascript:alert(1)' }).where('id', '=', dirty).execute();
    await db.updateTable('tickets').set({ engineering_link: 'https://user:secret@tracker.example.com/ENG-1' }).where('id', '=', badLink).execute();
    await db.updateTable('tickets').set({ engineering_link: 'https://tracker.example.com/ENG-7' }).where('id', '=', kept).execute();
    const message = (await db.selectFrom('messages').select('id').where('ticket_id', '=', dirty).executeTakeFirstOrThrow()).id;
    await db.updateTable('messages').set({ body: `a\u0007b${ctl}`, author_name: 'N'.repeat(130) }).where('id', '=', message).execute();
    const customer = (await db.selectFrom('customers').select('id').executeTakeFirstOrThrow()).id;
    const longEmail = `${'a'.repeat(250)}@example.com`;
    await db.updateTable('customers').set({ name: `Ann\u0008a`, notes: `vip${ctl}`, email: longEmail, email_norm: longEmail }).where('id', '=', customer).execute();
    const agent = (await db.selectFrom('agents').select('id').executeTakeFirstOrThrow()).id;
    await db.updateTable('agents').set({ name: '😀'.repeat(130) }).where('id', '=', agent).execute();
    const escalation = (await db.selectFrom('escalations').select('id').executeTakeFirstOrThrow()).id;
    await db.updateTable('escalations').set({ reason: `r\u001f` }).where('id', '=', escalation).execute();
    const history = uuidv7();
    await db
      .insertInto('history')
      .values({ id: history, tenant_id: DEMO_TENANT_ID, ticket_id: dirty, customer_id: null, field: 'f'.repeat(50), old_value: '"a"', new_value: '"b"', by_agent_id: agent, at: new Date().toISOString(), version: 1 })
      .execute();
    const changed = [`tickets ${dirty}`, `tickets ${badLink}`, `messages ${message}`, `customers ${customer}`, `agents ${agent}`, `escalations ${escalation}`, `history ${history}`];
    expect((await outsideContract()).map((f) => f.split(':')[0]).sort()).toEqual([...changed].sort());
    const v0 = (await db.selectFrom('tenants').select('version').where('id', '=', DEMO_TENANT_ID).executeTakeFirstOrThrow()).version;
    const keptVersion = tickets[2]!.version;

    await db.transaction().execute((tx) => up(tx as unknown as Kysely<unknown>));

    expect(await outsideContract()).toEqual([]);
    const v1 = (await db.selectFrom('tenants').select('version').where('id', '=', DEMO_TENANT_ID).executeTakeFirstOrThrow()).version;
    expect(v1).toBe(v0 + 1);
    const t = await db.selectFrom('tickets').selectAll().where('id', 'in', [dirty, badLink, kept]).orderBy('id').execute();
    expect(t.map((r) => [r.subject.includes('\uFFFD'), JSON.parse(r.tags), r.engineering_link, r.version])).toEqual([
      [true, tags.slice(0, 50), null, v1],
      [false, JSON.parse(t[1]!.tags), null, v1],
      [false, JSON.parse(t[2]!.tags), 'https://tracker.example.com/ENG-7', keptVersion],
    ]);
    expect(t[0]!.subject).toBe('Router\uFFFDreboots');
    const m = await db.selectFrom('messages').selectAll().where('id', '=', message).executeTakeFirstOrThrow();
    expect([m.body, m.author_name, m.version]).toEqual(['a\uFFFDb\uFFFD', 'N'.repeat(120), v1]);
    const c = await db.selectFrom('customers').selectAll().where('id', '=', customer).executeTakeFirstOrThrow();
    expect([c.name, c.notes, c.email, c.email_norm, c.version]).toEqual(['Ann\uFFFDa', 'vip\uFFFD', null, null, v1]);
    // Cut to 120 characters, never inside one (an emoji is two UTF-16 units).
    expect((await db.selectFrom('agents').select('name').where('id', '=', agent).executeTakeFirstOrThrow()).name).toBe('😀'.repeat(120));

    // Once is enough: a second run finds nothing to do.
    await db.transaction().execute((tx) => up(tx as unknown as Kysely<unknown>));
    expect((await db.selectFrom('tenants').select('version').where('id', '=', DEMO_TENANT_ID).executeTakeFirstOrThrow()).version).toBe(v1);
    expect((await sql<{ n: number }>`select count(*) as n from schema_migrations where id = 5`.execute(db)).rows[0]!.n).toBe(1);
  });
});
