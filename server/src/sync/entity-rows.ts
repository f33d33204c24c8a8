// The row mapping of every replicated entity (shared/entities/registry.ts): its server row ↔ its contract
// value. Kept on the server side, keyed by the registry's names, because the row types are the server's
// (db/schema.ts) and src/shared imports nothing from here. A new entity fails to compile until it has one.
import type { EntityName, EntityValue, ServerTableOf } from '../../../src/shared/index';
import type { Schema } from '../db/schema';
import { agentFromRow, agentRow, customerFromRow, customerRow, escalationFromRow, escalationRow, historyFromRow, historyRow, messageFromRow, messageRow, ticketFromRow, ticketRow } from './rows';
import { tierSettingFromRow, tierSettingRow } from './tier-setting-rows';

/** The server row of an entity (its registry table's row type). */
export type ServerRow<K extends EntityName> = Schema[ServerTableOf<K> & keyof Schema];

export interface RowMapping<K extends EntityName> {
  fromRow(row: ServerRow<K>): EntityValue<K>;
  /** The whole row of a value, as a fresh insert of it would store (bookkeeping columns at their start). */
  toRow(value: EntityValue<K>, tenantId: string): ServerRow<K>;
}

export const ROW_MAPPINGS: { [K in EntityName]: RowMapping<K> } = {
  customer: { fromRow: customerFromRow, toRow: (c, tenantId) => customerRow(c, tenantId) },
  ticket: { fromRow: ticketFromRow, toRow: ticketRow },
  message: { fromRow: messageFromRow, toRow: messageRow },
  agent: { fromRow: agentFromRow, toRow: (a, tenantId) => agentRow(a, tenantId) },
  escalation: { fromRow: escalationFromRow, toRow: escalationRow },
  history: { fromRow: historyFromRow, toRow: historyRow },
  tierSetting: { fromRow: tierSettingFromRow, toRow: tierSettingRow },
};

/** A stored row of an entity as its change value (rows read through an untyped entity query). */
export const valueOf = <K extends EntityName>(name: K, row: unknown): EntityValue<K> => ROW_MAPPINGS[name].fromRow(row as ServerRow<K>);
