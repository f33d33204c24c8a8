// One valid value of every replicated entity, for the tests that walk the registry (not shipped: only
// *.test.ts import this). Typed by the registry, so a new entity fails to compile until it has one here.
// Listed in the order a database needs them (an agent and a customer before the ticket, the ticket
// before its thread), and all at version 2, so a pull from cursor 1 sends every one.
import { T0, customer, ids, ticket } from '../test-fixtures';
import type { EntityName, EntityValue } from './registry';

export const ENTITY_VALUES: { [K in EntityName]: EntityValue<K> } = {
  agent: { id: ids.anna, name: 'Anna Kovács', email: 'anna@demo.local', role: 'agent', tier: 1, presence: 'busy', cap: 8, presenceSince: '2026-11-23T09:30:00.000Z', lastBreakEndedAt: '2026-11-23T09:00:00.000Z', version: 2 },
  customer: customer({ phone: '+371 2000 0000', vip: true, notes: 'Prefers e-mail', version: 2 }),
  ticket: ticket({ tags: ['router', 'vip'], assigneeId: ids.anna, status: 'open', customerUnverified: true, engineeringLink: 'https://example.com/i/1', rating: { csat: 4, nps: 9, at: T0, source: 'agent' }, complaint: { category: 'billing', description: 'Charged twice', raisedById: ids.anna, raisedAt: T0, state: 'closed', closedById: ids.sup, closedAt: T0 }, version: 2, statusVersion: 2, assigneeVersion: 2, tierVersion: 2 }),
  message: { id: ids.msg, ticketId: ids.ticket, kind: 'reply', authorId: ids.anna, authorName: 'Anna Kovács', channel: 'email', body: 'We are on it.', createdAt: T0, version: 2 },
  escalation: { id: ids.esc, ticketId: ids.ticket, kind: 'escalate', fromTier: 1, toTier: 2, reason: 'Firmware', summary: 'Rebooted twice; logs attached.', byAgentId: ids.anna, createdAt: T0, version: 2 },
  history: {
    id: '0193a000-0000-7000-8000-000000000030',
    ticketId: ids.ticket,
    customerId: null,
    field: 'priority',
    oldValue: 'normal',
    newValue: { nested: ['high', 1, true, null] },
    byAgentId: ids.anna,
    at: T0,
    version: 2,
  },
  tierSetting: { id: '0193a000-0000-7000-8000-000000000040', tier: 1, autoAssign: true, version: 2 },
};

/** The values in an order every database accepts (references first). */
export const ENTITY_VALUE_ORDER: readonly EntityName[] = ['agent', 'customer', 'ticket', 'message', 'escalation', 'history', 'tierSetting'];
