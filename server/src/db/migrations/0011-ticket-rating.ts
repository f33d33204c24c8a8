// 0011: a ticket carries its latest CSAT/NPS answer (issue 11, point 3), so every workstation holding the
// ticket shows it (surveys themselves are not replicated). Written with the survey row in one transaction
// by each writer (an agent's recordSurvey, POST /inbound/survey). Tickets already answered get their
// latest answer, at a new version of their tenant, so replicas pull it like any change.
import { sql, type Kysely } from 'kysely';

export const name = 'ticket-rating';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('tickets')
    .addColumn('rating_csat', 'integer', (c) => c.check(sql`rating_csat between 1 and 5`))
    .execute();
  await db.schema
    .alterTable('tickets')
    .addColumn('rating_nps', 'integer', (c) => c.check(sql`rating_nps between 0 and 10`))
    .execute();
  await db.schema.alterTable('tickets').addColumn('rating_at', 'text').execute();
  await db.schema.alterTable('tickets').addColumn('rating_source', 'text').execute();
  const latest = (col: string) =>
    sql.raw(`(select s.${col} from surveys s where s.ticket_id = tickets.id order by s.at desc, s.id desc limit 1)`);
  await sql`update tenants set version = version + 1 where id in (select tenant_id from surveys)`.execute(db);
  await sql`update tickets set
      rating_csat = ${latest('csat')}, rating_nps = ${latest('nps')}, rating_at = ${latest('at')}, rating_source = ${latest('source')},
      version = (select t.version from tenants t where t.id = tickets.tenant_id)
    where id in (select ticket_id from surveys)`.execute(db);
}
