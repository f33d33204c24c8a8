// A small hand-made data set for the KPI table tests (the numbers expected of it are worked out by hand
// in compute.test.ts). Period: 1 January 2026, UTC; the report is made on 3 January.
import type { KpiInput, KpiTicket, Period } from '../rows';

export const PERIOD: Period = { from: '2026-01-01T00:00:00.000Z', to: '2026-01-02T00:00:00.000Z', asOf: '2026-01-03T00:00:00.000Z' };

const at = (s: string) => `2026-01-${s}:00.000Z`;
const ticket = (id: string, o: Partial<KpiTicket>): KpiTicket => {
  const createdAt = o.createdAt ?? at('01T01:00');
  const c = Date.parse(createdAt);
  return {
    id,
    tier: 1,
    channel: 'email',
    assigneeId: 'a1',
    status: 'open',
    solvedAt: null,
    firstResponseDueAt: new Date(c + 3_600_000).toISOString(),
    resolutionDueAt: new Date(c + 86_400_000).toISOString(),
    ...o,
    createdAt,
  };
};

export const FIXTURE: KpiInput = {
  tickets: [
    ticket('t1', { status: 'solved', solvedAt: at('01T03:00') }),
    ticket('t2', { status: 'closed', solvedAt: at('01T05:00') }),
    ticket('t3', { status: 'solved', solvedAt: at('01T07:00'), tier: 2 }),
    ticket('t4', { status: 'solved', solvedAt: at('01T23:00') }),
    ticket('t5', {}),
    ticket('t6', { createdAt: '2025-12-31T12:00:00.000Z', status: 'solved', solvedAt: at('01T12:00'), channel: 'phone', assigneeId: 'a2' }),
    ticket('t7', { createdAt: at('01T10:00'), channel: 'chat', assigneeId: null }),
    ticket('t8', { createdAt: at('02T05:00'), status: 'solved', solvedAt: at('02T06:00') }),
  ],
  messages: [
    { ticketId: 't1', kind: 'customer', createdAt: at('01T01:00') },
    { ticketId: 't1', kind: 'note', createdAt: at('01T01:15') },
    { ticketId: 't1', kind: 'reply', createdAt: at('01T01:30') },
    { ticketId: 't2', kind: 'reply', createdAt: at('01T04:00') },
    { ticketId: 't2', kind: 'reply', createdAt: at('01T02:30') },
    { ticketId: 't3', kind: 'reply', createdAt: at('01T01:10') },
    { ticketId: 't4', kind: 'call', createdAt: at('01T01:20') },
    // The call log that opened the phone ticket: the contact, not a reply.
    { ticketId: 't6', kind: 'call', createdAt: '2025-12-31T12:00:00.000Z' },
    { ticketId: 't7', kind: 'reply', createdAt: at('01T10:05') },
    { ticketId: 't8', kind: 'reply', createdAt: at('02T05:30') },
  ],
  escalations: [{ ticketId: 't3', kind: 'escalate', fromTier: 1, toTier: 2 }],
  reopens: [
    { ticketId: 't4', at: at('01T20:00') },
    { ticketId: 't7', at: at('01T12:00') },
  ],
  surveys: [
    { ticketId: 't1', csat: 5, nps: 10, at: at('01T04:00') },
    { ticketId: 't2', csat: 3, nps: 6, at: at('01T06:00') },
    { ticketId: 't3', csat: 4, nps: null, at: at('01T08:00') },
    { ticketId: 't6', csat: null, nps: 8, at: at('01T13:00') },
    { ticketId: 't4', csat: 1, nps: 0, at: at('02T01:00') },
  ],
};
