// 0006: scope membership an index can answer. A row per (ticket, scope key): '*' for every ticket (the
// supervisors' scope), 't1'..'t3' for each tier the ticket has been in, 'a:<agentId>' for its assignee and
// each participant. writeEffects keeps it in step on every ticket write; this backfills what exists.
// closed_at (the ticket's updated_at while it is closed) lets the history window be checked in the index;
// thread_rows (messages, escalations and history of the ticket) lets a first sync count what it will send
// without reading the threads. Rows go with their ticket (purge deletes tickets: the cascade follows).
import { sql, type Kysely } from 'kysely';

export const name = 'ticket-scopes';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ticket_scopes')
    .addColumn('ticket_id', 'text', (c) => c.notNull().references('tickets.id').onDelete('cascade'))
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('thread_rows', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('ticket_scopes_pk', ['ticket_id', 'scope'])
    .execute();
  // A first sync walks one scope key in (customer, ticket) order; closed_at and thread_rows ride along
  // so counting a scope reads this index only.
  await db.schema
    .createIndex('ticket_scopes_walk')
    .on('ticket_scopes')
    .columns(['tenant_id', 'scope', 'customer_id', 'ticket_id', 'closed_at', 'thread_rows'])
    .execute();
  // A customer's own history (edits of the card, no ticket) travels with the card.
  await db.schema.createIndex('history_customer_card').on('history').columns(['tenant_id', 'customer_id']).where(sql.ref('ticket_id'), 'is', null).execute();
  await backfill(db);
}

/** The scope rows of every ticket there is, from its columns, participants and threads. */
export async function backfill(db: Kysely<unknown>): Promise<void> {
  const closed = sql`case when t.status = 'closed' then t.updated_at else null end`;
  const keys = [
    sql`select t.id, '*' as scope from tickets t`,
    ...[1, 2, 3].map((tier) => sql`select t.id, ${sql.lit(`t${tier}`)} as scope from tickets t where (t.tier_mask & ${sql.lit(1 << tier)}) <> 0`),
    sql`select t.id, 'a:' || t.assignee_id as scope from tickets t where t.assignee_id is not null`,
    sql`select p.ticket_id as id, 'a:' || p.agent_id as scope from ticket_participants p`,
  ];
  await sql`
    insert into ticket_scopes (ticket_id, scope, tenant_id, customer_id, closed_at, thread_rows)
    select distinct k.id, k.scope, t.tenant_id, t.customer_id, ${closed}, 0
    from (${sql.join(keys, sql` union `)}) k join tickets t on t.id = k.id`.execute(db);
  const count = (table: string) => sql`(select count(*) from ${sql.table(table)} x where x.ticket_id = ticket_scopes.ticket_id)`;
  await sql`update ticket_scopes set thread_rows = ${count('messages')} + ${count('escalations')} + ${count('history')}`.execute(db);
}
