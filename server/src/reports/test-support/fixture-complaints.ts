// For tests: complaints on the KPI fixture's tickets (src/shared/kpi/test-support/fixture.ts), one per
// ticket as the data holds them. Worked by hand for 1 January: email has t1 billing (open), t2 staff
// (closed) and t3 product (closed, tier 2): 3 raised, 1 open; phone has t6 waiting time (open); t7's is
// raised on 2 January, outside the period; chat has none.
import type { KpiComplaint } from '../../../../src/shared/kpi/index';

export const FIXTURE_COMPLAINTS: KpiComplaint[] = [
  { ticketId: 't1', category: 'billing', open: true, at: '2026-01-01T05:00:00.000Z' },
  { ticketId: 't2', category: 'staff', open: false, at: '2026-01-01T06:00:00.000Z' },
  { ticketId: 't3', category: 'product', open: false, at: '2026-01-01T08:00:00.000Z' },
  { ticketId: 't6', category: 'waiting_time', open: true, at: '2026-01-01T13:00:00.000Z' },
  { ticketId: 't7', category: 'service', open: true, at: '2026-01-02T07:00:00.000Z' },
];
