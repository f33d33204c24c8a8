// 0007: a refusal is kept as a reason code with its params (JSON), not as words: the console that hears
// it puts it in the agent's language. Refusals recorded before this have only words in `message`: they
// read as reason `unknown` and are shown by their code. `message` stays (not null, empty from now on)
// so a server rolled back to the previous release still reads every row.
import type { Kysely } from 'kysely';

export const name = 'refusal-reasons';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('refusals').addColumn('reason', 'text', (c) => c.notNull().defaultTo('unknown')).execute();
  await db.schema.alterTable('refusals').addColumn('params', 'text', (c) => c.notNull().defaultTo('{}')).execute();
}
