// Dexie version 5: the board's counters (board-counters.ts) for the rows a replica held before them.
// One walk at the upgrade; from then on every write keeps them (ticket-rows.ts counterKeys).
import Dexie, { type Transaction } from 'dexie';
import { TIERS } from '../../shared/domain';
import { boardCounterKeys, solvedCounterKeys } from './board-counters';
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

/**
 * Dexie version 8: the agents panel's solved-on-a-day counters for the solved tickets a replica held before
 * them, read through the [tier+solvedAt] index (only solved tickets are in it).
 */
export async function solvedUpgrade(tx: Transaction): Promise<void> {
  const counts = new Map<string, number>();
  for (const tier of TIERS) {
    await tx
      .table<TicketRow, string>('tickets')
      .where('[tier+solvedAt]')
      .between([tier, Dexie.minKey], [tier, Dexie.maxKey])
      .each((row) => {
        for (const k of solvedCounterKeys(row)) counts.set(k, (counts.get(k) ?? 0) + 1);
      });
  }
  await tx.table<CounterRow, string>('counters').bulkPut([...counts].map(([key, n]) => ({ key, n })));
}
