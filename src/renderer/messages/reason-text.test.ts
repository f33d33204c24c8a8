// The words for reasons: every reason of the vocabulary has words for every valid set of params, the
// words say what the params hold, and a reason this build does not know is said by its class.
import { IntlMessageFormat } from 'intl-messageformat';
import { afterEach, describe, expect, it } from 'vitest';
import { REASON_PARAMS, ReasonCode, reason } from '../../shared/reasons';
import { useLocaleStore } from '../i18n';
import { hu } from '../i18n/catalogues/hu';
import { lv } from '../i18n/catalogues/lv';
import { REASON_TEXT, reasonText } from './reason-text';

afterEach(() => useLocaleStore.getState().setLocale('en'));

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

// The oracle is the catalogue's own message, formatted here by intl-messageformat (not by the binder).
describe("reason text in the agent's language", () => {
  it('says who took the ticket in Hungarian', () => {
    useLocaleStore.getState().setLocale('hu');
    const want = String(new IntlMessageFormat(hu['reason.taken_by'], 'hu').format({ who: 'Anna Kovács' }));
    expect(want).toContain('Anna Kovács');
    expect(reasonText(reason('taken_by', { who: 'Anna Kovács' }))).toBe(want);
  });

  it('counts the tags in Latvian with its plural forms (10 takes the zero form)', () => {
    useLocaleStore.getState().setLocale('lv');
    const message = new IntlMessageFormat(lv['reason.too_many_tags'], 'lv');
    expect(reasonText(reason('too_many_tags', { max: 10 }))).toBe(String(message.format({ max: 10 })));
    expect(reasonText(reason('too_many_tags', { max: 21 }))).toBe(String(message.format({ max: 21 })));
    expect(reasonText(reason('too_many_tags', { max: 10 }))).not.toBe(
      reasonText(reason('too_many_tags', { max: 21 })).replace('21', '10'),
    );
  });

  it("says an unknown reason by its class in the agent's language", () => {
    useLocaleStore.getState().setLocale('lv');
    expect(reasonText({ code: 'conflict', reason: 'from_a_newer_server' })).toBe(lv['reasonClass.conflict']);
  });
});
