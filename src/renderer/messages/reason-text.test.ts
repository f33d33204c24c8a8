// The words for reasons: every reason of the vocabulary has words for every valid set of params, the
// words say what the params hold, and a reason this build does not know is said by its class.
import { describe, expect, it } from 'vitest';
import { REASON_PARAMS, ReasonCode, reason } from '../../shared/reasons';
import { REASON_TEXT, reasonText } from './reason-text';

describe('reason text', () => {
  it('has words for every reason of the vocabulary, and for no other', () => {
    expect(Object.keys(REASON_TEXT).sort()).toEqual([...ReasonCode.options].sort());
    expect(Object.keys(REASON_PARAMS).sort()).toEqual([...ReasonCode.options].sort());
  });

  it('says who won a race, and someone when the server does not know them', () => {
    expect(reasonText(reason('taken_by', { who: 'Anna Kovács' }))).toBe('Anna Kovács took this ticket.');
    expect(reasonText(reason('taken_by', { who: null }))).toBe('Someone took this ticket.');
    expect(reasonText(reason('assigned_by', { who: 'Sarah Mitchell', to: 'Béla Nagy' }))).toBe('Sarah Mitchell assigned this ticket to Béla Nagy.');
    expect(reasonText(reason('status_changed_by', { who: 'Sarah Mitchell', status: 'pending' }))).toBe('Sarah Mitchell changed the status to pending.');
  });

  it('puts the params in the words', () => {
    expect(reasonText(reason('not_in_your_tier', { tier: 2 }))).toBe('The ticket is in the tier 2 queue and not assigned to you.');
    expect(reasonText(reason('escalate_next_tier_only', { from: 1, to: 2 }))).toBe('A tier 1 ticket escalates to tier 2.');
    expect(reasonText(reason('too_many_tags', { max: 50 }))).toBe('A ticket holds at most 50 tags.');
    expect(reasonText(reason('too_many_attempts', { seconds: 42 }))).toBe('Too many sign-in attempts; try again in 42 s.');
    expect(reasonText(reason('invalid_field', { field: 'mutations.0.args.subject', problem: 'too_big', limit: 200 }))).toBe('The subject is too long (at most 200).');
  });

  it('reads the wire leniently: an unknown reason or bad params are said by the class', () => {
    expect(reasonText({ code: 'conflict', reason: 'from_a_newer_server', params: {} })).toBe('Someone else changed this first.');
    expect(reasonText({ code: 'forbidden', reason: 'not_in_your_tier', params: { tier: 9 } })).toBe('You may not make this change.');
    expect(reasonText({ code: 'conflict', reason: 'unknown', params: {} })).toBe('Someone else changed this first.');
    expect(reasonText({ reason: 'nope' })).toBe('Something went wrong.');
  });
});
