// What a first sync will send, counted once when it begins: the scope's tickets, their threads and
// customer cards (with the cards' own history), the agents. Read from the ticket_scopes walk index
// (ticket and thread counts, customers), one scope key at a time with others answered in between, and
// never from the threads themselves; the rows about no ticket are counted per entity by its scope rule.
// A ticket or customer held under two keys counts once: a later key counts only what no earlier key
// holds (an index probe per entry of that key, which is the small one).
import type { ExpressionBuilder } from 'kysely';
import { ENTITIES, ENTITY_NAMES, type ScopeRule } from '../../../../src/shared/index';
import type { Schema } from '../../db/schema';
import { customerHeld, type PullScope } from './scope-sql';
import type { StepRunner } from './snapshot-walk';

const yieldToOthers = () => new Promise<void>((r) => setImmediate(r));

export async function snapshotTotal(read: StepRunner, s: PullScope): Promise<number> {
  const t = s.tenantId;
  let total = 0;
  for (const [i, key] of s.keys.entries()) {
    const earlier = s.keys.slice(0, i);
    await yieldToOthers();
    total += await read(async (tx) => {
      let q = tx
        .selectFrom('ticket_scopes as s')
        .where('s.tenant_id', '=', t)
        .where('s.scope', '=', key)
        .where((w) => w.or([w('s.closed_at', 'is', null), w('s.closed_at', '>=', s.cutoff)]));
      const tickets = earlier.length
        ? q.where((eb) => eb.not(eb.exists(eb.selectFrom('ticket_scopes as e').select('e.scope').whereRef('e.ticket_id', '=', 's.ticket_id').where('e.scope', 'in', earlier))))
        : q;
      const r = await tickets
        .select((eb) => [eb.fn.countAll<number | string>().as('n'), eb.fn.sum<number | string | null>('s.thread_rows').as('threads')])
        .executeTakeFirstOrThrow();
      if (earlier.length) {
        q = q.where((eb) =>
          eb.not(customerHeld(eb as unknown as ExpressionBuilder<Schema, 'customers' | 'history'>, 's.customer_id' as 'history.customer_id', { ...s, keys: earlier })),
        );
      }
      const c = await q.select((eb) => eb.fn.count<number | string>('s.customer_id').distinct().as('n')).executeTakeFirstOrThrow();
      return Number(r.n) + Number(r.threads ?? 0) + Number(c.n);
    });
  }
  await yieldToOthers();
  return (
    total +
    (await read(async (tx) => {
      // The rows about no ticket (the cards' own history, and those about neither), and the rows every
      // workstation gets (agents), all sent with the first page.
      let n = 0;
      for (const name of ENTITY_NAMES) {
        const rule: ScopeRule = ENTITIES[name].scope;
        const table = ENTITIES[name].server.table as 'history';
        let q = tx.selectFrom(table).select((eb) => eb.fn.countAll<number | string>().as('n')).where(`${table}.tenant_id` as 'history.tenant_id', '=', t);
        if (rule.kind === 'thread-or-card') {
          const customer = `${table}.${rule.customerColumn}` as 'history.customer_id';
          q = q
            .where(`${table}.${rule.ticketColumn}` as 'history.ticket_id', 'is', null)
            .where((eb) => eb.or([eb(customer, 'is', null), customerHeld(eb as unknown as ExpressionBuilder<Schema, 'customers' | 'history'>, customer, s)]));
        } else if (rule.kind !== 'everyone') continue;
        n += Number((await q.executeTakeFirstOrThrow()).n);
      }
      return n;
    }))
  );
}
