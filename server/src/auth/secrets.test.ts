import type * as crypto from 'node:crypto';
import { timingSafeEqual } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { secretMatches } from './secrets';

vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof crypto>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});
const spy = vi.mocked(timingSafeEqual);

describe('secretMatches', () => {
  beforeEach(() => {
    spy.mockClear(); // (a returned mock would be taken for a cleanup function)
  });

  it('accepts the key and nothing else: not a prefix, a longer value, another case, or a non-string', () => {
    const key = 'inbound-key-0123456789';
    expect(secretMatches(key, key)).toBe(true);
    for (const wrong of ['inbound-key-0123456780', 'inbound-key', `${key}x`, key.toUpperCase(), '', ` ${key}`]) {
      expect(secretMatches(wrong, key)).toBe(false);
    }
    for (const wrong of [undefined, [key], [key, key]]) expect(secretMatches(wrong, key)).toBe(false);
  });

  it('compares in constant time over equal-length digests, whatever the lengths of the inputs', () => {
    const key = 'k'.repeat(40);
    for (const presented of [key, 'x', 'k'.repeat(39), 'k'.repeat(4000)]) secretMatches(presented, key);
    expect(spy).toHaveBeenCalledTimes(4);
    for (const [a, b] of spy.mock.calls) {
      expect([(a as Buffer).length, (b as Buffer).length]).toEqual([32, 32]);
    }
  });
});
