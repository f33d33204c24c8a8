// Every string, list, number and free-form value in the contract has a bound, and every string refuses
// control characters: a walk over the zod schemas themselves, so a new field without a bound fails here.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as api from './api';
import { INT32_MAX, PLAIN_TEXT } from './bounds';
import * as desktop from './desktop-api';
import * as domain from './domain';
import * as mutations from './mutations';
import * as protocol from './sync-protocol';
import * as reasons from './reasons';

/** Strings that may hold any characters, on purpose, each with its reason. */
const RAW_STRINGS = new Map<z.ZodType, string>([
  // The envelope must not refuse a whole push for one odd name: parseMutation refuses that one mutation.
  [mutations.RawMutation.shape.name, 'refused alone by parseMutation, never echoed'],
  // A CSV file's rows end in CRLF (RFC 4180): it is saved as a file, never put into the page.
  [api.ApiRequests['reports.kpisCsv'].output.shape.csv, 'a CSV file, saved as a download, never rendered'],
]);
/** String formats whose own syntax admits no control character and fixes their length. */
const FIXED_FORMATS = new Set(['uuid', 'datetime']);

type Def = { type: string; [k: string]: unknown };
const defOf = (s: z.ZodType) => s._zod.def as unknown as Def;

type CheckDef = { check: string; format?: string; pattern?: RegExp; maximum?: number; length?: number };
const checksOf = (def: Def) => ((def.checks as { _zod: { def: CheckDef } }[] | undefined) ?? []).map((c) => c._zod.def);
const hasPlainCheck = (def: Def) => checksOf(def).some((c) => c.format === 'regex' && c.pattern === PLAIN_TEXT);
const hasMaxLength = (def: Def) => checksOf(def).some((c) => c.check === 'max_length' || c.check === 'length_equals');

/** What is unbounded in a schema, as "path: what". */
function unbounded(schema: z.ZodType, path: string, out: string[] = []): string[] {
  const def = defOf(schema);
  const inner = (s: unknown, p: string) => unbounded(s as z.ZodType, p, out);
  switch (def.type) {
    case 'string': {
      const s = schema as z.ZodString;
      if (FIXED_FORMATS.has(s.format ?? '')) break;
      if (s.maxLength === null) out.push(`${path}: a string without a maximum length`);
      if (!hasPlainCheck(def) && s.format !== 'email' && !RAW_STRINGS.has(schema)) out.push(`${path}: a string that accepts control characters`);
      break;
    }
    case 'number': {
      const max = (schema as z.ZodNumber).maxValue;
      if (max === null || max > INT32_MAX) out.push(`${path}: a number above what an integer column holds (${max})`);
      break;
    }
    case 'array':
      if (!hasMaxLength(def)) out.push(`${path}: a list without a maximum length`);
      inner(def.element, `${path}[]`);
      break;
    case 'object':
      for (const [k, v] of Object.entries(def.shape as Record<string, unknown>)) inner(v, `${path}.${k}`);
      if (def.catchall && defOf(def.catchall as z.ZodType).type !== 'never') inner(def.catchall, `${path}.*`);
      break;
    case 'union':
      (def.options as unknown[]).forEach((o, i) => inner(o, `${path}|${i}`));
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      inner(def.innerType, path);
      break;
    case 'pipe':
      inner(def.in, path);
      inner(def.out, path);
      break;
    case 'unknown':
    case 'any': {
      const meta = z.globalRegistry.get(schema) as { maxJsonChars?: number } | undefined;
      if (!meta?.maxJsonChars) out.push(`${path}: a free-form value without a size bound`);
      break;
    }
    case 'literal':
    case 'enum':
    case 'boolean':
    case 'null':
    case 'never':
    case 'transform':
      break;
    default:
      out.push(`${path}: a ${def.type} schema this walk does not know; teach it how that is bounded`);
  }
  return out;
}

/** Every zod schema reachable from a module's exports (also inside catalogues such as MutationArgs). */
function schemasOf(value: unknown, path: string, out: [string, z.ZodType][] = []): [string, z.ZodType][] {
  if (value instanceof z.ZodType) out.push([path, value]);
  else if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) schemasOf(v, `${path}.${k}`, out);
  }
  return out;
}

describe('contract bounds', () => {
  const modules = { domain, mutations, protocol, api, desktop, reasons };

  it('bounds every string, list, number and free-form value, and refuses control characters in every string', () => {
    const schemas = Object.entries(modules).flatMap(([name, mod]) => schemasOf(mod, name));
    expect(schemas.length).toBeGreaterThan(40);
    expect(schemas.flatMap(([path, s]) => unbounded(s, path))).toEqual([]);
  });

  it('the walk itself notices what is unbounded (so the test above can fail)', () => {
    const loose = z.object({
      a: z.string(),
      b: z.array(z.string().max(3).regex(PLAIN_TEXT)),
      c: z.number().int(),
      d: z.unknown(),
      e: z.string().max(9),
      f: z.record(z.string(), z.string()),
    });
    expect(unbounded(loose, 'x')).toEqual([
      'x.a: a string without a maximum length',
      'x.a: a string that accepts control characters',
      'x.b: a list without a maximum length',
      `x.c: a number above what an integer column holds (${Number.MAX_SAFE_INTEGER})`,
      'x.d: a free-form value without a size bound',
      'x.e: a string that accepts control characters',
      'x.f: a record schema this walk does not know; teach it how that is bounded',
    ]);
  });
});
