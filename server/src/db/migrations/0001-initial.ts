// 0001: the whole first schema. Later changes are new numbered files; never edit an applied one.
import type { Kysely } from 'kysely';

export const name = 'initial';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('tenants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('min_cursor', 'integer', (c) => c.notNull())
    .addColumn('next_ticket_number', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('agents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('tier', 'integer')
    .addColumn('presence', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('agent_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema
    .createTable('clients')
    .addColumn('client_id', 'text', (c) => c.primaryKey())
    .addColumn('agent_id', 'text', (c) => c.notNull())
    .addColumn('last_mutation_id', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('refusals')
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('mutation_id', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('refusals_pk', ['client_id', 'mutation_id'])
    .execute();
  await db.schema
    .createTable('customers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('email_norm', 'text')
    .addColumn('phone', 'text')
    .addColumn('phone_norm', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('preferred_channel', 'text', (c) => c.notNull())
    .addColumn('vip', 'integer', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('tickets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('tier', 'integer', (c) => c.notNull())
    .addColumn('assignee_id', 'text')
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('first_response_due_at', 'text', (c) => c.notNull())
    .addColumn('resolution_due_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('first_response_at', 'text')
    .addColumn('solved_at', 'text')
    .addColumn('engineering_link', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status_version', 'integer', (c) => c.notNull())
    .addColumn('assignee_version', 'integer', (c) => c.notNull())
    .addColumn('tier_version', 'integer', (c) => c.notNull())
    .addColumn('status_client', 'text')
    .addColumn('assignee_client', 'text')
    .addColumn('tier_client', 'text')
    .addColumn('tier_mask', 'integer', (c) => c.notNull())
    .addColumn('scope_version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('ticket_participants')
    .addColumn('ticket_id', 'text', (c) => c.notNull())
    .addColumn('agent_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ticket_participants_pk', ['ticket_id', 'agent_id'])
    .execute();
  for (const table of ['messages', 'escalations'] as const) {
    let b = db.schema
      .createTable(table)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('tenant_id', 'text', (c) => c.notNull())
      .addColumn('ticket_id', 'text', (c) => c.notNull());
    b =
      table === 'messages'
        ? b
            .addColumn('kind', 'text', (c) => c.notNull())
            .addColumn('author_id', 'text', (c) => c.notNull())
            .addColumn('author_name', 'text', (c) => c.notNull())
            .addColumn('channel', 'text', (c) => c.notNull())
            .addColumn('body', 'text', (c) => c.notNull())
        : b
            .addColumn('kind', 'text', (c) => c.notNull())
            .addColumn('from_tier', 'integer', (c) => c.notNull())
            .addColumn('to_tier', 'integer', (c) => c.notNull())
            .addColumn('reason', 'text', (c) => c.notNull())
            .addColumn('summary', 'text', (c) => c.notNull())
            .addColumn('by_agent_id', 'text', (c) => c.notNull());
    await b
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .execute();
  }
  await db.schema
    .createTable('history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('ticket_id', 'text')
    .addColumn('customer_id', 'text')
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('old_value', 'text', (c) => c.notNull())
    .addColumn('new_value', 'text', (c) => c.notNull())
    .addColumn('by_agent_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();

  const indexes: [string, string, string[]][] = [
    ['tickets_tenant_version', 'tickets', ['tenant_id', 'version']],
    ['tickets_tenant_scope', 'tickets', ['tenant_id', 'scope_version']],
    ['tickets_assignee', 'tickets', ['assignee_id']],
    ['participants_agent', 'ticket_participants', ['agent_id']],
    ['messages_ticket', 'messages', ['ticket_id']],
    ['messages_tenant_version', 'messages', ['tenant_id', 'version']],
    ['escalations_ticket', 'escalations', ['ticket_id']],
    ['escalations_tenant_version', 'escalations', ['tenant_id', 'version']],
    ['history_ticket', 'history', ['ticket_id']],
    ['history_tenant_version', 'history', ['tenant_id', 'version']],
    ['customers_tenant_version', 'customers', ['tenant_id', 'version']],
    ['customers_email', 'customers', ['tenant_id', 'email_norm']],
    ['customers_phone', 'customers', ['tenant_id', 'phone_norm']],
    ['agents_tenant_version', 'agents', ['tenant_id', 'version']],
    ['sessions_agent', 'sessions', ['agent_id']],
  ];
  for (const [indexName, table, cols] of indexes) {
    await db.schema.createIndex(indexName).on(table).columns(cols).execute();
  }
}
