import { describe, expect, it } from 'vitest';
import { parseMutation } from './mutations';
import { nextDueAt, queueSortKey } from './sla';
import { uuidv7 } from './uuid';
import { Id } from './domain';
import { ids, ticket } from './test-fixtures';

describe('parseMutation', () => {
  it('accepts a valid mutation and normalizes its args', () => {
    const r = parseMutation({ id: 3, name: 'addTag', args: { ticketId: ids.ticket, tag: '  Refund ' } });
    expect(r).toEqual({ ok: true, mutation: { id: 3, name: 'addTag', args: { ticketId: ids.ticket, tag: 'refund' } } });
  });
  it('refuses unknown names and bad args with reasons', () => {
    expect(parseMutation({ id: 1, name: 'dropTables', args: {} })).toEqual({ ok: false, reason: 'unknown_mutation', params: { name: 'dropTables' } });
    expect(parseMutation({ id: 1, name: '__proto__', args: {} }).ok).toBe(false);
    const r = parseMutation({ id: 1, name: 'escalate', args: { id: ids.esc, ticketId: ids.ticket, toTier: 2, reason: 'bug', summary: 'short', baseVersion: 1 } });
    expect(r.ok).toBe(false);
    expect(r).toEqual({ ok: false, reason: 'escalation_summary_short', params: { min: 10 } });
  });
  it('never echoes an odd mutation name into the refusal', () => {
    for (const name of ['<script>\u0000x', 'a"b', 'x'.repeat(65), 'drop tables', '']) {
      const r = parseMutation({ id: 1, name, args: {} });
      expect(r).toEqual({ ok: false, reason: 'unknown_mutation', params: { name: null } });
    }
  });
});

describe('SLA ordering', () => {
  it('orders by the deadline that matters now, then priority, then age', () => {
    const a = ticket({ firstResponseDueAt: '2026-11-23T12:00:00.000Z', priority: 'low' });
    const b = ticket({ firstResponseDueAt: '2026-11-23T13:00:00.000Z', priority: 'urgent' });
    expect(queueSortKey(a) < queueSortKey(b)).toBe(true);
    const answered = ticket({ firstResponseAt: '2026-11-23T10:30:00.000Z' });
    expect(nextDueAt(answered)).toBe(answered.resolutionDueAt);
    expect(nextDueAt(ticket({ status: 'solved' }))).toBeNull();
  });
});

describe('uuidv7', () => {
  it('is a valid UUID carrying its creation time, and sorts by it', () => {
    const a = uuidv7(1_700_000_000_000);
    const b = uuidv7(1_700_000_000_001);
    expect(Id.safeParse(a).success).toBe(true);
    expect(a[14]).toBe('7');
    expect(parseInt(a.replace(/-/g, '').slice(0, 12), 16)).toBe(1_700_000_000_000);
    expect(a < b).toBe(true);
    expect(uuidv7()).not.toBe(uuidv7());
  });
});
