// Comparing a presented secret (an API key) with the expected one without a timing side channel.
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * True when the presented value is the expected secret. Both are hashed first, so timingSafeEqual
 * always compares 32 bytes with 32 bytes: the time taken says nothing about where they differ, nor
 * about the expected secret's length.
 */
export function secretMatches(presented: unknown, expected: string): boolean {
  if (typeof presented !== 'string') return false;
  return timingSafeEqual(digest(presented), digest(expected));
}
