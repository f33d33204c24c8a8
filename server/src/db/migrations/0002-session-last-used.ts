// 0002: sessions remember when they were last used, for the idle timeout. Sessions from before this
// migration count as last used when they were created.
import { sql, type Kysely } from 'kysely';

export const name = 'session-last-used';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sessions').addColumn('last_used_at', 'text').execute();
  await sql`update sessions set last_used_at = created_at`.execute(db);
}
