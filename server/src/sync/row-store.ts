// Where writeEffects puts the rows it computes: the transaction of a push or an inbound contact, or, for
// the demo seed, memory written out in bulk at the end (seed/memory-store.ts). One interface, so the sync
// bookkeeping (field versions and writers, tier history, participants, history of overwrites) exists once.
import type { Tx } from '../db/database';
import type { CustomersTable, EscalationsTable, HistoryTable, MessagesTable, TicketsTable } from '../db/schema';

export type CustomerUpdate = Omit<CustomersTable, 'id' | 'tenant_id' | 'created_by_agent_id'>;

export interface RowStore {
  insertTicket(row: TicketsTable): Promise<void>;
  updateTicket(id: string, set: Partial<TicketsTable>): Promise<void>;
  insertMessages(rows: MessagesTable[]): Promise<void>;
  insertEscalations(rows: EscalationsTable[]): Promise<void>;
  insertHistory(rows: HistoryTable[]): Promise<void>;
  customerExists(id: string): Promise<boolean>;
  insertCustomer(row: CustomersTable): Promise<void>;
  /** Everything but who created the customer, which stays as first recorded. */
  updateCustomer(id: string, set: CustomerUpdate): Promise<void>;
  setPresence(agentId: string, presence: string, version: number): Promise<void>;
  isParticipant(ticketId: string, agentId: string): Promise<boolean>;
  addParticipant(ticketId: string, agentId: string): Promise<void>;
}

export function sqlRowStore(tx: Tx, tenantId: string): RowStore {
  return {
    async insertTicket(row) {
      await tx.insertInto('tickets').values(row).execute();
    },
    async updateTicket(id, set) {
      await tx.updateTable('tickets').set(set).where('id', '=', id).execute();
    },
    async insertMessages(rows) {
      if (rows.length) await tx.insertInto('messages').values(rows).execute();
    },
    async insertEscalations(rows) {
      if (rows.length) await tx.insertInto('escalations').values(rows).execute();
    },
    async insertHistory(rows) {
      if (rows.length) await tx.insertInto('history').values(rows).execute();
    },
    async customerExists(id) {
      return !!(await tx.selectFrom('customers').select('id').where('id', '=', id).where('tenant_id', '=', tenantId).executeTakeFirst());
    },
    async insertCustomer(row) {
      await tx.insertInto('customers').values(row).execute();
    },
    async updateCustomer(id, set) {
      await tx.updateTable('customers').set(set).where('id', '=', id).where('tenant_id', '=', tenantId).execute();
    },
    async setPresence(agentId, presence, version) {
      await tx.updateTable('agents').set({ presence, version }).where('id', '=', agentId).execute();
    },
    async isParticipant(ticketId, agentId) {
      return !!(await tx.selectFrom('ticket_participants').select('agent_id').where('ticket_id', '=', ticketId).where('agent_id', '=', agentId).executeTakeFirst());
    },
    async addParticipant(ticketId, agentId) {
      await tx.insertInto('ticket_participants').values({ ticket_id: ticketId, agent_id: agentId }).execute();
    },
  };
}
