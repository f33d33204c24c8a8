// Builders for shared-rule tests (not shipped: only *.test.ts import this).
import type { Actor, Customer, Ticket } from './domain';

export const T0 = '2026-11-23T10:00:00.000Z';
export const ids = {
  ticket: '0193a000-0000-7000-8000-000000000001',
  customer: '0193a000-0000-7000-8000-000000000002',
  anna: '0193a000-0000-7000-8000-0000000000a1',
  bela: '0193a000-0000-7000-8000-0000000000b2',
  sup: '0193a000-0000-7000-8000-0000000000c3',
  msg: '0193a000-0000-7000-8000-000000000010',
  esc: '0193a000-0000-7000-8000-000000000020',
};

export const anna: Actor = { id: ids.anna, name: 'Anna Kovács', role: 'agent', tier: 1 };
export const bela: Actor = { id: ids.bela, name: 'Béla Nagy', role: 'agent', tier: 2 };
export const supervisor: Actor = { id: ids.sup, name: 'Sam Super', role: 'supervisor', tier: null };

export function ticket(over: Partial<Ticket> = {}): Ticket {
  return {
    id: ids.ticket,
    number: 7,
    subject: 'Router keeps rebooting',
    channel: 'email',
    priority: 'normal',
    status: 'new',
    tier: 1,
    assigneeId: null,
    customerId: ids.customer,
    tags: [],
    firstResponseDueAt: '2026-11-23T14:00:00.000Z',
    resolutionDueAt: '2026-11-24T10:00:00.000Z',
    createdAt: T0,
    updatedAt: T0,
    firstResponseAt: null,
    solvedAt: null,
    engineeringLink: null,
    customerUnverified: false,
    version: 5,
    statusVersion: 5,
    assigneeVersion: 5,
    tierVersion: 5,
    ...over,
  };
}

export function customer(over: Partial<Customer> = {}): Customer {
  return {
    id: ids.customer,
    name: 'Līga Ozola',
    email: 'liga@example.lv',
    phone: null,
    language: 'lv',
    preferredChannel: 'email',
    vip: false,
    notes: '',
    createdAt: T0,
    updatedAt: T0,
    version: 1,
    ...over,
  };
}
