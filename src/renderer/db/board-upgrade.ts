// Dexie version 5: the board's counters (board-counters.ts) for the rows a replica held before them.
// One walk at the upgrade; from then on every write keeps them (ticket-rows.ts counterKeys).
import Dexie, { type Transaction } from 'dexie';
import { boardCounterKeys } from './board-counters';
import type { CounterRow, TicketRow } from './schema';

export async function boardUpgrade(tx: Transaction): Promise<void> {
  const counts = new Map<string, number>();
  await tx
    .table<TicketRow, string>('tickets')
    .where('[_open+tier+_sort]')
    .between([1], [1, Dexie.maxKey])
    .each((row) => {
      for (const k of boardCounterKeys(row)) counts.set(k, (counts.get(k) ?? 0) + 1);
    });
  await tx.table<CounterRow, string>('counters').bulkPut([...counts].map(([key, n]) => ({ key, n })));
}
