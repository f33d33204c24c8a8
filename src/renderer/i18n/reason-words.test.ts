// Every reason, with params that reach each of its messages, formats in every language without falling
// back to English (a translation that compiles but fails with real values would only warn otherwise).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stringsFor } from './bind-strings';
import { LANGUAGES } from './locales';
import { REASON_CLASSES, REASON_SAMPLES } from './test-support/reason-samples';

afterEach(() => vi.restoreAllMocks());

describe('reason words', () => {
  it.each(LANGUAGES)('%s says every reason and class with its own words', (language) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const t = stringsFor(language);
    const said = [
      ...REASON_SAMPLES.map((r) => t.reason(r)),
      ...REASON_CLASSES.map((code) => t.reason({ code, reason: 'newer' })),
    ];
    expect(warn).not.toHaveBeenCalled();
    expect(said.filter((s) => !s.trim() || /[{}]/.test(s))).toEqual([]);
    if (language !== 'en') {
      const english = stringsFor('en');
      const same = REASON_SAMPLES.filter((r) => t.reason(r) === english.reason(r));
      expect(same).toEqual([]);
    }
  });

  it('names a field the agent knows, and an unknown one by its path', () => {
    const t = stringsFor('lv');
    expect(
      t.reason({
        reason: 'invalid_field',
        params: { field: 'mutations.0.args.subject', problem: 'too_big', limit: 200 },
      }),
    ).toMatch(/^Tematā /);
    expect(
      t.reason({ reason: 'invalid_field', params: { field: 'args.colour', problem: 'invalid_string', limit: null } }),
    ).toContain('“args.colour”');
  });
});
