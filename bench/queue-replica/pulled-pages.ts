// Pull answers as the server sends a first sync: tickets with their one customer message each, and each
// customer with the first ticket that names it, about 5,000 changes a page. Deterministic (no clock, no random).
import type { Customer, Message, Ticket } from '../../src/shared/domain';
import type { Change } from '../../src/shared/sync-protocol';
import { newTicket } from '../../src/shared/new-ticket';

const WORDS = ['router', 'invoice', 'password', 'delivery', 'refund', 'outage', 'upgrade', 'roaming', 'modem', 'contract'];
const STATUSES = ['new', 'open', 'open', 'pending', 'on_hold', 'solved', 'closed'] as const;
const PRIORITIES = ['low', 'normal', 'normal', 'high', 'urgent'] as const;
const CHANNELS = ['phone', 'email', 'chat', 'social', 'web'] as const;
export const CUSTOMERS = 20_000;
const BODY = 'Hello, my connection drops every evening and the modem lights blink orange. '.repeat(10);

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
/** A UUIDv7-shaped id, stable per (kind, n). */
export const idOf = (kind: number, n: number) => `0190${hex(kind, 4)}-0000-7000-8000-${hex(n, 12)}`;

export function generatedTicket(i: number, start: number, meId: string): Ticket {
  const priority = PRIORITIES[i % PRIORITIES.length]!;
  const createdAt = new Date(start + i * 7_000).toISOString();
  const v = i + 1;
  const born = newTicket(createdAt, {
    id: idOf(1, i),
    subject: `${WORDS[i % WORDS.length]} question ${i}`,
    channel: CHANNELS[i % CHANNELS.length]!,
    priority,
    status: STATUSES[i % STATUSES.length]!,
    tier: 1,
    assigneeId: i % 3 === 0 ? null : i % 50 === 1 ? meId : idOf(3, i % 40),
    customerId: idOf(2, i % CUSTOMERS),
    customerUnverified: false,
  });
  return { ...born, number: i + 1, version: v, statusVersion: v, assigneeVersion: v, tierVersion: v };
}

function customer(c: number, at: string): Customer {
  return {
    id: idOf(2, c), name: `Customer${c} Surname${c}`, email: `c${c}@example.com`, phone: null, language: 'en',
    preferredChannel: 'email', vip: false, notes: '', createdAt: at, updatedAt: at, version: 1,
  };
}

function message(t: Ticket): Message {
  return { id: idOf(4, t.number!), ticketId: t.id, kind: 'customer', authorId: t.customerId, authorName: 'Customer', channel: t.channel, body: BODY, createdAt: t.createdAt, version: t.version };
}

export interface PulledPage {
  changes: Change[];
  tickets: number;
}

/**
 * Pages of `perPage` tickets (with their messages and new customers), built 200 tickets per task so the
 * bench's own work never shows as a long task of the UI thread.
 */
export async function* pulledPages(n: number, perPage: number, start: number, meId: string): AsyncGenerator<PulledPage> {
  for (let i = 0; i < n; i += perPage) {
    const changes: Change[] = [];
    const end = Math.min(n, i + perPage);
    for (let j = i; j < end; j++) {
      if ((j - i) % 200 === 199) await new Promise((ok) => setTimeout(ok, 0));
      const t = generatedTicket(j, start, meId);
      if (j < CUSTOMERS) changes.push({ entity: 'customer', value: customer(j, t.createdAt) });
      changes.push({ entity: 'ticket', value: t }, { entity: 'message', value: message(t) });
    }
    yield { changes, tickets: end - i };
  }
}
