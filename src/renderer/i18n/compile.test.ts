import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from './catalogues/en';
import { compileCatalogue } from './compile';

afterEach(() => vi.restoreAllMocks());

describe('compiled messages', () => {
  it('fall back to English when a translation cannot format, logging the key but not the values', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const english = compileCatalogue('en', en);
    const broken = compileCatalogue('hu', { ...en, 'login.noBridge': 'Hiba: {message', 'login.title': '{' }, english);
    expect(broken.format('login.noBridge', { message: 'Anna Kovács, +36 30 123 4567' })).toBe(
      'The console cannot reach its background service: Anna Kovács, +36 30 123 4567',
    );
    expect(broken.text('login.title')).toBe('Sign in');
    expect(JSON.stringify(warn.mock.calls)).not.toContain('Anna');
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual(['i18n: message login.noBridge failed in hu:', 'i18n: message login.title failed in hu:']);
  });

  it('keep a < in a sentence as text, not a tag', () => {
    const m = compileCatalogue('en', { ...en, 'refusals.notSaved': 'Not saved: <b>{message}</b> < 3' });
    expect(m.format('refusals.notSaved', { message: 'x' })).toBe('Not saved: <b>x</b> < 3');
  });
});
