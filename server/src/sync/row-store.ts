// Where writeEffects puts the rows it computes: the transaction of a push or an inbound contact, or, for
// the demo seed, memory written out in bulk at the end (seed/memory-store.ts). One interface, so the sync
// bookkeeping (field versions and writers, tier history, participants, history of overwrites) exists once.
import { sql } from 'kysely';
import type { Tx } from '../db/database';
import type { AgentsTable, CustomersTable, EscalationsTable, HistoryTable, MessagesTable, SurveysTable, TicketScopesTable, TicketsTable } from '../db/schema';
import { ALL } from './ticket-scopes';
import { putTierSetting } from './tier-setting-rows';

export type CustomerUpdate = Omit<CustomersTable, 'id' | 'tenant_id' | 'created_by_agent_id'>;
export type AgentUpdate = Pick<AgentsTable, 'presence' | 'presence_since' | 'cap' | 'last_break_ended_at'>;

export interface RowStore {
  insertTicket(row: TicketsTable): Promise<void>;
  updateTicket(id: string, set: Partial<TicketsTable>): Promise<void>;
  insertMessages(rows: MessagesTable[]): Promise<void>;
  insertEscalations(rows: EscalationsTable[]): Promise<void>;
  insertHistory(rows: HistoryTable[]): Promise<void>;
  /** CSAT/NPS answers, for the KPI reports (not replicated: the ticket carries the latest). */
  insertSurveys(rows: SurveysTable[]): Promise<void>;
  customerExists(id: string): Promise<boolean>;
  insertCustomer(row: CustomersTable): Promise<void>;
  /** Everything but who created the customer, which stays as first recorded. */
  updateCustomer(id: string, set: CustomerUpdate): Promise<void>;
  /** An agent's own settings (presence and its time, cap), the only agent fields a mutation changes. */
  updateAgent(agentId: string, set: AgentUpdate, version: number): Promise<void>;
  /** setAutoAssign: one tier's bit of the tenant's auto_assign_tiers, and its replicated row at this version. */
  setAutoAssign(tier: number, on: boolean, version: number): Promise<void>;
  isParticipant(ticketId: string, agentId: string): Promise<boolean>;
  addParticipant(ticketId: string, agentId: string): Promise<void>;
  /** A new ticket's scope rows (sync/ticket-scopes.ts). */
  insertScopes(rows: TicketScopesTable[]): Promise<void>;
  /** More keys for an existing ticket, copying its '*' row's counters; a key it has already is kept. */
  addScopes(ticketId: string, scopes: string[]): Promise<void>;
  removeScope(ticketId: string, scope: string): Promise<void>;
  setScopeClosedAt(ticketId: string, closedAt: string | null): Promise<void>;
  /** n more thread rows (messages, escalations, history) on the ticket. */
  countThread(ticketId: string, n: number): Promise<void>;
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
    async insertSurveys(rows) {
      if (rows.length) await tx.insertInto('surveys').values(rows).execute();
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
    async updateAgent(agentId, set, version) {
      await tx.updateTable('agents').set({ ...set, version }).where('id', '=', agentId).where('tenant_id', '=', tenantId).execute();
    },
    async setAutoAssign(tier, on, version) {
      await putTierSetting(tx, tenantId, tier, on, version);
      const bit = 1 << tier;
      await tx
        .updateTable('tenants')
        .set({ auto_assign_tiers: on ? sql<number>`auto_assign_tiers | ${bit}` : sql<number>`auto_assign_tiers & ${~bit}` })
        .where('id', '=', tenantId)
        .execute();
    },
    async isParticipant(ticketId, agentId) {
      return !!(await tx.selectFrom('ticket_participants').select('agent_id').where('ticket_id', '=', ticketId).where('agent_id', '=', agentId).executeTakeFirst());
    },
    async addParticipant(ticketId, agentId) {
      await tx.insertInto('ticket_participants').values({ ticket_id: ticketId, agent_id: agentId }).execute();
    },
    async insertScopes(rows) {
      if (rows.length) await tx.insertInto('ticket_scopes').values(rows).onConflict((oc) => oc.doNothing()).execute();
    },
    async addScopes(ticketId, scopes) {
      for (const scope of scopes) {
        await tx
          .insertInto('ticket_scopes')
          .columns(['ticket_id', 'scope', 'tenant_id', 'customer_id', 'closed_at', 'thread_rows'])
          .expression((eb) =>
            eb
              .selectFrom('ticket_scopes')
              // A typed parameter: PostgreSQL cannot infer one standing alone in a select list.
              .select(['ticket_id', sql<string>`cast(${scope} as text)`.as('scope'), 'tenant_id', 'customer_id', 'closed_at', 'thread_rows'])
              .where('ticket_id', '=', ticketId)
              .where('scope', '=', ALL),
          )
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
    },
    async removeScope(ticketId, scope) {
      await tx.deleteFrom('ticket_scopes').where('ticket_id', '=', ticketId).where('scope', '=', scope).execute();
    },
    async setScopeClosedAt(ticketId, closedAt) {
      await tx.updateTable('ticket_scopes').set({ closed_at: closedAt }).where('ticket_id', '=', ticketId).execute();
    },
    async countThread(ticketId, n) {
      await tx.updateTable('ticket_scopes').set((eb) => ({ thread_rows: eb('thread_rows', '+', n) })).where('ticket_id', '=', ticketId).execute();
    },
  };
}
