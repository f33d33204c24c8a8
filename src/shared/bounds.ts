// The contract's building blocks for bounded input: every string, number, list and free-form value in
// the contract is made from these (contract-bounds.test.ts walks the schemas and fails on one that is not).
import { z } from 'zod';

/** The largest value an `integer` column holds on PostgreSQL: ids, versions, cursors, ticket numbers. */
export const INT32_MAX = 2_147_483_647;

/**
 * Text without control characters other than tab, newline and carriage return, and without broken
 * UTF-16 (a lone surrogate). PostgreSQL refuses NUL in text outright, and the rest has no business in a
 * ticket: it hides text from the agent and breaks other systems downstream.
 */
// eslint-disable-next-line no-control-regex -- this class names the control characters the contract refuses
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\p{Cs}]/gu;
/** The class written once above: a whole string free of it. */
export const PLAIN_TEXT = new RegExp(`^[^${CONTROL.source.slice(1, -1)}]*$`, 'u');
/** A check's message is the reason it stands for (validation-reason.ts): never words. */
const NO_CONTROL = 'control_characters';

/** A string of at most `max` characters without control characters (trimmed first when asked). */
export function text(max: number, opts: { trim?: boolean } = {}) {
  return (opts.trim ? z.string().trim() : z.string()).max(max).regex(PLAIN_TEXT, NO_CONTROL);
}

/** An e-mail address: at most 254 characters (RFC 5321); its syntax admits no control character. */
export const Email = z.email().max(254);

/** A whole number that fits an integer column. */
export const Int32 = z.number().int().nonnegative().max(INT32_MAX, 'number_too_big');
export const PositiveInt32 = Int32.min(1);

/**
 * A link a person may follow: http(s) only, with a host and no user name or password (a look-alike such
 * as https://tracker.example.com@evil.example leads elsewhere), written out in full (no "http:/x" the URL
 * parser would repair), with no spaces. Leading and trailing blanks are trimmed.
 */
export function httpUrl(max: number) {
  return text(max, { trim: true }).refine(isHttpUrl, 'link_not_http');
}

function isHttpUrl(raw: string): boolean {
  if (!/^https?:\/\/[^/\\\s]/i.test(raw) || /\s/.test(raw)) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && !!url.hostname && !url.username && !url.password;
}

/** Characters of a value as JSON; Infinity for what JSON cannot hold (a cycle, a bigint). */
export function jsonLength(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return Infinity;
  }
}

/** A free-form value of at most `maxJsonChars` characters as JSON (the bound is readable as metadata). */
export function jsonValue(maxJsonChars: number) {
  return z
    .unknown()
    .refine((v) => jsonLength(v) <= maxJsonChars, 'value_too_long')
    .meta({ maxJsonChars });
}

/**
 * Words for a person, cleaned of control characters and cut to `max` characters (code points, as zod
 * counts them, so never inside a character) with an ellipsis.
 */
export function clampText(s: string, max: number): string {
  const clean = s.replace(CONTROL, '');
  if (clean.length <= max) return clean;
  const chars = Array.from(clean);
  return chars.length <= max ? clean : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * A message for a person (a refusal, an error): cut and cleaned rather than refused, so an over-long or
 * odd message never makes a client drop the whole answer that carries it.
 */
export function words(max: number) {
  return z
    .string()
    .overwrite((s) => clampText(s, max))
    .max(max)
    .regex(PLAIN_TEXT);
}
