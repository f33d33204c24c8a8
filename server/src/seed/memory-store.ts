// The demo seed's row store: writeEffects writes into memory, and the finished rows go to the database
// in a few bulk inserts (row by row, the seed took seconds on PostgreSQL; it runs in every e2e test's
// fresh server). It also answers the reads the seed's replay needs, the way push reads the database.
import type { Actor } from '../../../src/shared/index';
import type { Tx } from '../db/database';
import type { CustomersTable, EscalationsTable, HistoryTable, MessagesTable, ParticipantsTable, TicketScopesTable, TicketsTable } from '../db/schema';
import type { RowStore } from '../sync/row-store';
import { ALL } from '../sync/ticket-scopes';

/** Below SQLite's 32766 and PostgreSQL's 65535 bound parameters per statement. */
const PARAMS = 30_000;

export class MemoryStore implements RowStore {
  readonly tickets = new Map<string, TicketsTable>();
  readonly customers = new Map<string, CustomersTable>();
  readonly messages: MessagesTable[] = [];
  readonly escalations: EscalationsTable[] = [];
  readonly history: HistoryTable[] = [];
  readonly participants = new Set<string>();
  /** Scope rows by ticket, then by key (sync/ticket-scopes.ts). */
  readonly scopes = new Map<string, Map<string, TicketScopesTable>>();
  private readonly byCustomer = new Map<string, string[]>();

  async insertTicket(row: TicketsTable) {
    if (this.tickets.has(row.id)) throw new Error('ticket id already in use');
    this.tickets.set(row.id, row);
    this.byCustomer.set(row.customer_id, [...(this.byCustomer.get(row.customer_id) ?? []), row.id]);
  }
  async updateTicket(id: string, set: Partial<TicketsTable>) {
    const row = this.tickets.get(id);
    if (!row) throw new Error('no such ticket');
    if (set.customer_id && set.customer_id !== row.customer_id) throw new Error('a ticket keeps its customer');
    // In place: the replay reads a row afresh before each change, and nothing else holds one.
    Object.assign(row, set);
  }
  async insertMessages(rows: MessagesTable[]) {
    this.messages.push(...rows);
  }
  async insertEscalations(rows: EscalationsTable[]) {
    this.escalations.push(...rows);
  }
  async insertHistory(rows: HistoryTable[]) {
    this.history.push(...rows);
  }
  async customerExists(id: string) {
    return this.customers.has(id);
  }
  async insertCustomer(row: CustomersTable) {
    this.customers.set(row.id, row);
  }
  async updateCustomer(id: string, set: Omit<CustomersTable, 'id' | 'tenant_id' | 'created_by_agent_id'>) {
    const row = this.customers.get(id);
    if (!row) throw new Error('no such customer');
    this.customers.set(id, { ...row, ...set });
  }
  async updateAgent() {
    throw new Error('the demo seed changes no agent');
  }
  async insertSurveys() {
    throw new Error('the demo seed records no survey');
  }
  async setAutoAssign() {
    throw new Error('the demo seed changes no setting');
  }
  async isParticipant(ticketId: string, agentId: string) {
    return this.participants.has(`${ticketId}|${agentId}`);
  }
  async addParticipant(ticketId: string, agentId: string) {
    this.participants.add(`${ticketId}|${agentId}`);
  }

  async insertScopes(rows: TicketScopesTable[]) {
    for (const r of rows) {
      const keys = this.scopes.get(r.ticket_id) ?? new Map<string, TicketScopesTable>();
      this.scopes.set(r.ticket_id, keys);
      if (!keys.has(r.scope)) keys.set(r.scope, { ...r });
    }
  }
  async addScopes(ticketId: string, scopes: string[]) {
    const all = this.scopes.get(ticketId)?.get(ALL);
    if (all) await this.insertScopes(scopes.map((scope) => ({ ...all, scope })));
  }
  async removeScope(ticketId: string, scope: string) {
    this.scopes.get(ticketId)?.delete(scope);
  }
  async setScopeClosedAt(ticketId: string, closedAt: string | null) {
    for (const r of this.scopes.get(ticketId)?.values() ?? []) r.closed_at = closedAt;
  }
  async countThread(ticketId: string, n: number) {
    for (const r of this.scopes.get(ticketId)?.values() ?? []) r.thread_rows += n;
  }

  /** push's customerWorkable (sync/customer-scope.ts), asked of these rows. */
  customerWorkable(customerId: string, actor: Actor, opts: { orCreated?: boolean } = {}): boolean {
    if (opts.orCreated && this.customers.get(customerId)?.created_by_agent_id === actor.id) return true;
    return (this.byCustomer.get(customerId) ?? []).some((id) => {
      const t = this.tickets.get(id)!;
      return t.tier === (actor.tier ?? 0) || t.assignee_id === actor.id;
    });
  }

  /** Everything written so far, in bulk: a few large statements (PARAMS bound values each at most). */
  async flush(tx: Tx): Promise<void> {
    const chunked = async <T extends object>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) => {
      const size = Math.max(1, Math.floor(PARAMS / Object.keys(rows[0] ?? { x: 0 }).length));
      for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
    };
    await chunked([...this.customers.values()], (c) => tx.insertInto('customers').values(c).execute());
    await chunked([...this.tickets.values()], (c) => tx.insertInto('tickets').values(c).execute());
    await chunked(this.messages, (c) => tx.insertInto('messages').values(c).execute());
    await chunked(this.escalations, (c) => tx.insertInto('escalations').values(c).execute());
    await chunked(this.history, (c) => tx.insertInto('history').values(c).execute());
    const participants: ParticipantsTable[] = [...this.participants].map((k) => {
      const [ticket_id, agent_id] = k.split('|') as [string, string];
      return { ticket_id, agent_id };
    });
    await chunked(participants, (c) => tx.insertInto('ticket_participants').values(c).execute());
    await chunked([...this.scopes.values()].flatMap((keys) => [...keys.values()]), (c) => tx.insertInto('ticket_scopes').values(c).execute());
  }
}
