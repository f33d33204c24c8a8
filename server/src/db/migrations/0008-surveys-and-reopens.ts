// 0008: what the KPIs need that the data did not hold.
// - surveys: CSAT (1–5) and NPS (0–10) answers per ticket, from an external system ('inbound') or, later,
//   recorded by the agent ('agent').
// - ticket_reopens: a ticket leaving solved/closed for an open status. Until now a reopen left no trace
//   (solved_at is cleared and the status overwritten), so FCR and the reopen rate could not see it. A
//   trigger writes the row in the same statement as the status change, so every writer — pushes, inbound
//   messages, the demo seed, a writer added later — records it. Reopens before this migration are unknown.
// - indexes for the report's period filters (created in, solved in, answered in) and its reply count.
// Rows go with their ticket (purge deletes tickets: the cascade follows).
import { sql, type Kysely } from 'kysely';

export const name = 'surveys-and-reopens';

const CLOSED = `('solved', 'closed')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  // Placeholders tell the dialects apart: $1 on PostgreSQL, ? on SQLite.
  const postgres = sql`select ${1}`.compile(db).sql.includes('$1');
  await db.schema
    .createTable('surveys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('ticket_id', 'text', (c) => c.notNull().references('tickets.id').onDelete('cascade'))
    .addColumn('csat', 'integer')
    .addColumn('nps', 'integer')
    .addColumn('comment', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('surveys_tenant_at').on('surveys').columns(['tenant_id', 'at']).execute();
  await db.schema.createIndex('surveys_ticket').on('surveys').columns(['ticket_id']).execute();

  await db.schema
    .createTable('ticket_reopens')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('ticket_id', 'text', (c) => c.notNull().references('tickets.id').onDelete('cascade'))
    .addColumn('from_status', 'text', (c) => c.notNull())
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ticket_reopens_ticket').on('ticket_reopens').columns(['ticket_id']).execute();

  await db.schema.createIndex('tickets_tenant_created').on('tickets').columns(['tenant_id', 'created_at']).execute();
  await db.schema.createIndex('tickets_tenant_solved').on('tickets').columns(['tenant_id', 'solved_at']).execute();
  // The report reads each ticket's public replies: from this index alone, never the message bodies.
  await db.schema.createIndex('messages_tenant_kind_ticket').on('messages').columns(['tenant_id', 'kind', 'ticket_id', 'created_at']).execute();

  const insert = `insert into ticket_reopens (tenant_id, ticket_id, from_status, to_status, at)
    values (new.tenant_id, new.id, old.status, new.status, new.updated_at);`;
  if (postgres) {
    await sql
      .raw(
        `create function record_ticket_reopen() returns trigger language plpgsql as $$
         begin
           if old.status in ${CLOSED} and new.status not in ${CLOSED} then ${insert} end if;
           return new;
         end $$`,
      )
      .execute(db);
    await sql.raw(`create trigger tickets_reopen after update of status on tickets for each row execute function record_ticket_reopen()`).execute(db);
  } else {
    await sql
      .raw(`create trigger tickets_reopen after update of status on tickets
        when old.status in ${CLOSED} and new.status not in ${CLOSED}
        begin ${insert} end`)
      .execute(db);
  }
}
