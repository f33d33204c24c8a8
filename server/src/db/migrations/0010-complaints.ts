// 0010: a complaint on a ticket (issue 11, point 3). One per ticket, on the ticket's row so it travels
// with the ticket to every workstation holding it (no entity, no scope of its own): its category, the
// short description, who raised it and when, its state and who closed it and when. All null: none.
// The database itself keeps the contract's bounds (a writer that skips the contract cannot store a
// category outside the list, a description over 500 characters, or a state that disagrees with its
// closing). The KPI report filters complaints by the time they were raised: an index on
// (tenant_id, complaint_raised_at), which holds no entry worth reading for a ticket without one.
import { sql, type Kysely } from 'kysely';

export const name = 'complaints';

const CATEGORIES = `('service', 'waiting_time', 'product', 'billing', 'staff', 'other')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  const add = (column: string, check?: ReturnType<typeof sql.raw>) =>
    db.schema
      .alterTable('tickets')
      .addColumn(column, 'text', (c) => (check ? c.check(check) : c))
      .execute();
  await add('complaint_category', sql.raw(`complaint_category in ${CATEGORIES}`));
  await add('complaint_description', sql.raw(`length(complaint_description) between 1 and 500`));
  await add('complaint_raised_by', undefined);
  await add('complaint_raised_at', undefined);
  await add('complaint_state', sql.raw(`complaint_state in ('open', 'closed')`));
  await add('complaint_closed_by', undefined);
  // Closed exactly when it has a closing time and a closer; a complaint is all of its fields or none.
  await add(
    'complaint_closed_at',
    sql.raw(`(complaint_closed_at is null) = (complaint_state is null or complaint_state = 'open')`),
  );
  await db.schema.createIndex('tickets_tenant_complaint_raised').on('tickets').columns(['tenant_id', 'complaint_raised_at']).execute();
}
