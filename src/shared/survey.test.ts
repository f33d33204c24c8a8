// The agent's recorded survey answer under the shared rules: its bounds (the contract), who may record it
// (authorize), and what it does (applyMutation): a survey row from source 'agent' and the ticket's rating.
import { describe, expect, it } from 'vitest';
import { applyMutation } from './apply-mutation';
import { authorize } from './authorize';
import { parseMutation, type Mutation } from './mutations';
import { anna, bela, ids, supervisor, ticket } from './test-fixtures';

const T1 = '2026-11-23T12:00:00.000Z';
const SURVEY = '0193a000-0000-7000-8000-000000000030';
const parse = (args: Record<string, unknown>) =>
  parseMutation({ id: 1, name: 'recordSurvey', args: { id: SURVEY, ticketId: ids.ticket, ...args } });
const record = (args: { csat?: number; nps?: number; comment?: string }): Mutation => ({
  id: 1,
  name: 'recordSurvey',
  args: { id: SURVEY, ticketId: ids.ticket, ...args },
});

describe('recordSurvey', () => {
  it('takes CSAT 1–5 and NPS 0–10, at least one of them, and a bounded comment', () => {
    for (const ok of [
      { csat: 1 },
      { csat: 5 },
      { nps: 0 },
      { nps: 10 },
      { csat: 4, nps: 9, comment: 'Kind' },
      { csat: 3, comment: 'x'.repeat(1000) },
    ]) {
      expect(parse(ok).ok, JSON.stringify(ok).slice(0, 60)).toBe(true);
    }
    expect(parse({})).toMatchObject({ ok: false, reason: 'survey_needs_answer' });
    expect(parse({ comment: 'no score' })).toMatchObject({ ok: false, reason: 'survey_needs_answer' });
    for (const bad of [
      { csat: 0 },
      { csat: 6 },
      { csat: 4.5 },
      { nps: -1 },
      { nps: 11 },
      { csat: '4' },
      { csat: 4, comment: 'x'.repeat(1001) },
      { csat: 4, comment: 'bell\u0007' },
    ]) {
      expect(parse(bad).ok, JSON.stringify(bad).slice(0, 60)).toBe(false);
    }
    const trimmed = parse({ csat: 4, comment: '  Quick  ' });
    expect(trimmed.ok && trimmed.mutation.name === 'recordSurvey' && trimmed.mutation.args.comment).toBe('Quick');
  });

  it('is recorded by the assignee, an agent of the tier on an unassigned ticket, or a supervisor — never on a colleague’s ticket', () => {
    const m = record({ csat: 4 });
    expect(authorize(anna, m, ticket({ assigneeId: anna.id }), undefined).ok).toBe(true);
    expect(authorize(anna, m, ticket({ assigneeId: null }), undefined).ok).toBe(true);
    expect(authorize(anna, m, ticket({ assigneeId: ids.bela }), undefined)).toMatchObject({
      ok: false,
      code: 'forbidden',
      reason: 'survey_assignee_only',
    });
    expect(authorize(bela, m, ticket({ tier: 1, assigneeId: null }), undefined)).toMatchObject({
      ok: false,
      code: 'forbidden',
      reason: 'not_in_your_tier',
    });
    expect(authorize(supervisor, m, ticket({ tier: 3, assigneeId: ids.bela }), undefined).ok).toBe(true);
    expect(authorize(anna, m, undefined, undefined)).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('makes a survey row from the agent and the ticket’s latest rating, leaving its updatedAt', () => {
    const before = ticket({
      assigneeId: anna.id,
      rating: { csat: 2, nps: null, at: '2026-11-23T11:00:00.000Z', source: 'inbound' },
    });
    const out = applyMutation(anna, T1, record({ csat: 4, comment: 'Quick' }), { ticket: before });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.effects.surveys).toEqual([
      { id: SURVEY, ticketId: ids.ticket, csat: 4, nps: null, comment: 'Quick', source: 'agent', at: T1 },
    ]);
    expect(out.effects.tickets).toEqual([{ ...before, rating: { csat: 4, nps: null, at: T1, source: 'agent' } }]);
    expect(applyMutation(anna, T1, record({ nps: 0 }), {})).toMatchObject({ ok: false, code: 'not_found' });
  });
});
